"""The consent column of an attendee list: what each person agreed to, in the list's language."""

from __future__ import annotations

from sqlalchemy import select

from lacworkshop.formats.catalogue import text
from lacworkshop.model import Participation, Person
from lacworkshop.services.privacy.consent import scopes_of
from lacworkshop.storage import Database


def consent_texts(db: Database, workshop_id: int, language: str) -> dict[int, str]:
    """Per person id of the workshop: "Sí: fotos y video (2026-03-01)", "No", or nothing."""
    with db.session() as session:
        rows = session.execute(
            select(Person.id, Person.consent_at, Person.consent_text, Person.consent_scope)
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.workshop_id == workshop_id)
        ).all()
    out: dict[int, str] = {}
    for pid, at, notice, stored in rows:
        scopes = scopes_of(stored)
        if scopes:
            words = ", ".join(text(f"privacy.scope.{s}", language) for s in scopes)
            when = at.date().isoformat() if at else ""
            out[pid] = text("privacy.consent.agreed", language, scopes=words, date=when)
            if not when:
                out[pid] = out[pid].replace(" ()", "")
        elif notice:
            out[pid] = text("privacy.consent.refused", language)
    return out
