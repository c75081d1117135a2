"""The certificate rule, once: attended hours, share and eligibility.

One pure function, :func:`evaluate`, used by the attendance grid, every export
and the certificates alike. Scheduled hours are every slot of the person's
track, past and future, so nobody looks eligible on Tuesday of a five-day week.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lacworkshop.model.enums import ExcusedPolicy, LatePolicy, Mark

_EPS = 1e-9


@dataclass(frozen=True)
class Rule:
    """A workshop's certificate rule."""

    min_share: float = 0.75
    late_policy: LatePolicy = LatePolicy.PRESENT
    late_fraction: float = 0.5
    excused_policy: ExcusedPolicy = ExcusedPolicy.ABSENT


class Standing(enum.StrEnum):
    ELIGIBLE = "eligible"
    # Not there yet, nothing lost: what has been marked so far meets the minimum
    # (or nothing is marked yet, as before the first session).
    ON_TRACK = "on_track"
    # Not there yet, still reachable, but what has been marked so far falls short.
    AT_RISK = "at_risk"
    NOT_ELIGIBLE = "not_eligible"  # cannot reach the minimum any more


@dataclass(frozen=True)
class SlotHours:
    slot_id: int
    hours: float


@dataclass(frozen=True)
class Result:
    attended_hours: float
    scheduled_hours: float
    share: float
    eligible: bool
    standing: Standing
    by_rule: bool  # what the rule alone says, before any override
    overridden: bool


def _credit(mark: Mark | None, rule: Rule) -> tuple[float, bool]:
    """(share of the slot credited, whether the slot still counts as scheduled)."""
    if mark is None or mark is Mark.ABSENT:
        return 0.0, True
    if mark is Mark.PRESENT:
        return 1.0, True
    if mark is Mark.LATE:
        return (1.0 if rule.late_policy is LatePolicy.PRESENT else rule.late_fraction), True
    # excused
    if rule.excused_policy is ExcusedPolicy.PRESENT:
        return 1.0, True
    if rule.excused_policy is ExcusedPolicy.EXCLUDE:
        return 0.0, False
    return 0.0, True


def evaluate(
    slots: Iterable[SlotHours],
    marks: Mapping[int, Mark],
    rule: Rule,
    override: bool | None = None,
) -> Result:
    """Apply *rule* to the *marks* (slot id -> mark) over all scheduled *slots*."""
    attended = scheduled = unmarked = 0.0
    for slot in slots:
        mark = marks.get(slot.slot_id)
        credit, counts = _credit(mark, rule)
        if counts:
            scheduled += slot.hours
        attended += credit * slot.hours
        if mark is None:
            unmarked += slot.hours
    marked = scheduled - unmarked
    share = attended / scheduled if scheduled > _EPS else 0.0
    by_rule = scheduled > _EPS and share + _EPS >= rule.min_share
    if by_rule:
        standing = Standing.ELIGIBLE
    elif scheduled > _EPS and (attended + unmarked) / scheduled + _EPS >= rule.min_share:
        on_track = marked <= _EPS or attended / marked + _EPS >= rule.min_share
        standing = Standing.ON_TRACK if on_track else Standing.AT_RISK
    else:
        standing = Standing.NOT_ELIGIBLE
    eligible = by_rule if override is None else override
    if override is not None:
        standing = Standing.ELIGIBLE if override else Standing.NOT_ELIGIBLE
    return Result(
        attended_hours=round(attended, 4),
        scheduled_hours=round(scheduled, 4),
        share=share,
        eligible=eligible,
        standing=standing,
        by_rule=by_rule,
        overridden=override is not None,
    )
