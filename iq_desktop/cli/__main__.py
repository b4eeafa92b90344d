"""``python -m iq_desktop.cli``: the commands only (``python -m iq_desktop`` also starts the GUI)."""

import sys

from iq_desktop.cli.parser import main

sys.exit(main())
