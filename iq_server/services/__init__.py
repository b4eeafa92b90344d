"""The server's use cases: enrolment and devices, ingest, the report with disclosure control, rendering, retention."""
