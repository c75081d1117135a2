"""Printing what the schedule check found, and stopping unless the organiser allowed it."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lacworkshop.services.schedule_checks import ScheduleProblem


def report(problems: Sequence[ScheduleProblem], allowed: bool) -> bool:
    """Print *problems*; True when the command may go on (none, or --allow-problems)."""
    if not problems:
        return True
    level = "warning" if allowed else "error"
    for p in problems:
        print(f"lacworkshop: {level}: {p.message}", file=sys.stderr)
    if not allowed:
        print(
            "lacworkshop: nothing saved; fix the schedule, or add --allow-problems to save anyway",
            file=sys.stderr,
        )
    return allowed
