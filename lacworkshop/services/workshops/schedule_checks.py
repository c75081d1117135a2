"""What is wrong with a planned session: one pure check for the window and the command line.

Overlapping sessions in one track (a plenary overlaps every track), a trainer in
two places at once, an empty topic, a date outside the workshop. Each problem
is a warning the organiser may accept (``allow_problems``) or a reason to stop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time

from lacworkshop.errors import message_text
from lacworkshop.services.errors import ValidationError

OVERLAP = "overlap"
TRAINER_CLASH = "trainer_clash"
EMPTY_TOPIC = "empty_topic"
OUTSIDE_DATES = "outside_dates"


@dataclass(frozen=True)
class PlannedSlot:
    """A session as the checks see it: existing (with an id) or about to be saved."""

    date: date
    start_time: time
    end_time: time
    topic: str
    track_id: int | None
    trainer_ids: tuple[int, ...] = ()
    id: int | None = None
    track_name: str | None = None


@dataclass(frozen=True)
class ScheduleProblem:
    kind: str
    message: str  # in the message language of the moment it was found (window or LANG)
    other_slot_id: int | None = None
    slot_id: int | None = None  # None: a session not saved yet


class ScheduleProblemsError(ValidationError):
    """Raised when problems were found and the organiser did not accept them."""

    def __init__(self, problems: Sequence[ScheduleProblem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0].message
        more = len(self.problems) - 1
        if more:
            super().__init__("schedule.problems_more", "date", first=first, more=more)
        else:
            # The problem's own sentence, already in the message language.
            super().__init__(first, "date")


def _label(s: PlannedSlot) -> str:
    if s.track_name:
        where = s.track_name
    elif s.track_id is None:
        where = message_text("schedule.all_tracks")
    else:
        where = str(s.track_id)
    topic = f" {s.topic.strip()!r}" if s.topic.strip() else ""
    return f"{s.date.isoformat()} {s.start_time:%H:%M}–{s.end_time:%H:%M}{topic} ({where})"


def _overlaps(a: PlannedSlot, b: PlannedSlot) -> bool:
    return a.date == b.date and a.start_time < b.end_time and b.start_time < a.end_time


def _same_place(a: PlannedSlot, b: PlannedSlot) -> bool:
    # A plenary (no track) is attended by every track, so it collides with all of them.
    return a.track_id is None or b.track_id is None or a.track_id == b.track_id


def check_slot(
    slot: PlannedSlot,
    others: Iterable[PlannedSlot],
    first: date,
    last: date,
    names: dict[int, str] | None = None,
) -> list[ScheduleProblem]:
    """Problems of *slot* against the workshop's dates and the *others* (itself excluded)."""
    problems: list[ScheduleProblem] = []
    if not slot.topic.strip():
        problems.append(
            ScheduleProblem(
                EMPTY_TOPIC,
                message_text("schedule.problem.empty_topic", session=_label(slot)),
                slot_id=slot.id,
            )
        )
    if not first <= slot.date <= last:
        problems.append(
            ScheduleProblem(
                OUTSIDE_DATES,
                message_text(
                    "schedule.problem.outside",
                    session=_label(slot),
                    first=first.isoformat(),
                    last=last.isoformat(),
                ),
                slot_id=slot.id,
            )
        )
    for other in others:
        if other.id is not None and other.id == slot.id:
            continue
        if not _overlaps(slot, other):
            continue
        if _same_place(slot, other):
            problems.append(
                ScheduleProblem(
                    OVERLAP,
                    message_text(
                        "schedule.problem.overlap", session=_label(slot), other=_label(other)
                    ),
                    other.id,
                    slot.id,
                )
            )
        for pid in sorted(set(slot.trainer_ids) & set(other.trainer_ids)):
            who = (names or {}).get(pid, str(pid))
            problems.append(
                ScheduleProblem(
                    TRAINER_CLASH,
                    message_text(
                        "schedule.problem.trainer_clash",
                        who=who,
                        session=_label(slot),
                        other=_label(other),
                    ),
                    other.id,
                    slot.id,
                )
            )
    return problems


def check_plan(
    planned: Sequence[PlannedSlot],
    existing: Sequence[PlannedSlot],
    first: date,
    last: date,
    names: dict[int, str] | None = None,
) -> list[ScheduleProblem]:
    """Problems of several new sessions, against what exists and against each other."""
    problems: list[ScheduleProblem] = []
    for i, slot in enumerate(planned):
        problems.extend(check_slot(slot, [*existing, *planned[:i]], first, last, names))
    return problems
