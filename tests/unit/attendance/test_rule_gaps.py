"""Cases of the one rule not covered by the main table: edges the grid meets daily."""

from __future__ import annotations

import pytest

from lacworkshop.model.enums import ExcusedPolicy, LatePolicy, Mark
from lacworkshop.services.attendance.eligibility import Rule, SlotHours, Standing, evaluate

P, L, E, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT
MIXED = [SlotHours(0, 1.0), SlotHours(1, 2.0), SlotHours(2, 3.0), SlotHours(3, 2.0)]  # 8 h

CASES = [
    # (slots, marks, rule, attended, scheduled, share, eligible, standing)
    # No sessions scheduled yet: nobody is eligible, nobody can be "at risk" of anything.
    ([], {}, Rule(), 0.0, 0.0, 0.0, False, Standing.NOT_ELIGIBLE),
    # Every session excused and taken out: nothing scheduled remains.
    (
        MIXED,
        {0: E, 1: E, 2: E, 3: E},
        Rule(excused_policy=ExcusedPolicy.EXCLUDE),
        0.0,
        0.0,
        0.0,
        False,
        Standing.NOT_ELIGIBLE,
    ),
    # Hours weigh, not session counts: missing the 3-hour session costs more.
    (MIXED, {0: P, 1: P, 2: A, 3: P}, Rule(), 5.0, 8.0, 0.625, False, Standing.NOT_ELIGIBLE),
    (MIXED, {0: A, 1: P, 2: P, 3: P}, Rule(), 7.0, 8.0, 0.875, True, Standing.ELIGIBLE),
    # Late as a fraction combined with excused taken out.
    (
        MIXED,
        {0: E, 1: L, 2: P, 3: P},
        Rule(
            late_policy=LatePolicy.FRACTION, late_fraction=0.5, excused_policy=ExcusedPolicy.EXCLUDE
        ),
        6.0,
        7.0,
        6 / 7,
        True,
        Standing.ELIGIBLE,
    ),
    # Unmarked future sessions keep someone at risk, not lost.
    (MIXED, {0: A, 1: A}, Rule(min_share=0.6), 0.0, 8.0, 0.0, False, Standing.AT_RISK),
    (MIXED, {0: A, 1: A, 2: A}, Rule(min_share=0.6), 0.0, 8.0, 0.0, False, Standing.NOT_ELIGIBLE),
    # A minimum of zero: everyone with something scheduled qualifies.
    (MIXED, {}, Rule(min_share=0.0), 0.0, 8.0, 0.0, True, Standing.ELIGIBLE),
]


@pytest.mark.parametrize(
    ("slots", "marks", "rule", "attended", "scheduled", "share", "eligible", "standing"), CASES
)
def test_rule_edges(slots, marks, rule, attended, scheduled, share, eligible, standing) -> None:  # type: ignore[no-untyped-def]
    r = evaluate(slots, marks, rule)
    assert r.attended_hours == pytest.approx(attended)
    assert r.scheduled_hours == pytest.approx(scheduled)
    assert r.share == pytest.approx(share)
    assert r.eligible is eligible
    assert r.standing is standing
