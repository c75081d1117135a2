"""An organiser's decision that beats the attendance rule, with its reason, audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from lacworkshop.model import Participation, Person
from lacworkshop.services import audit
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.storage import Database

MAX_REASON = 2000


@dataclass(frozen=True)
class OverrideState:
    """None: follow the rule; True: granted by hand; False: withheld by hand."""

    eligible: bool | None
    reason: str | None


def _describe(eligible: bool | None) -> str:
    if eligible is None:
        return "follows the rule"
    return "granted by hand" if eligible else "withheld by hand"


def get_override(db: Database, participation_id: int) -> OverrideState:
    with db.session() as session:
        part = require(
            session,
            Participation,
            participation_id,
            "participation.no_id",
            id=participation_id,
        )
        return OverrideState(part.eligibility_override, part.override_reason)


def set_override(
    db: Database, participation_id: int, eligible: bool | None, reason: str | None
) -> OverrideState:
    """Grant (True), withhold (False) or give back to the rule (None); returns the old state.

    Granting or withholding needs a reason: certificates are checked by funders
    and the reason is what the organiser will be asked for.
    """
    cleaned = " ".join((reason or "").split())
    if eligible is not None and not cleaned:
        raise ValidationError("override.reason_required", "reason")
    if len(cleaned) > MAX_REASON:
        raise ValidationError("override.reason_too_long", "reason", limit=MAX_REASON)
    with db.session() as session:
        return _apply(session, participation_id, eligible, cleaned or None)


def restore_override(db: Database, participation_id: int, state: OverrideState) -> OverrideState:
    """Put back a previous state exactly (used by undo); audited like any change."""
    with db.session() as session:
        return _apply(session, participation_id, state.eligible, state.reason)


def _apply(
    session: Session, participation_id: int, eligible: bool | None, reason: str | None
) -> OverrideState:
    part = require(
        session,
        Participation,
        participation_id,
        "participation.no_id",
        id=participation_id,
    )
    before = OverrideState(part.eligibility_override, part.override_reason)
    part.eligibility_override = eligible
    part.override_reason = reason if eligible is not None else None
    person = session.get(Person, part.person_id)
    name = person.display_name if person else str(part.person_id)
    audit.record(
        session,
        "override",
        "participation",
        participation_id,
        f"Eligibility of {name} {_describe(eligible)}" + (f": {reason}" if reason else ""),
        {
            "workshop_id": part.workshop_id,
            "before": {"eligible": before.eligible, "reason": before.reason},
            "after": {"eligible": eligible, "reason": part.override_reason},
        },
    )
    return before
