"""A small workshop whose people have every kind of name that breaks documents."""

from __future__ import annotations

from datetime import date, time

import pytest

from lacworkshop.model import (
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    Track,
    Workshop,
    slot_trainer,
)

LONG_NAME = (
    "María de los Ángeles Guadalupe Concepción",
    "Fernández de Córdoba y Álvarez de Toledo Montenegro",
)
TRICKY = [
    ('=HYPERLINK("http://x","y")', "Injection"),
    ("Seán", '<b>O\'Brien</b> & "Sons"'),
    ("Łucja", "Łódź Ődön"),
    ("İlkay", "Şahin"),
    ("Ánh", "Nguyễn Thị"),
    LONG_NAME,
    ("小龍", "李"),
    ("-5", "+Plus"),
]


def make_tricky_workshop(db, code: str = "TRICKY-2026") -> int:  # type: ignore[no-untyped-def]
    """One track, two days of two sessions each and a plenary; the TRICKY people enrolled."""
    with db.session() as s:
        w = Workshop(
            code=code,
            title='Taller <de> prueba & "ensayo"',
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 3),
            languages="es",
            min_share=0.75,
        )
        s.add(w)
        s.flush()
        t = Track(workshop_id=w.id, name="Única", position=0)
        s.add(t)
        s.flush()
        slots = [
            Slot(
                workshop_id=w.id,
                track_id=None,
                date=date(2026, 3, 2),
                start_time=time(9),
                end_time=time(10),
                topic="Apertura",
            ),
            Slot(
                workshop_id=w.id,
                track_id=t.id,
                date=date(2026, 3, 2),
                start_time=time(10, 30),
                end_time=time(12, 30),
                topic="DNS & <DNSSEC>",
            ),
            Slot(
                workshop_id=w.id,
                track_id=t.id,
                date=date(2026, 3, 3),
                start_time=time(9),
                end_time=time(12),
                topic="Laboratorio",
            ),
            Slot(
                workshop_id=w.id,
                track_id=t.id,
                date=date(2026, 3, 3),
                start_time=time(14),
                end_time=time(17),
                topic="Cierre",
            ),
        ]
        s.add_all(slots)
        trainer = Person(given_names="Ana", family_names="Trainer d'Avila", email="t@example.org")
        s.add(trainer)
        s.flush()
        s.add(
            Participation(
                workshop_id=w.id,
                person_id=trainer.id,
                role=Role.TRAINER,
                track_id=t.id,
                status=ParticipationStatus.CONFIRMED,
            )
        )
        s.execute(slot_trainer.insert(), [{"slot_id": slots[1].id, "person_id": trainer.id}])
        for given, family in TRICKY:
            p = Person(given_names=given, family_names=family, organisation="Org & <Co>")
            s.add(p)
            s.flush()
            s.add(
                Participation(
                    workshop_id=w.id,
                    person_id=p.id,
                    role=Role.ATTENDEE,
                    track_id=t.id,
                    status=ParticipationStatus.CONFIRMED,
                )
            )
        return w.id


@pytest.fixture
def tricky(db):  # type: ignore[no-untyped-def]
    return db, make_tricky_workshop(db)


@pytest.fixture
def walc(demo_db):  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    return demo_db, workshop_id_for_code(demo_db, "WALC2026")
