"""``lacworkshop people`` as a separate process on a real database file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lacworkshop.model import Role
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants
from lacworkshop.services.workshops.editing import WorkshopData, create_workshop
from lacworkshop.storage import open_database


def _fill(path: Path) -> None:
    db = open_database(path)
    try:
        wid = create_workshop(
            db,
            WorkshopData(
                "IXP-2027", "Taller IXP", date(2027, 5, 3), date(2027, 5, 5), tracks=("Peering",)
            ),
        )
        nunez = create_person(
            db, PersonData("Iñaki", "Núñez Peña", email="inaki@example.org", country="CL")
        )
        obrien = create_person(db, PersonData("Siobhán", "O'Brien", organisation="=HYPERLINK(1)"))
        create_person(db, PersonData("João", "da Silva", country="BR"))
        add_participants(db, wid, [nunez], Role.TRAINER)
        add_participants(db, wid, [obrien], Role.ATTENDEE)
    finally:
        db.close()


def test_people_lists_everyone_id_first(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _fill(path)
    out = run_cli("people", db=path, check=True).stdout.splitlines()
    assert out[0].split("\t")[:3] == ["id", "family_names", "given_names"]
    families = [line.split("\t")[1] for line in out[1:]]
    assert families == ["Núñez Peña", "O'Brien", "da Silva"]
    assert all(line.split("\t")[0].isdigit() for line in out[1:])


def test_people_search_ignores_accents(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _fill(path)
    out = run_cli("people", "--search", "inaki nunez", db=path, check=True).stdout.splitlines()
    assert len(out) == 2 and "Iñaki" in out[1]


def test_people_of_a_workshop_with_role_track_status(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _fill(path)
    out = run_cli("people", "--workshop", "ixp-2027", db=path, check=True).stdout.splitlines()
    header = out[0].split("\t")
    assert header[-3:] == ["role", "track", "status"]
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in out[1:]]
    assert [(r["family_names"], r["role"], r["status"]) for r in rows] == [
        ("Núñez Peña", "trainer", "registered"),
        ("O'Brien", "attendee", "registered"),
    ]
    out = run_cli("people", "--workshop", "IXP-2027", "--search", "siobhan", db=path, check=True)
    assert len(out.stdout.splitlines()) == 2


def test_unknown_workshop_is_one_clear_line(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _fill(path)
    proc = run_cli("people", "--workshop", "NOPE", db=path)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("lacworkshop: error:") and "NOPE" in proc.stderr
    assert "Traceback" not in proc.stderr
