"""IQ Desktop: offline, encrypted record keeping for IQ mobile advice sites."""

__version__ = "0.1.0"
