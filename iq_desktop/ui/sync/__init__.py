"""Sync in the GUI: the panel, enrolment, automatic sync, "what is sent", sync outcomes in words."""
