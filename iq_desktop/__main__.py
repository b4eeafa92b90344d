"""``python -m iq_desktop``: the same as the ``iq-desktop`` command."""

import sys

from iq_desktop.launcher import main

sys.exit(main())
