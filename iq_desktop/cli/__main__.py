"""``python -m iq_desktop``."""

import sys

from iq_desktop.cli.parser import main

sys.exit(main())
