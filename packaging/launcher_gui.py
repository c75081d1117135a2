"""Entry point of the bundle's windowed launcher: opens the main window."""

from __future__ import annotations

import sys

from lacworkshop.cli import main

if __name__ == "__main__":
    # Options such as --db come first; the window is the command.
    sys.exit(main([*sys.argv[1:], "gui"]))
