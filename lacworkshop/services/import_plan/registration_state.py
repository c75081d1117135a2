"""A row's registration as the platform keeps it: its number, whether it was cancelled or
refunded (the row is skipped, the reason said), whether the person checked in."""

from __future__ import annotations

from lacworkshop.errors import message_text
from lacworkshop.formats.export_systems import (
    ExportSystem,
    StatusKind,
    check_in_says_yes,
    status_meaning,
)
from lacworkshop.formats.messages import Term
from lacworkshop.services.importing import Problem

MAX_REF = 120


def registration_state(
    values: dict[str, str],
    col_of: dict[str, str],
    problems: list[Problem],
    system: ExportSystem | None,
) -> tuple[str | None, bool]:
    """Take the registration number, status and check-in out of *values*; a cancelled or
    refunded status adds a blocking problem. Returns (number, checked in)."""
    ref = values.pop("external_ref", "").strip()[:MAX_REF] or None
    status = values.pop("status", "")
    checked_in = check_in_says_yes(values.pop("checked_in", ""))
    meaning = status_meaning(status, system) if status else None
    if meaning is not None and meaning.kind is StatusKind.SKIP:
        column = col_of.get("status")
        problems.append(
            Problem(
                column,
                message_text(
                    "problem.status_skip", kind=Term(meaning.reason), value=status, column=column
                ),
                True,
                "status_skip",
                status,
            )
        )
    elif meaning is not None and meaning.kind is StatusKind.CHECKED_IN:
        checked_in = True
    return ref, checked_in
