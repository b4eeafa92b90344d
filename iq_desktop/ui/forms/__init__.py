"""Data-entry forms: client, session, job training, group event."""
