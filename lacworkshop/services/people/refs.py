"""Finding a person or their place in a workshop from what a script types: an id or an email."""

from __future__ import annotations

from sqlalchemy import select

from lacworkshop.model import Participation, Person, Role
from lacworkshop.model.text_keys import email_key
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.storage import Database


def person_id_for(db: Database, ref: str) -> int:
    """The id of the person *ref* names: a number (id) or an email (case and spaces ignored)."""
    text = (ref or "").strip()
    if not text:
        raise ValidationError("person.ref_missing", "person")
    with db.session() as session:
        if text.isdigit():
            if session.get(Person, int(text)) is None:
                raise NotFoundError("person.no_id", id=text)
            return int(text)
        if "@" not in text:
            raise ValidationError("person.ref_invalid", "person", ref=text)
        found = list(
            session.scalars(select(Person.id).where(Person.email_key == email_key(text)).limit(2))
        )
    if not found:
        raise NotFoundError("person.no_email", email=text)
    if len(found) > 1:
        raise ValidationError("person.email_shared", "person", email=text)
    return found[0]


def participation_id_for(
    db: Database, workshop_id: int, person_id: int, role: Role | None = None
) -> int:
    """The person's participation in the workshop (as attendee first, when they have several)."""
    stmt = select(Participation.id, Participation.role).where(
        Participation.workshop_id == workshop_id, Participation.person_id == person_id
    )
    if role is not None:
        stmt = stmt.where(Participation.role == Role(role))
    with db.session() as session:
        rows = list(session.execute(stmt))
    if not rows:
        raise NotFoundError("person.not_in_workshop", id=person_id)
    order = [Role.ATTENDEE, Role.TRAINER, Role.ORGANISER, Role.STAFF]
    rows.sort(key=lambda r: order.index(r[1]) if r[1] in order else len(order))
    return int(rows[0][0])
