"""Saving one workshop (new or edited) as one operation.

The Workshops page's Save and the command line's ``workshops add|edit`` both
call :func:`save_workshop`; it hands back the record before and after, which is
what the window's undo and redo write back.
"""

from __future__ import annotations

from dataclasses import dataclass

from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.workshops.editing import (
    WorkshopData,
    create_workshop,
    get_workshop,
    update_workshop,
)
from lacworkshop.storage import Database


@dataclass(frozen=True)
class SavedWorkshop:
    """The workshop saved, as it was (None when new) and as it is now."""

    workshop_id: int
    before: WorkshopData | None
    after: WorkshopData


def save_workshop(
    db: Database,
    data: WorkshopData,
    workshop_id: int | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> OpResult[SavedWorkshop]:
    """Create a workshop (*workshop_id* None) or save *data* over workshop *workshop_id*."""
    del progress  # one row: nothing to report
    before = get_workshop(db, workshop_id) if workshop_id is not None else None
    if workshop_id is None:
        workshop_id = create_workshop(db, data)
    else:
        update_workshop(db, workshop_id, data)
    saved = SavedWorkshop(workshop_id, before, get_workshop(db, workshop_id))
    # A new workshop has its tracks; renamed tracks show on the other pages.
    return OpResult(saved, changes(Change.WORKSHOPS))
