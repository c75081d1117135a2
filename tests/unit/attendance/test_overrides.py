"""Overrides: a reason is required, it is kept and shown, and the audit log records it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lacworkshop.model import AuditLog
from lacworkshop.services.attendance.overrides import (
    OverrideState,
    get_override,
    restore_override,
    set_override,
)
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.errors import ValidationError


def test_grant_needs_a_reason(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    pid = workshop_standings(db, wid)[0].participation_id
    for blank in ("", "   ", None):
        with pytest.raises(ValidationError) as err:
            set_override(db, pid, True, blank)
        assert err.value.field == "reason"
    assert get_override(db, pid) == OverrideState(None, None)


def test_grant_and_withhold_beat_the_rule_and_are_audited(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    standings = workshop_standings(db, wid)
    low = next(s for s in standings if not s.result.eligible)
    high = next(s for s in standings if s.result.eligible)
    assert set_override(db, low.participation_id, True, " Certificado  médico ") == OverrideState(
        None, None
    )
    set_override(db, high.participation_id, False, "Did not hand in the final project")
    after = {s.participation_id: s for s in workshop_standings(db, wid)}
    assert after[low.participation_id].result.eligible is True
    assert after[low.participation_id].result.by_rule is False
    assert after[low.participation_id].override_reason == "Certificado médico"
    assert after[high.participation_id].result.eligible is False
    with db.session() as s:
        logs = list(s.scalars(select(AuditLog).where(AuditLog.action == "override")))
    assert len(logs) == 2
    assert "Certificado médico" in logs[0].summary
    details = json.loads(logs[0].details)
    assert details["before"] == {"eligible": None, "reason": None}
    assert details["after"] == {"eligible": True, "reason": "Certificado médico"}


def test_back_to_the_rule_and_restore(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    pid = workshop_standings(db, wid)[0].participation_id
    set_override(db, pid, False, "withheld")
    previous = set_override(db, pid, None, None)
    assert previous == OverrideState(False, "withheld")
    assert get_override(db, pid) == OverrideState(None, None)
    restore_override(db, pid, previous)
    assert get_override(db, pid) == OverrideState(False, "withheld")
