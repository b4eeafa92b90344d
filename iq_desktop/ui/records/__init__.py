"""Lists and pages of records: clients, sessions, job trainings, group events, and their item models."""
