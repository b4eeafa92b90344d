"""Settings: language, auto-lock, users, server, passphrase, backups."""
