"""Properties of the certificate rule: more attendance never costs a certificate."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from lacworkshop.model.enums import ExcusedPolicy, LatePolicy, Mark
from lacworkshop.services.attendance.eligibility import Rule, SlotHours, Standing, evaluate

HOURS = st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0, 4.0])
MARKS = st.sampled_from([None, Mark.PRESENT, Mark.LATE, Mark.ABSENT, Mark.EXCUSED])
RULES = st.builds(
    Rule,
    min_share=st.sampled_from([0.5, 0.6, 0.75, 0.8, 1.0]),
    late_policy=st.sampled_from(list(LatePolicy)),
    late_fraction=st.sampled_from([0.0, 0.5, 0.75]),
    excused_policy=st.sampled_from(list(ExcusedPolicy)),
)
DAYS = st.lists(st.tuples(HOURS, MARKS), min_size=1, max_size=12)


def _evaluate(days: list[tuple[float, Mark | None]], rule: Rule, override: bool | None = None):  # type: ignore[no-untyped-def]
    slots = [SlotHours(i, hours) for i, (hours, _) in enumerate(days)]
    marks = {i: mark for i, (_, mark) in enumerate(days) if mark is not None}
    return evaluate(slots, marks, rule, override)


@given(DAYS, RULES)
def test_attended_never_exceeds_scheduled(
    days: list[tuple[float, Mark | None]], rule: Rule
) -> None:
    result = _evaluate(days, rule)
    assert 0 <= result.attended_hours <= result.scheduled_hours + 1e-9
    assert 0 <= result.share <= 1 + 1e-9


@given(DAYS, RULES, st.data())
def test_turning_an_absence_into_presence_never_costs_eligibility(
    days: list[tuple[float, Mark | None]], rule: Rule, data: st.DataObject
) -> None:
    absent = [i for i, (_, mark) in enumerate(days) if mark in (None, Mark.ABSENT)]
    assume(absent)
    at = data.draw(st.sampled_from(absent))
    better = list(days)
    better[at] = (days[at][0], Mark.PRESENT)
    before, after = _evaluate(days, rule), _evaluate(better, rule)
    assert after.attended_hours >= before.attended_hours
    assert after.eligible or not before.eligible


@given(DAYS, RULES)
def test_eligible_exactly_when_the_share_meets_the_minimum(
    days: list[tuple[float, Mark | None]], rule: Rule
) -> None:
    result = _evaluate(days, rule)
    assert result.eligible == (result.scheduled_hours > 0 and result.share + 1e-9 >= rule.min_share)
    assert (result.standing is Standing.ELIGIBLE) == result.eligible


@given(DAYS, RULES)
def test_everyone_present_everywhere_is_eligible(
    days: list[tuple[float, Mark | None]], rule: Rule
) -> None:
    present = [(hours, Mark.PRESENT) for hours, _ in days]
    assert _evaluate(present, rule).eligible


@given(DAYS, RULES, st.booleans())
def test_an_override_decides_whatever_the_marks(
    days: list[tuple[float, Mark | None]], rule: Rule, decision: bool
) -> None:
    result = _evaluate(days, rule, override=decision)
    assert result.eligible is decision and result.overridden
    assert result.by_rule == _evaluate(days, rule).eligible
