"""Entry point of the bundled application: the same command line as `lacworkshop`."""

from __future__ import annotations

import sys

from lacworkshop.cli import main

if __name__ == "__main__":
    sys.exit(main())
