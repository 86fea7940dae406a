"""``python -m policylab`` is the same as the ``policylab`` command."""

import sys

from .cli import main

sys.exit(main())
