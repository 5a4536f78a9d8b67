"""``python -m quoteattr``: the command-line interface."""

import sys

from quoteattr.cli import main

sys.exit(main())
