"""Files and folders, below every layer: the data folder (one definition for the GUI and the CLI,
:mod:`iq_desktop.fs.paths`) and crash-safe file writes (:mod:`iq_desktop.fs.atomic`)."""
