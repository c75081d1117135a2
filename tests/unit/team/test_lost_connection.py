"""On PostgreSQL a connection the server dropped (a restart, a network that came back) is
replaced before the next unit of work, and a unit of work that lost it midway runs once
more: the edit is not lost. Needs LACWORKSHOP_TEST_PG_URL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from lacworkshop.services.people.directory import (
    PersonData,
    create_person,
    get_person,
    update_person,
)
from lacworkshop.storage.database import open_server_database
from tests.conftest import pg_url
from tests.pg_databases import _admin


def _drop_connections(url: str) -> int:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    with _admin(str(pg_url())) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (name,),
        ).fetchall()
    return len(rows)


def test_an_edit_after_the_server_dropped_us_goes_through(pg_database: str, tmp_path: Path) -> None:
    db = open_server_database(pg_database, place=tmp_path / "server.pg")
    try:
        pid = create_person(db, PersonData("Ñusta", "Quispe", email="nusta@example.org"))
        assert _drop_connections(pg_database) >= 1
        update_person(db, pid, replace(get_person(db, pid), organisation="LACNIC"))
        assert get_person(db, pid).organisation == "LACNIC"
    finally:
        db.close()


def test_a_unit_of_work_cut_midway_runs_again(pg_database: str, tmp_path: Path) -> None:
    db = open_server_database(pg_database, place=tmp_path / "server.pg")
    tries: list[int] = []
    try:
        pid = create_person(db, PersonData("Chloé", "D'Arcy", email="chloe@example.org"))

        def work(session) -> str:  # type: ignore[no-untyped-def]
            tries.append(1)
            session.execute(text("UPDATE person SET phone = '+598 1' WHERE id = :id"), {"id": pid})
            if len(tries) == 1:
                _drop_connections(pg_database)  # the line goes down before the commit
                session.execute(text("SELECT 1"))
            return "saved"

        assert db.run(work) == "saved"
    finally:
        db.close()
    assert len(tries) == 2
    db = open_server_database(pg_database, place=tmp_path / "server.pg")
    try:
        assert get_person(db, pid).phone == "+598 1"
    finally:
        db.close()
