"""Getting in and out: the first-run wizard, the unlock screen, auto-lock."""
