"""A demo workshop with the names that break certificates, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest

LONG_GIVEN = "Maximiliano Alejandro de la Santísima Trinidad"
LONG_FAMILY = "Fernández-Castañeda y Villalobos Ñañez Ücün"
LONG_NAME = f"{LONG_GIVEN} {LONG_FAMILY}"  # 90 characters
HARD_NAMES = [
    ("Łukasz", "Łódź-Wiśniewski"),
    ("Ődön", "Szőke"),
    ("Ayşe", "Şahin"),
    ("İlkay", "Gündoğan"),
    ("Nguyễn Thị", "Ánh"),
    ("<script>", '& "Quotes" O\'Brien'),
    ("D'Arcy", "L'Hôpital <Ltd> & Sons"),
    (LONG_GIVEN, LONG_FAMILY),
]
BLOCKED_NAME = ("小明", "王")


def add_people(db_path: Path) -> None:
    """Add the hard names to WALC2026 as eligible attendees (by the organisers' override)."""
    from sqlalchemy import select

    from lacworkshop.model import Participation, ParticipationStatus, Person, Role, Workshop
    from lacworkshop.services.certificates.templates import add_sample_signatory
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        with db.session() as session:
            ws = session.scalar(select(Workshop).where(Workshop.code == "WALC2026"))
            assert ws is not None
            for given, family in [*HARD_NAMES, BLOCKED_NAME]:
                person = Person(given_names=given, family_names=family, language="es")
                session.add(person)
                session.flush()
                session.add(
                    Participation(
                        workshop_id=ws.id,
                        person_id=person.id,
                        role=Role.ATTENDEE,
                        status=ParticipationStatus.CONFIRMED,
                        eligibility_override=True,
                        override_reason="attended the make-up sessions",
                    )
                )
            ws_id = ws.id
        add_sample_signatory(db, ws_id, "María José Fernández", "Directora académica")
        add_sample_signatory(db, ws_id, "Hervé Saint-Éloi", "Coordinador técnico")
    finally:
        db.close()


@pytest.fixture(scope="module")
def walc_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database

    path = tmp_path_factory.mktemp("certs") / "walc.sqlite3"
    db = open_database(path)
    try:
        populate(db, people=90, workshops=3)
    finally:
        db.close()
    add_people(path)
    return path
