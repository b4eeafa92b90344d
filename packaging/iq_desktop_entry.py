"""PyInstaller entry point of the bundled ``iq-desktop`` program (see ``build.spec``).

The same as the ``iq-desktop`` console script: ``iq_desktop.launcher:main`` (no command starts the GUI;
``--self-test`` opens every main screen on a temporary vault and exits 0 when all went well).
"""

import sys

from iq_desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
