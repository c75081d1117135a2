"""The schedule as iCalendar: read back with the icalendar parser, in the venue's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from lacworkshop.model import Role
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants
from lacworkshop.services.workshops import schedule
from lacworkshop.services.workshops.editing import (
    WorkshopData,
    create_workshop,
    get_workshop,
    list_tracks,
    update_workshop,
)
from lacworkshop.services.workshops.schedule_export import export_schedule_ics
from lacworkshop.services.workshops.timezone import workshop_timezone


def test_time_zone_from_country_and_city() -> None:
    may = (date(2027, 5, 17), date(2027, 5, 21))
    assert workshop_timezone("PY", "Asunción", *may) == "America/Asuncion"
    assert workshop_timezone("BR", "São Paulo", *may) == "America/Sao_Paulo"
    # Argentina's zones all keep the same clock: no city needed.
    assert workshop_timezone("AR", None, *may) is not None
    # Mexico's do not: without a city the times float.
    assert workshop_timezone("MX", None, *may) is None
    assert workshop_timezone(None, "Lima", *may) is None


def _events(path: Path) -> tuple[Calendar, list]:  # type: ignore[type-arg]
    cal = Calendar.from_ical(path.read_bytes())
    return cal, sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))


def test_export_in_zone_and_per_trainer(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wid = create_workshop(
        db,
        WorkshopData(
            code="WALC2027",
            title="Taller de Redes",
            start_date=date(2027, 5, 17),
            end_date=date(2027, 5, 18),
            city="Asunción",
            country="PY",
            venue="Hotel Guaraní",
            tracks=("Routing", "Seguridad"),
        ),
    )
    routing, security = (t.id for t in list_tracks(db, wid))
    ana = create_person(db, PersonData("Ana", "D'Souza", email="ana@example.org"))
    add_participants(db, wid, [ana], Role.TRAINER, routing)
    schedule.create_slot(
        db,
        wid,
        schedule.SlotData(
            date(2027, 5, 17), time(9), time(12, 30), "BGP", routing, "Sala 1", (ana,)
        ),
    )
    schedule.create_slot(
        db, wid, schedule.SlotData(date(2027, 5, 17), time(9), time(12, 30), "DNSSEC", security)
    )
    out = tmp_path / "walc.ics"
    stamp = datetime(2027, 1, 1, tzinfo=UTC)
    result = export_schedule_ics(db, wid, out, now=stamp)
    assert result.events == 2 and result.timezone == "America/Asuncion"
    cal, events = _events(out)
    assert [str(e["summary"]) for e in events] == ["WALC2027: BGP", "WALC2027: DNSSEC"]
    start = events[0].decoded("dtstart")
    assert start == datetime(2027, 5, 17, 9, 0, tzinfo=ZoneInfo("America/Asuncion"))
    assert start.utcoffset() is not None and start.utcoffset().total_seconds() == -3 * 3600
    assert "Instructores: Ana D'Souza" in str(events[0]["description"])
    assert str(events[0]["location"]) == "Sala 1, Hotel Guaraní, Asunción"
    assert cal.walk("VTIMEZONE"), "the zone travels with the file"
    # One trainer's calendar has only their sessions; the uid is stable across exports.
    mine = tmp_path / "ana.ics"
    export_schedule_ics(db, wid, mine, trainer_id=ana, now=stamp)
    _cal, only = _events(mine)
    assert [str(e["uid"]) for e in only] == [str(events[0]["uid"])]
    # Without a city where the country has several clocks: floating times, and a note.
    update_workshop(db, wid, replace_city(get_workshop(db, wid), "MX"))
    floating = export_schedule_ics(db, wid, tmp_path / "f.ics", language="en", now=stamp)
    assert floating.timezone is None
    cal, events = _events(tmp_path / "f.ics")
    assert events[0].decoded("dtstart").tzinfo is None
    assert "time zone could not be determined" in str(cal["x-wr-caldesc"])


def replace_city(data: WorkshopData, country: str) -> WorkshopData:
    from dataclasses import replace

    return replace(data, city=None, country=country)
