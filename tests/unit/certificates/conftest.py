"""A demo database with WALC2026's id at hand."""

from __future__ import annotations

import pytest


@pytest.fixture
def walc(demo_db):  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    return demo_db, workshop_id_for_code(demo_db, "WALC2026")


def add_attendee(
    db,
    workshop_id: int,
    given: str,
    family: str,
    language: str | None = "es",
    override: bool | None = True,
) -> int:  # type: ignore[no-untyped-def]
    """A confirmed attendee; returns the participation id."""
    from lacworkshop.model import Participation, ParticipationStatus, Person, Role

    with db.session() as session:
        person = Person(given_names=given, family_names=family, language=language)
        session.add(person)
        session.flush()
        part = Participation(
            workshop_id=workshop_id,
            person_id=person.id,
            role=Role.ATTENDEE,
            status=ParticipationStatus.CONFIRMED,
            eligibility_override=override,
        )
        session.add(part)
        session.flush()
        return part.id
