"""The ``iq-desktop`` program: with a command, the CLI (:mod:`iq_desktop.cli`); without one, the GUI.

The GUI is imported only when it is started, after a preflight that names missing system libraries, so
the commands never load Qt. First of all, crash dumps are turned off (:mod:`iq_desktop.fs.core_dumps`): a
dump would hold the data key, the passphrase and personal data.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from iq_desktop.cli import parser
from iq_desktop.cli.common import err
from iq_desktop.fs.core_dumps import disable_core_dumps


def _run_gui(argv: list[str]) -> int:
    from iq_desktop.gui_preflight import problem

    if (message := problem()) is not None:
        err(message)
        return 1
    try:
        from iq_desktop.ui.shell.app import run
    except ImportError:
        err("The graphical interface is not available in this installation; use the commands (iq-desktop --help).")
        return 1
    return int(run(argv))


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()  # before any secret is read or any record decrypted
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.build_parser().parse_args(argv)
    if args.command is None:
        return _run_gui(argv)
    return parser.run(args)


if __name__ == "__main__":
    sys.exit(main())
