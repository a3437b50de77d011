"""``python -m errorflow`` runs the command line."""

import sys

from errorflow.cli.main import main

sys.exit(main())
