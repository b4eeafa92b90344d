"""Files and folders, below every layer: the data folder (one definition for the GUI and the CLI) and crash-safe file writes."""
