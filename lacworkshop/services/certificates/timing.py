"""When a workshop's certificates may be issued: not before its last session ended."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select

from lacworkshop.model import Slot, Workshop
from lacworkshop.services.errors import ValidationError
from lacworkshop.storage import Database


class BeforeEndError(ValidationError):
    """Issuing was asked for before the workshop's last session ended."""


def workshop_ends_at(db: Database, workshop_id: int) -> datetime | None:
    """The end of the workshop's last session; the end of its last day when it has none."""
    with db.session() as session:
        last = session.execute(
            select(Slot.date, Slot.end_time)
            .where(Slot.workshop_id == workshop_id)
            .order_by(Slot.date.desc(), Slot.end_time.desc())
            .limit(1)
        ).first()
        if last is not None:
            return datetime.combine(last[0], last[1])
        end = session.scalar(select(Workshop.end_date).where(Workshop.id == workshop_id))
    return datetime.combine(end, time.max) if end is not None else None


def issuing_early(db: Database, workshop_id: int, now: datetime | None = None) -> datetime | None:
    """When the workshop ends, if that is still to come (so issuing now is early); else None."""
    ends = workshop_ends_at(db, workshop_id)
    if ends is None or ends <= (now or datetime.now()):
        return None
    return ends


def refuse_before_end(db: Database, workshop_id: int, now: datetime | None = None) -> None:
    """Raise :class:`BeforeEndError` when the workshop's last session has not ended yet."""
    ends = issuing_early(db, workshop_id, now)
    if ends is not None:
        raise BeforeEndError("certificate.before_end", ends=f"{ends:%Y-%m-%d %H:%M}")
