"""The certificate rule on a table of cases."""

from __future__ import annotations

import pytest

from lacworkshop.model.enums import ExcusedPolicy, LatePolicy, Mark
from lacworkshop.services.attendance.eligibility import Rule, SlotHours, Standing, evaluate

P, L, E, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT
WEEK = [SlotHours(i, 3.5) for i in range(10)]  # five days, two blocks of 3.5 h


def marks(*seq: Mark | None) -> dict[int, Mark]:
    return {i: m for i, m in enumerate(seq) if m is not None}


CASES = [
    # (marks, rule, override, attended, scheduled, eligible, standing)
    (marks(P, P, P, P, P, P, P, P, P, P), Rule(), None, 35.0, 35.0, True, Standing.ELIGIBLE),
    (marks(P, P, P, P, P, P, P, P, A, A), Rule(), None, 28.0, 35.0, True, Standing.ELIGIBLE),
    (marks(P, P, P, P, P, P, P, A, A, A), Rule(), None, 24.5, 35.0, False, Standing.NOT_ELIGIBLE),
    # Tuesday of the week: everything so far attended, but that is not yet 75 %.
    (marks(P, P, P, P), Rule(), None, 14.0, 35.0, False, Standing.ON_TRACK),
    # Before the first session nobody has lost anything.
    (marks(), Rule(), None, 0.0, 35.0, False, Standing.ON_TRACK),
    # Half of what was marked so far: still reachable, but falling behind.
    (marks(P, A, A, P), Rule(), None, 7.0, 35.0, False, Standing.AT_RISK),
    # Three of four marked sessions is exactly the minimum so far: on track.
    (marks(P, P, P, A), Rule(), None, 10.5, 35.0, False, Standing.ON_TRACK),
    (marks(A, A, A), Rule(), None, 0.0, 35.0, False, Standing.NOT_ELIGIBLE),
    # Late: whole slot, or a fraction of it.
    (marks(L, L, L, L, L, L, L, L, L, L), Rule(), None, 35.0, 35.0, True, Standing.ELIGIBLE),
    (
        marks(L, L, L, L, L, L, L, L, L, L),
        Rule(late_policy=LatePolicy.FRACTION, late_fraction=0.5),
        None,
        17.5,
        35.0,
        False,
        Standing.NOT_ELIGIBLE,
    ),
    # Excused: absent (default), present, or out of the scheduled hours.
    (marks(P, P, P, P, P, P, P, E, E, E), Rule(), None, 24.5, 35.0, False, Standing.NOT_ELIGIBLE),
    (
        marks(P, P, P, P, P, P, P, E, E, E),
        Rule(excused_policy=ExcusedPolicy.PRESENT),
        None,
        35.0,
        35.0,
        True,
        Standing.ELIGIBLE,
    ),
    (
        marks(P, P, P, P, P, P, P, E, E, E),
        Rule(excused_policy=ExcusedPolicy.EXCLUDE),
        None,
        24.5,
        24.5,
        True,
        Standing.ELIGIBLE,
    ),
    # Exactly the minimum is enough.
    (
        marks(P, P, P, A, None, None, None, None, None, None),
        Rule(min_share=0.3),
        None,
        10.5,
        35.0,
        True,
        Standing.ELIGIBLE,
    ),
    # Overrides beat the rule both ways.
    (marks(A, A, A, A, A, A, A, A, A, A), Rule(), True, 0.0, 35.0, True, Standing.ELIGIBLE),
    (marks(P, P, P, P, P, P, P, P, P, P), Rule(), False, 35.0, 35.0, False, Standing.NOT_ELIGIBLE),
]


@pytest.mark.parametrize(
    ("m", "rule", "override", "attended", "scheduled", "eligible", "standing"), CASES
)
def test_rule_table(m, rule, override, attended, scheduled, eligible, standing) -> None:  # type: ignore[no-untyped-def]
    result = evaluate(WEEK, m, rule, override)
    assert result.attended_hours == pytest.approx(attended)
    assert result.scheduled_hours == pytest.approx(scheduled)
    assert result.eligible is eligible
    assert result.standing is standing
    assert result.overridden is (override is not None)
    assert result.share == pytest.approx(attended / scheduled if scheduled else 0.0)


def test_no_slots_means_nobody_is_eligible() -> None:
    result = evaluate([], {}, Rule())
    assert (result.scheduled_hours, result.share, result.eligible) == (0.0, 0.0, False)


def test_marks_of_other_tracks_do_not_count() -> None:
    result = evaluate(WEEK[:2], {0: P, 1: P, 7: P, 8: P}, Rule())
    assert result.attended_hours == pytest.approx(7.0)
