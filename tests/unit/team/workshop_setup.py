"""A two-track workshop built through the services, as an organiser would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from lacworkshop.model import Role
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants
from lacworkshop.services.workshops.editing import WorkshopData, create_workshop, track_id_for_name
from lacworkshop.services.workshops.schedule import SlotData, create_slot
from lacworkshop.storage import Database

CODE = "WALC2026"


@dataclass(frozen=True)
class Built:
    workshop: int
    slots: dict[str, list[int]]  # track name -> its sessions
    people: dict[str, int]  # email -> person id


PEOPLE = {
    "Routing": [
        ("Ana María", "Pérez Núñez", "ana@example.org"),
        ("João", "D'Ávila", "joao@example.org"),
    ],
    "DNS": [
        ("Chloé", "Lefèvre", "chloe@example.org"),
        ("Ñusta", "Quispe Mamani", "nusta@example.org"),
    ],
}


def build(db: Database, code: str = CODE) -> Built:
    wid = create_workshop(
        db,
        WorkshopData(
            code, "WALC 2026", date(2026, 5, 4), date(2026, 5, 8), tracks=("Routing", "DNS")
        ),
    )
    slots: dict[str, list[int]] = {}
    people: dict[str, int] = {}
    for track in ("Routing", "DNS"):
        tid = track_id_for_name(db, wid, track)
        slots[track] = [
            create_slot(
                db, wid, SlotData(date(2026, 5, 4), time(h), time(h + 2), f"{track} {h}", tid)
            )
            for h in (9, 14)
        ]
        ids = [
            create_person(db, PersonData(given, family, email=email))
            for given, family, email in PEOPLE[track]
        ]
        people.update(zip([e for _g, _f, e in PEOPLE[track]], ids, strict=True))
        add_participants(db, wid, ids, Role.ATTENDEE, track_id=tid)
    return Built(wid, slots, people)


def ids_by_email(db: Database) -> dict[str, int]:
    from sqlalchemy import select

    from lacworkshop.model import Person

    with db.session() as session:
        return {e: i for i, e in session.execute(select(Person.id, Person.email))}


def slots_by_topic(db: Database) -> dict[str, int]:
    from sqlalchemy import select

    from lacworkshop.model import Slot

    with db.session() as session:
        return {t: i for i, t in session.execute(select(Slot.id, Slot.topic))}


def marks(db: Database) -> dict[tuple[str, str], str]:
    """(email, session topic) -> mark, for every mark in the database."""
    from sqlalchemy import select

    from lacworkshop.model import Attendance, Participation, Person, Slot

    with db.session() as session:
        rows = session.execute(
            select(Person.email, Slot.topic, Attendance.mark)
            .join(Participation, Participation.person_id == Person.id)
            .join(Attendance, Attendance.participation_id == Participation.id)
            .join(Slot, Slot.id == Attendance.slot_id)
        )
        return {(email, topic): mark.value for email, topic, mark in rows}
