"""People directory, duplicates, merge, participation and deletion with restore."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lacworkshop.model import (
    Attendance,
    AuditLog,
    Certificate,
    CertificateKind,
    Mark,
    Participation,
    ParticipationStatus,
    Role,
    Slot,
    slot_trainer,
)
from lacworkshop.services.data_safety import deletion
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.people import directory as people
from lacworkshop.services.people.directory import PeopleFilter, PersonData
from lacworkshop.services.people.merge import merge_people
from lacworkshop.services.people.participation import (
    add_participants,
    list_participants,
    restore_participations,
    update_participations,
)
from lacworkshop.services.workshops import editing as workshop_editing
from lacworkshop.services.workshops import schedule
from lacworkshop.services.workshops.editing import WorkshopData


def _workshop(db, code="DNSSEC-2027") -> int:  # type: ignore[no-untyped-def]
    return workshop_editing.create_workshop(
        db, WorkshopData(code, "Taller DNSSEC", date(2027, 3, 1), date(2027, 3, 3))
    )


def _people(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {
        "nunez": people.create_person(
            db, PersonData("María José", "Núñez Peña", email="mj@lacnic.net", country="UY")
        ),
        "joao": people.create_person(
            db, PersonData("João", "da Silva", organisation="NIC.br", country="BR")
        ),
        "obrien": people.create_person(db, PersonData("Siobhán", "O'Brien", country="IE")),
        "fuente": people.create_person(db, PersonData("Ana", "de la Fuente", country="MX")),
    }


def _names(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.family_names for r in rows]


def test_search_ignores_accents_and_case(db) -> None:
    _people(db)
    assert _names(people.fetch_people(db, PeopleFilter(search="nunez"))) == ["Núñez Peña"]
    assert _names(people.fetch_people(db, PeopleFilter(search="JOAO"))) == ["da Silva"]
    assert _names(people.fetch_people(db, PeopleFilter(search="Núñez"))) == ["Núñez Peña"]
    assert _names(people.fetch_people(db, PeopleFilter(search="o'brien"))) == ["O'Brien"]
    assert _names(people.fetch_people(db, PeopleFilter(search="maria pena"))) == ["Núñez Peña"]
    # LIKE wildcards typed by the person are literal.
    assert people.count_people(db, PeopleFilter(search="%")) == 0
    assert people.count_people(db, PeopleFilter(search="nic.br")) == 1


def test_sorted_by_family_name_the_regional_way(db) -> None:
    _people(db)
    # "da Silva" files under S, "de la Fuente" under F, accents folded.
    assert _names(people.fetch_people(db, PeopleFilter())) == [
        "de la Fuente",
        "Núñez Peña",
        "O'Brien",
        "da Silva",
    ]


def test_filters_by_country_organisation_workshop_and_role(db) -> None:
    ids = _people(db)
    wid = _workshop(db)
    add_participants(db, wid, [ids["joao"]], Role.TRAINER)
    add_participants(db, wid, [ids["nunez"], ids["joao"]], Role.ATTENDEE)
    assert _names(people.fetch_people(db, PeopleFilter(country="BR"))) == ["da Silva"]
    assert _names(people.fetch_people(db, PeopleFilter(organisation="nic.BR"))) == ["da Silva"]
    assert people.count_people(db, PeopleFilter(workshop_id=wid)) == 2
    assert _names(people.fetch_people(db, PeopleFilter(workshop_id=wid, role=Role.TRAINER))) == [
        "da Silva"
    ]
    assert _names(people.fetch_people(db, PeopleFilter(role=Role.ATTENDEE))) == [
        "Núñez Peña",
        "da Silva",
    ]


def test_email_is_checked(db) -> None:
    with pytest.raises(ValidationError) as err:
        people.create_person(db, PersonData("Ana", "Paz", email="ana.paz@"))
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        people.create_person(db, PersonData(" ", ""))
    assert err.value.field == "given_names"


def test_duplicates_by_email_and_by_name_and_country(db) -> None:
    ids = _people(db)
    by_email = people.find_duplicates(db, PersonData("Maria", "Nunez", email=" MJ@LACNIC.NET "))
    assert [(d.person_id, d.reason) for d in by_email] == [(ids["nunez"], "email")]
    by_name = people.find_duplicates(db, PersonData("maria jose", "nunez-pena", country="UY"))
    assert [(d.person_id, d.reason) for d in by_name] == [(ids["nunez"], "name")]
    assert people.find_duplicates(db, PersonData("maria jose", "nunez pena", country="AR")) == []
    assert people.find_duplicates(db, people.get_person(db, ids["nunez"]), ids["nunez"]) == []


def _marked_workshop(db, ids):  # type: ignore[no-untyped-def]
    wid = _workshop(db)
    slots = schedule.generate_slots(db, wid, date(2027, 3, 1), date(2027, 3, 2))
    a = add_participants(db, wid, [ids["nunez"]], Role.ATTENDEE).added[0]
    b = add_participants(db, wid, [ids["joao"]], Role.ATTENDEE).added[0]
    add_participants(db, wid, [ids["joao"]], Role.TRAINER)
    with db.session() as s:
        s.add(Attendance(participation_id=a, slot_id=slots[0], mark=Mark.PRESENT))
        s.add(Attendance(participation_id=b, slot_id=slots[0], mark=Mark.LATE))
        s.add(Attendance(participation_id=b, slot_id=slots[1], mark=Mark.PRESENT))
        s.add(Certificate(participation_id=b, kind=CertificateKind.PARTICIPATION, code="AAA-1"))
        s.add(Certificate(participation_id=a, kind=CertificateKind.PARTICIPATION, code="AAA-2"))
        s.execute(slot_trainer.insert().values(slot_id=slots[1], person_id=ids["joao"]))
    return wid, slots, a, b


def test_merge_moves_everything_in_one_transaction(db) -> None:
    ids = _people(db)
    wid, slots, a, _b = _marked_workshop(db, ids)
    result = merge_people(db, ids["nunez"], ids["joao"])
    assert result.participations_moved == 1 and result.participations_combined == 1
    assert result.certificates_moved == 1 and result.marks_moved == 1
    assert "organisation" in result.filled_fields
    rows = list_participants(db, wid)
    assert {(r.person_id, r.role) for r in rows} == {
        (ids["nunez"], Role.ATTENDEE),
        (ids["nunez"], Role.TRAINER),
    }
    with db.session() as s:
        marks = {
            slot: mark
            for slot, mark in s.execute(
                select(Attendance.slot_id, Attendance.mark).where(Attendance.participation_id == a)
            )
        }
        certs = s.execute(
            select(Certificate.code, Certificate.version)
            .where(Certificate.participation_id == a)
            .order_by(Certificate.code)
        ).all()
        links = s.scalars(select(slot_trainer.c.person_id)).all()
        entry = s.scalars(select(AuditLog).where(AuditLog.action == "merge")).one()
    assert marks == {slots[0]: Mark.PRESENT, slots[1]: Mark.PRESENT}
    assert [tuple(c) for c in certs] == [("AAA-1", 2), ("AAA-2", 1)]
    assert links == [ids["nunez"]]
    assert "João" in entry.summary and entry.entity_id == ids["nunez"]
    assert people.count_people(db, PeopleFilter(search="joao")) == 0
    assert people.get_person(db, ids["nunez"]).organisation == "NIC.br"
    with pytest.raises(ValidationError):
        merge_people(db, ids["nunez"], ids["nunez"])


def _counts(db) -> tuple[int, int, int, int, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(t))
            for t in (Participation, Attendance, Certificate, Slot, slot_trainer)
        )


@pytest.mark.parametrize("entity", ["workshop", "person", "slot", "participation"])
def test_delete_says_what_goes_and_restore_brings_it_all_back(db, entity) -> None:  # type: ignore[no-untyped-def]
    ids = _people(db)
    wid, slots, _a, b = _marked_workshop(db, ids)
    target = {"workshop": wid, "person": ids["joao"], "slot": slots[0], "participation": b}[entity]
    before = _counts(db)
    info = deletion.impact(db, entity, target)
    expected_marks = {"workshop": 3, "person": 2, "slot": 2, "participation": 2}[entity]
    assert info.marks == expected_marks
    if entity != "slot":
        assert info.certificates == {"workshop": 2, "person": 1, "participation": 1}[entity]
    snap = deletion.delete_entity(db, entity, target)
    assert _counts(db) != before
    deletion.restore(db, snap)
    assert _counts(db) == before
    with db.session() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == entity)).all()
    assert "delete" in actions and "restore" in actions


def test_last_track_cannot_go_and_track_delete_restores_members(db) -> None:
    ids = _people(db)
    wid = _workshop(db)
    general = workshop_editing.list_tracks(db, wid)[0].id
    with pytest.raises(ValidationError):
        deletion.delete_entity(db, "track", general)
    lab = workshop_editing.add_track(db, wid, "Laboratorio")
    add_participants(db, wid, [ids["joao"]], Role.ATTENDEE, lab)
    snap = deletion.delete_entity(db, "track", lab)
    assert list_participants(db, wid)[0].track_id is None
    deletion.restore(db, snap)
    assert list_participants(db, wid)[0].track_name == "Laboratorio"


def test_bulk_status_and_track_with_undo_values(db) -> None:
    ids = _people(db)
    wid = _workshop(db)
    lab = workshop_editing.add_track(db, wid, "Laboratorio")
    added = add_participants(db, wid, ids.values(), Role.ATTENDEE).added
    before = update_participations(
        db, added[:2], status=ParticipationStatus.CONFIRMED, track_id=lab
    )
    rows = {r.id: r for r in list_participants(db, wid)}
    assert rows[added[0]].status is ParticipationStatus.CONFIRMED
    assert rows[added[1]].track_name == "Laboratorio"
    assert rows[added[2]].status is ParticipationStatus.REGISTERED
    restore_participations(db, before)
    assert all(r.status is ParticipationStatus.REGISTERED for r in list_participants(db, wid))
    again = add_participants(db, wid, ids.values(), Role.ATTENDEE)
    assert again.added == [] and again.already == 4


def test_person_page_lists_every_workshop_in_any_role(db) -> None:
    ids = _people(db)
    w1 = _workshop(db, "A-2026")
    w2 = _workshop(db, "B-2027")
    add_participants(db, w1, [ids["joao"]], Role.ATTENDEE)
    add_participants(db, w2, [ids["joao"]], Role.TRAINER)
    rows = people.person_workshops(db, ids["joao"])
    assert {(r.code, r.role) for r in rows} == {("A-2026", "attendee"), ("B-2027", "trainer")}
