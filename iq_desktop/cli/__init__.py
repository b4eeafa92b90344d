"""The command line ``iq-desktop``: the parser and entry point, shared helpers, one module per command group."""

from iq_desktop.cli.parser import main

__all__ = ["main"]
