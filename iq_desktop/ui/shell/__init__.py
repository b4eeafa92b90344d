"""The application shell: start-up, the main window with its navigation, the status bar, the self-test."""
