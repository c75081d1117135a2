"""Finding the person a privacy request is about, by email or by id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.model import Person
from lacworkshop.model.text_keys import email_key
from lacworkshop.services.errors import NotFoundError, ValidationError


def find_person(session: Session, who: str) -> Person:
    """The person whose id is *who* (digits) or whose email is *who* (any case or spacing)."""
    text = who.strip()
    if not text:
        raise ValidationError("privacy.say_whom", "person")
    if text.isdigit():
        person = session.get(Person, int(text))
        if person is None:
            raise NotFoundError("privacy.no_such_id", id=text)
        return person
    key = email_key(text)
    found = list(session.scalars(select(Person).where(Person.email_key == key).limit(2)))
    if not found:
        # The address is not repeated: an error message must not spread personal data.
        raise NotFoundError("privacy.no_such_email")
    if len(found) > 1:
        raise ValidationError("privacy.shared_email", "person")
    return found[0]
