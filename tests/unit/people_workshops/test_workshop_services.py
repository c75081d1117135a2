"""Workshops, tracks, schedule and new editions on a real database file."""

from __future__ import annotations

from datetime import date, time

import pytest

from lacworkshop.model import ParticipationStatus, Role
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants, list_participants
from lacworkshop.services.workshops import editing as workshop_editing
from lacworkshop.services.workshops import new_edition, schedule
from lacworkshop.services.workshops.editing import WorkshopData


def _walc(**kw) -> WorkshopData:  # type: ignore[no-untyped-def]
    values = dict(
        code="WALC2027",
        title="Taller Latinoamericano de Redes",
        start_date=date(2027, 10, 4),
        end_date=date(2027, 10, 8),
        series="WALC",
        edition="2027",
        city="Ciudad de Panamá",
        country="pa",
        languages="es, en",
        tracks=("Routing", "Network security"),
    )
    values.update(kw)
    return WorkshopData(**values)  # type: ignore[arg-type]


def test_create_and_edit_every_field(db) -> None:
    wid = workshop_editing.create_workshop(db, _walc())
    got = workshop_editing.get_workshop(db, wid)
    assert got.country == "PA" and got.languages == "es,en"
    assert got.tracks == ("Routing", "Network security")
    edited = _walc(
        title="Taller de Redes Ñandú",
        venue="Hotel El Panamá",
        host="LACNIC",
        min_share=0.8,
        late_fraction=0.25,
        description="Semana de redes",
    )
    workshop_editing.update_workshop(db, wid, edited)
    got = workshop_editing.get_workshop(db, wid)
    assert (got.title, got.venue, got.host, got.min_share, got.late_fraction) == (
        "Taller de Redes Ñandú",
        "Hotel El Panamá",
        "LACNIC",
        0.8,
        0.25,
    )


