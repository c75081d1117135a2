"""Generating a workshop's sessions (days x daily blocks x tracks) as one operation.

The check and the generation are one action for the person: the window's
Generate and the command line's ``schedule generate`` both call
:func:`generate_sessions`. Without *allow_problems* a plan with problems
(overlaps, trainers in two places) creates nothing and hands the problems
back, so the window can ask and the command line can print them; with it, the
sessions are created and the problems still come back, to be shown as warnings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.services.workshops.schedule import (
    DEFAULT_BLOCKS,
    Block,
    _hours,
    generate_slots,
    generation_problems,
)
from lacworkshop.services.workshops.schedule_checks import ScheduleProblem
from lacworkshop.storage import Database


@dataclass(frozen=True)
class SessionPlan:
    """What to generate: the date range, the daily blocks, the days skipped, the tracks."""

    first: date
    last: date
    blocks: Sequence[Block] = DEFAULT_BLOCKS
    skip_weekdays: Sequence[int] = ()  # 0 is Monday
    skip_dates: Sequence[date] = ()
    track_ids: Sequence[int | None] = (None,)  # None: every track together (plenary)
    topic: str = ""


def block_hours(block: Block) -> float:
    """The hours a daily block lasts (09:00-12:30 is 3.5)."""
    return _hours(*block)


@dataclass(frozen=True)
class GeneratedSessions:
    """The ids of the sessions created (none when problems stopped it) and the problems."""

    created: list[int] = field(default_factory=list)
    problems: list[ScheduleProblem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        """True when problems stopped the generation and nothing was created."""
        return not self.created and bool(self.problems)


def generate_sessions(
    db: Database,
    workshop_id: int,
    plan: SessionPlan,
    *,
    allow_problems: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[GeneratedSessions]:
    """Check *plan* against the schedule, then create its sessions unless problems stop it."""
    progress.report(0, 2)
    problems = generation_problems(
        db,
        workshop_id,
        plan.first,
        plan.last,
        list(plan.blocks),
        skip_weekdays=plan.skip_weekdays,
        skip_dates=plan.skip_dates,
        track_ids=plan.track_ids,
        topic=plan.topic,
    )
    if problems and not allow_problems:
        return OpResult(GeneratedSessions([], problems), NOTHING)
    progress.check()
    progress.report(1, 2)
    created = generate_slots(
        db,
        workshop_id,
        plan.first,
        plan.last,
        list(plan.blocks),
        skip_weekdays=plan.skip_weekdays,
        skip_dates=plan.skip_dates,
        track_ids=plan.track_ids,
        topic=plan.topic,
        allow_problems=allow_problems,
    )
    progress.report(2, 2)
    # Attendance grids gain columns with the new sessions.
    return OpResult(GeneratedSessions(created, problems), changes(Change.SLOTS, Change.ATTENDANCE))
