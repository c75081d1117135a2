"""Saving one session (new or edited) as one operation, checked against the schedule.

The window's session editor and the command line's ``sessions add|edit`` both
call :func:`save_session`. Without *allow_problems* a session with problems
(an overlap, a trainer in two places, no topic) is not saved and the problems
come back, so the window can ask and the command line can print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.services.workshops.schedule import (
    SlotData,
    create_slot,
    slot_problems,
    update_slot,
)
from lacworkshop.services.workshops.schedule_checks import ScheduleProblem
from lacworkshop.storage import Database


@dataclass(frozen=True)
class SavedSession:
    """The session saved (None when problems stopped it) and the problems found."""

    slot_id: int | None
    problems: list[ScheduleProblem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        """True when problems stopped the save and nothing was written."""
        return self.slot_id is None


def save_session(
    db: Database,
    workshop_id: int,
    data: SlotData,
    slot_id: int | None = None,
    *,
    allow_problems: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[SavedSession]:
    """Create a session (*slot_id* None) or save *data* over session *slot_id*."""
    progress.report(0, 1)
    problems = slot_problems(db, workshop_id, data, slot_id)
    if problems and not allow_problems:
        return OpResult(SavedSession(None, problems), NOTHING)
    if slot_id is None:
        slot_id = create_slot(db, workshop_id, data, allow_problems=allow_problems)
    else:
        update_slot(db, slot_id, data, allow_problems=allow_problems)
    progress.report(1, 1)
    # A session's times and track are columns of the attendance grid.
    return OpResult(SavedSession(slot_id, problems), changes(Change.SLOTS, Change.ATTENDANCE))
