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


def _audited(db, entity: str, entity_id: int) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from lacworkshop.model import AuditLog

    with db.session() as session:
        return int(
            session.scalar(
                select(func.count(AuditLog.id)).where(
                    AuditLog.entity == entity, AuditLog.entity_id == entity_id
                )
            )
            or 0
        )


def test_edits_of_any_service_land_once_across_a_dropped_connection(
    pg_database: str, tmp_path: Path
) -> None:
    """Workshop, session and attendance edits (no bundle in sight): the server kills our
    backend between two edits; the second edit lands, once."""
    from sqlalchemy import select

    from lacworkshop.model import Mark, Slot, Workshop
    from lacworkshop.services.attendance.marking import mark_session
    from lacworkshop.services.workshops.editing import get_workshop, update_workshop
    from lacworkshop.services.workshops.schedule import get_slot, update_slot
    from tests.unit.team.workshop_setup import build, ids_by_email, marks, slots_by_topic

    db = open_server_database(pg_database, place=tmp_path / "server.pg")
    try:
        built = build(db)
        wid, sid = built.workshop, slots_by_topic(db)["Routing 9"]
        update_workshop(db, wid, replace(get_workshop(db, wid), venue="Hotel Guaraní"))
        assert _drop_connections(pg_database) >= 1
        update_workshop(db, wid, replace(get_workshop(db, wid), venue="Universidad Nacional"))
        assert _drop_connections(pg_database) >= 1
        update_slot(db, sid, replace(get_slot(db, sid), room="Aula 1"))
        assert _drop_connections(pg_database) >= 1
        mark_session(db, sid, [(ids_by_email(db)["ana@example.org"], Mark.PRESENT)])

        with db.session() as session:
            w = session.get(Workshop, wid)
            s = session.get(Slot, sid)
            assert w is not None and s is not None
            assert (w.venue, w.version) == ("Universidad Nacional", 3)  # created, 2 edits
            assert (s.room, s.version) == ("Aula 1", 2)
            n_slots = len(list(session.scalars(select(Slot.id))))
        assert _audited(db, "workshop", wid) == 3  # created and two edits, each once
        assert _audited(db, "slot", sid) == 3  # created, edited, marked: each once
        assert marks(db) == {("ana@example.org", "Routing 9"): "present"}
        assert n_slots == 4
    finally:
        db.close()


def test_a_service_unit_cut_midway_saves_nothing_and_says_so(
    pg_database: str, tmp_path: Path
) -> None:
    import pytest

    from lacworkshop.storage.errors import ConnectionLostError

    db = open_server_database(pg_database, place=tmp_path / "server.pg")
    try:
        pid = create_person(db, PersonData("Chloé", "D'Arcy", email="chloe@example.org"))
        with pytest.raises(ConnectionLostError) as lost, db.session() as session:
            session.execute(text("UPDATE person SET phone = '+598 1' WHERE id = :id"), {"id": pid})
            _drop_connections(pg_database)
            session.execute(text("SELECT 1"))
        assert "nothing was saved" in str(lost.value)
        assert get_person(db, pid).phone is None  # rolled back whole
        update_person(db, pid, replace(get_person(db, pid), phone="+598 2"))
        assert get_person(db, pid).phone == "+598 2"
    finally:
        db.close()


def test_marks_cut_midway_by_a_killed_backend_land_once(pg_database: str, tmp_path: Path) -> None:
    """The server kills our backend just before the marks are written: the unit rolls back,
    runs once more on a fresh connection, and each mark is there once, audited once."""
    from sqlalchemy import event, func, select

    from lacworkshop.model import Attendance, AuditLog, Mark
    from lacworkshop.services.attendance.marking import mark_session
    from tests.unit.team.workshop_setup import build, ids_by_email, marks, slots_by_topic

    db = open_server_database(pg_database, place=tmp_path / "server.pg")
    try:
        build(db)
        people, sid = ids_by_email(db), slots_by_topic(db)["Routing 9"]
        killed: list[str] = []

        def kill_before_insert(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
            if statement.startswith("INSERT INTO attendance") and not killed:
                killed.append(statement)
                assert _drop_connections(pg_database) >= 1

        event.listen(db.engine, "before_cursor_execute", kill_before_insert)
        result = mark_session(
            db,
            sid,
            [(people["ana@example.org"], Mark.PRESENT), (people["joao@example.org"], Mark.LATE)],
        )
        event.remove(db.engine, "before_cursor_execute", kill_before_insert)
        assert killed and result.changed == 2
        assert marks(db) == {
            ("ana@example.org", "Routing 9"): "present",
            ("joao@example.org", "Routing 9"): "late",
        }
        with db.session() as session:
            assert session.scalar(select(func.count(Attendance.id))) == 2
            audited = session.scalar(
                select(func.count(AuditLog.id)).where(AuditLog.action == "attendance")
            )
        assert audited == 1
    finally:
        db.close()
