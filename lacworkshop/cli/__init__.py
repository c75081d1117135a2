"""The command line: ``lacworkshop [--db PATH] COMMAND ...``.

Kept light at import: ``--version`` must answer without loading Qt, SQLAlchemy
or any document library. Each command lives in ``cli/commands/`` and imports
what it needs only when it runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("--version", "-V"):
        from lacworkshop import __version__

        print(f"lacworkshop {__version__}")
        return 0
    from lacworkshop.cli.app import run

    return run(args)


def gui_main() -> int:
    """The ``lacworkshop-gui`` entry point: the window, with the same ``--db`` option."""
    return main(sys.argv[1:])
