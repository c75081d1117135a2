"""``backup`` and ``restore latest`` bring back what was deleted, on either engine: a
SQLite file is copied, a PostgreSQL server is dumped with pg_dump and read back with
pg_restore (the ``db`` fixture runs this on both when a test server is given)."""

from __future__ import annotations

from datetime import date

from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.storage import Database
from lacworkshop.storage.migrate import HEAD_REVISION


def test_restore_latest_brings_back_a_deleted_person(db: Database, run_cli) -> None:  # type: ignore[no-untyped-def]
    create_person(db, PersonData("Ñusta", "Quispe Mamani", email="nusta@example.org"))
    gone = create_person(db, PersonData("Chloé", "D'Arcy", email="chloe@example.org"))
    place = db.path
    db.close()

    assert run_cli("backup", db=place, check=True).stdout.strip()
    listing = run_cli("backup", "--list", db=place, check=True).stdout.splitlines()
    assert len(listing) == 2  # the header and the one backup just taken
    # The same columns on either engine, read from the backup file itself.
    header, row = (line.split("\t") for line in listing)
    assert len(header) == len(row) == 8 and header[4:7] == ["revision", "workshops", "people"]
    assert row[2:7] == ["manual", "ok", HEAD_REVISION, "0", "2"]
    assert row[0].startswith(f"{date.today():%Y-%m-%d} ")
    assert row[-1].endswith(".dump" if db.url else ".sqlite3")

    run_cli("person", "delete", str(gone), "--yes", db=place, check=True)
    assert "D'Arcy" not in run_cli("people", db=place, check=True).stdout
    run_cli("restore", "latest", "--yes", db=place, check=True)
    people = run_cli("people", db=place, check=True).stdout
    assert "D'Arcy" in people and "Quispe Mamani" in people
