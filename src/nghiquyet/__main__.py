"""``python -m nghiquyet`` runs the command line."""

import sys

from nghiquyet.cli import main

sys.exit(main())
