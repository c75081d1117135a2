"""The demo kept apart from real work, on real database files through the CLI."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from lacworkshop.storage.paths import backup_dir_for

TABLES = ("workshop", "person", "signatory", "participation", "slot", "attendance")


def _counts(db: Path) -> dict[str, tuple[int, int]]:
    """Per table: (demo rows, real rows); tables without the flag count all rows as real."""
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            cols = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
            if "is_demo" in cols:
                demo = con.execute(f"SELECT count(*) FROM {table} WHERE is_demo").fetchone()[0]
                real = con.execute(f"SELECT count(*) FROM {table} WHERE NOT is_demo").fetchone()[0]
            else:
                demo, real = 0, con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            out[table] = (demo, real)
        return out
    finally:
        con.close()


def _real_work(db_path: Path) -> None:
    """A real workshop with one person in it, and the organisation's own signatory."""
    from lacworkshop.model import Role
    from lacworkshop.services.certificates.templates import add_signatory
    from lacworkshop.services.people.directory import PersonData, create_person
    from lacworkshop.services.people.participation import add_participants
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        wid = create_workshop(
            db,
            WorkshopData(
                code="RDLAC-2027",
                title="Red LAC 2027",
                start_date=date(2027, 3, 1),
                end_date=date(2027, 3, 5),
            ),
        )
        pid = create_person(db, PersonData("Inés", "Núñez Peña", gender="Mujer"))
        add_participants(db, wid, [pid], Role.ATTENDEE)
        add_signatory(db, None, "Rosa Quispe", "Directora")
    finally:
        db.close()


def test_demo_refused_into_real_work_then_into_current_then_removed(
    run_cli, tmp_path: Path
) -> None:
    db = tmp_path / "work.sqlite3"
    run_cli("workshops", db=db, check=True)  # creates the empty database
    _real_work(db)
    before = _counts(db)
    assert before["workshop"] == (0, 1) and before["person"] == (0, 1)

    refused = run_cli("demo", db=db)
    assert refused.returncode == 1
    assert "holds real work" in refused.stderr and "--into-current" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _counts(db) == before  # nothing added

    run_cli("demo", "--into-current", "--people", "40", db=db, check=True)
    mixed = _counts(db)
    assert mixed["workshop"] == (3, 1) and mixed["person"] == (40, 1)
    assert mixed["signatory"][0] > 0

    removed = run_cli("demo", "--remove", db=db, check=True)
    assert "Demo removed: 3 workshops, 40 people" in removed.stdout
    after = _counts(db)
    assert after == before  # every demo row gone, every real row still there
    con = sqlite3.connect(db)
    names = con.execute("SELECT given_names, family_names, gender FROM person").fetchall()
    signers = con.execute("SELECT name FROM signatory").fetchall()
    con.close()
    assert names == [("Inés", "Núñez Peña", "female")]
    assert signers == [("Rosa Quispe",)]
    assert list(backup_dir_for(db).glob("*before-demo-removal*"))

    again = run_cli("demo", "--remove", db=db, check=True)
    assert "no demo data" in again.stdout


def test_demo_into_an_empty_database_and_removed(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    run_cli("demo", "--people", "30", "--workshops", "2", db=db, check=True)
    counts = _counts(db)
    assert counts["workshop"] == (2, 0) and counts["person"] == (30, 0)
    assert counts["participation"][1] > 0  # (participations are not flagged: they go with them)
    run_cli("demo", "--remove", db=db, check=True)
    assert all(value == (0, 0) for value in _counts(db).values())