def test_a_workshop_without_tracks_gets_one(db) -> None:
    wid = workshop_editing.create_workshop(db, _walc(tracks=()))
    assert [t.name for t in workshop_editing.list_tracks(db, wid)] == ["General"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"end_date": date(2027, 10, 1)}, "end_date"),
        ({"code": ""}, "code"),
        ({"code": "walc 2027"}, "code"),
        ({"title": "  "}, "title"),
        ({"languages": "es,de"}, "languages"),
        ({"min_share": 1.5}, "min_share"),
    ],
)
def test_validation_names_the_field(db, change, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        workshop_editing.create_workshop(db, _walc(**change))
    assert err.value.field == field


def test_duplicate_code_in_other_case_is_refused(db) -> None:
    workshop_editing.create_workshop(db, _walc())
    with pytest.raises(ValidationError) as err:
        workshop_editing.create_workshop(db, _walc(code="walc2027"))
    assert err.value.field == "code" and "WALC2027".lower() in str(err.value).lower()


def test_generate_schedule_skipping_days_and_week_table(db) -> None:
    wid = workshop_editing.create_workshop(db, _walc(end_date=date(2027, 10, 10)))
    tracks = workshop_editing.list_tracks(db, wid)
    ids = schedule.generate_slots(
        db,
        wid,
        date(2027, 10, 4),
        date(2027, 10, 10),
        [(time(9, 0), time(12, 30)), (time(14, 0), time(17, 30))],
        skip_weekdays=[5, 6],
        skip_dates=[date(2027, 10, 6)],
        track_ids=[t.id for t in tracks],
    )
    # Mon, Tue, Thu, Fri x 2 blocks x 2 tracks.
    assert len(ids) == 16
    schedule.create_slot(
        db, wid, schedule.SlotData(date(2027, 10, 6), time(9, 0), time(11, 0), "Plenaria")
    )
    table = schedule.week_table(db, wid)
    assert table.days[0] == date(2027, 10, 4) and date(2027, 10, 9) not in table.days
    first = tracks[0].id
    assert table.hours[first][date(2027, 10, 4)] == pytest.approx(7.0)
    assert table.hours[first][date(2027, 10, 6)] == pytest.approx(2.0)
    assert table.total(first) == pytest.approx(30.0)
    assert table.total(tracks[1].id) == pytest.approx(30.0)


def test_generate_refuses_overlapping_blocks_and_outside_dates(db) -> None:
    wid = workshop_editing.create_workshop(db, _walc())
    with pytest.raises(ValidationError):
        schedule.generate_slots(
            db,
            wid,
            date(2027, 10, 4),
            date(2027, 10, 5),
            [(time(9, 0), time(12, 30)), (time(12, 0), time(14, 0))],
        )
    with pytest.raises(ValidationError) as err:
        schedule.generate_slots(db, wid, date(2027, 10, 1), date(2027, 10, 5))
    assert err.value.field == "start"


def test_edit_slot_with_trainers(db) -> None:
    wid = workshop_editing.create_workshop(db, _walc())
    ana = create_person(db, PersonData("Ana", "Núñez"))
    add_participants(db, wid, [ana], Role.TRAINER)
    (sid,) = schedule.generate_slots(
        db, wid, date(2027, 10, 4), date(2027, 10, 4), [(time(9, 0), time(10, 30))]
    )
    track = workshop_editing.list_tracks(db, wid)[1].id
    schedule.update_slot(
        db,
        sid,
        schedule.SlotData(
            date(2027, 10, 5), time(10, 0), time(12, 0), "BGP", track, "Sala 2", (ana,)
        ),
    )
    (row,) = schedule.list_slots(db, wid)
    assert (row.date, row.topic, row.track_name, row.trainer_names, row.hours) == (
        date(2027, 10, 5),
        "BGP",
        "Network security",
        ("Ana Núñez",),
        2.0,
    )
    assert schedule.trainers_of(db, wid) == [(ana, "Ana Núñez")]
    with pytest.raises(ValidationError):
        schedule.update_slot(
            db, sid, schedule.SlotData(date(2027, 10, 5), time(12, 0), time(11, 0))
        )


def test_new_edition_carries_tracks_schedule_trainers_and_rule(db) -> None:
    wid = workshop_editing.create_workshop(db, _walc(min_share=0.9, late_fraction=0.3))
    tracks = workshop_editing.list_tracks(db, wid)
    ana = create_person(db, PersonData("Ana", "Núñez"))
    bea = create_person(db, PersonData("Beatriz", "da Silva"))
    add_participants(db, wid, [ana], Role.TRAINER, tracks[0].id)
    add_participants(db, wid, [bea], Role.ATTENDEE, tracks[0].id, ParticipationStatus.CONFIRMED)
    ids = schedule.generate_slots(
        db, wid, date(2027, 10, 4), date(2027, 10, 8), track_ids=[tracks[0].id]
    )
    first = schedule.get_slot(db, ids[0])
    schedule.update_slot(db, ids[0], schedule.SlotData(**{**first.__dict__, "trainer_ids": (ana,)}))

    data = new_edition.suggest(db, wid, 2028)
    assert data.code == "WALC2028" and data.edition == "2028"
    # 4 Oct 2027 is a Monday; the suggestion keeps Monday: 2 Oct 2028.
    assert data.start_date == date(2028, 10, 2) and data.start_date.weekday() == 0
    new = new_edition.create_new_edition(db, wid, data)
    got = workshop_editing.get_workshop(db, new)
    assert got.tracks == ("Routing", "Network security") and got.min_share == 0.9
    slots = schedule.list_slots(db, new)
    assert len(slots) == 10
    assert slots[0].date == date(2028, 10, 2) and slots[0].trainer_names == ("Ana Núñez",)
    assert {s.date.weekday() for s in slots} == {0, 1, 2, 3, 4}
    people = list_participants(db, new)
    assert [(p.person_id, p.role) for p in people] == [(ana, Role.TRAINER)]


def test_workshop_search_ignores_accents(db) -> None:
    from lacworkshop.services.workshops.listing import list_workshops

    workshop_editing.create_workshop(db, _walc(title="Taller Ñandú de Redes"))
    workshop_editing.create_workshop(db, _walc(code="IXP-2027", title="Peering", city="São Paulo"))
    assert [w.code for w in list_workshops(db, search="nandu")] == ["WALC2027"]
    assert [w.code for w in list_workshops(db, search="sao paulo")] == ["IXP-2027"]
    assert [w.code for w in list_workshops(db, search="walc redes")] == ["WALC2027"]
    assert len(list_workshops(db)) == 2


def test_saving_a_workshop_hands_back_before_and_after(db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.operations import Change
    from lacworkshop.services.workshops import save_workshop

    created = save_workshop(db, _walc())
    assert created.changes == {Change.WORKSHOPS} and created.value.before is None
    wid = created.value.workshop_id
    assert created.value.after == workshop_editing.get_workshop(db, wid)
    assert created.value.after.country == "PA"
    edited = save_workshop(db, _walc(venue="Hotel El Panamá"), wid)
    assert edited.value.workshop_id == wid and edited.value.before == created.value.after
    assert edited.value.after.venue == "Hotel El Panamá"
    with pytest.raises(ValidationError):
        save_workshop(db, _walc(code="walc2027"))  # the same code in another case
