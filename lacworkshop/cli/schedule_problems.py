"""Printing what the schedule check found, and stopping unless the organiser allowed it."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lacworkshop.cli.errors import say_error
from lacworkshop.cli.output import text_for, warn
from lacworkshop.services.workshops import ScheduleProblem


def report(problems: Sequence[ScheduleProblem], allowed: bool) -> bool:
    """Print *problems*; True when the command may go on (none, or --allow-problems)."""
    if not problems:
        return True
    for p in problems:
        if allowed:
            warn(p.message)
        else:
            say_error(p.message)
    if not allowed:
        print(f"lacworkshop: {text_for('cli.nothing_saved_problems')}", file=sys.stderr)
    return allowed
