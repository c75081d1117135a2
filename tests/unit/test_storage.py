"""The database file: pragmas, migrations, backups, the lock, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from lacworkshop.storage import open_database
from lacworkshop.storage.backup import automatic_backup, list_backups
from lacworkshop.storage.errors import DatabaseLockedError, NewerDatabaseError, NotADatabaseError
from lacworkshop.storage.migrate import head_revision

REPO = Path(__file__).resolve().parents[2]


def test_every_connection_has_the_pragmas(db) -> None:
    # Several pooled connections, each checked on its own.
    conns = [db.engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        for conn in conns:
            conn.close()


def test_migrates_an_empty_file_to_head(db_path: Path) -> None:
    db_path.touch()
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            tables = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            }
        assert {
            "person",
            "workshop",
            "track",
            "slot",
            "participation",
            "attendance",
            "certificate",
            "template",
            "signatory",
            "audit_log",
            "setting",
        } <= tables
        assert db.integrity_ok()
    finally:
        db.close()
    # No data, nothing to lose: no backup for a brand-new file.
    assert list_backups(db_path) == []


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of lacworkshop"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    # The refusal released the lock: a fixed-up file opens again.
    con = sqlite3.connect(db_path)
    con.execute(f"UPDATE alembic_version SET version_num = '{head_revision()}'")
    con.commit()
    con.close()
    open_database(db_path).close()


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("hola, esto no es una base de datos\n" * 20, encoding="utf-8")
    with pytest.raises(NotADatabaseError, match="not a lacworkshop database"):
        open_database(junk)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotADatabaseError, match="not a lacworkshop database"):
        open_database(other)


def test_older_database_is_backed_up_then_migrated_with_rows_kept(db_path: Path) -> None:
    from alembic import command

    from lacworkshop.storage.engine import make_engine
    from lacworkshop.storage.migrate import alembic_config

    engine = make_engine(db_path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (given_names, family_names, name_key, search_key, sort_key, created_at, updated_at)"
                " VALUES ('Iñaki', 'Núñez Ordóñez', '', '', '', '2026-01-01', '2026-01-01')"
            )
        )
    engine.dispose()

    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            assert conn.execute(text("SELECT family_names FROM person")).scalar() == "Núñez Ordóñez"
    finally:
        db.close()
    backups = list_backups(db_path)
    assert len(backups) == 1 and "before-migration" in backups[0].name
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT given_names FROM person").fetchone() == ("Iñaki",)
    con.close()


def test_backups_rotate(db, db_path: Path) -> None:
    for i in range(5):
        automatic_backup(db_path, f"test {i}", keep=3)
    kept = list_backups(db_path)
    assert [p.name.rsplit("-", 1)[-1] for p in kept] == ["2.sqlite3", "3.sqlite3", "4.sqlite3"]
    for p in kept:
        con = sqlite3.connect(p)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()


def test_second_instance_is_told_at_once(db, db_path: Path) -> None:
    start = time.monotonic()
    with pytest.raises(DatabaseLockedError, match="already open in another lacworkshop window"):
        open_database(db_path)
    assert time.monotonic() - start < 2


def _holder_script(db_path: Path, body: str) -> str:
    return textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from lacworkshop.storage import open_database
        db = open_database(Path({str(db_path)!r}))
        {body}
    """)


def test_lock_left_by_a_killed_process_is_recovered(db_path: Path) -> None:
    script = _holder_script(db_path, "print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseLockedError, match=f"process {proc.pid}"):
            open_database(db_path)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert Path(str(db_path) + ".lock.json").exists()  # the crash left its traces
    db = open_database(db_path)
    assert db.integrity_ok()
    db.close()


def test_kill_during_a_write_leaves_the_file_intact(db_path: Path) -> None:
    open_database(db_path).close()
    body = textwrap.dedent("""
        from sqlalchemy import insert
        from lacworkshop.model import Person
        rows = [dict(given_names=f'Ana {i}', family_names='Peña', name_key='', search_key='', sort_key='') for i in range(200)]
        with db.session() as s:
            for _ in range(100000):
                s.execute(insert(Person), rows)
                print('writing', flush=True)
    """).replace("\n", "\n        ")
    proc = subprocess.Popen(
        [sys.executable, "-c", _holder_script(db_path, body)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        for _ in range(30):
            assert proc.stdout.readline().strip() == "writing"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    db = open_database(db_path)
    try:
        assert db.integrity_ok()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 0
    finally:
        db.close()


def test_foreign_keys_cascade_on_purpose(demo_db) -> None:
    from sqlalchemy import delete, func, select

    from lacworkshop.model import Attendance, AuditLog, Participation, Person, Workshop

    db = demo_db
    with db.session() as s:
        ws_id = s.scalar(select(Workshop.id).where(Workshop.code == "WALC2026"))
        person_ids = list(
            s.scalars(select(Participation.person_id).where(Participation.workshop_id == ws_id))
        )
        assert s.scalar(
            select(func.count(Attendance.id))
            .join(Participation)
            .where(Participation.workshop_id == ws_id)
        )
        s.add(AuditLog(action="test", entity="workshop", entity_id=ws_id, summary="before delete"))
    with db.session() as s:
        s.execute(delete(Workshop).where(Workshop.id == ws_id))
    with db.session() as s:
        # Participations and marks go with the workshop; people and the audit log stay.
        assert (
            s.scalar(select(func.count(Participation.id)).where(Participation.workshop_id == ws_id))
            == 0
        )
        assert (
            s.scalar(
                select(func.count(Attendance.id)).where(
                    ~Attendance.participation_id.in_(select(Participation.id))
                )
            )
            == 0
        )
        assert s.scalar(select(func.count(Person.id)).where(Person.id.in_(person_ids))) == len(
            person_ids
        )
        assert s.scalar(select(func.count(AuditLog.id))) == 1


def test_constraints_keep_the_data_honest(demo_db) -> None:
    from datetime import date

    from sqlalchemy import select
    from sqlalchemy.exc import IntegrityError

    from lacworkshop.model import Attendance, Mark, Participation, Slot, Workshop

    db = demo_db
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(
            Workshop(
                code="WALC2026",
                title="again",
                start_date=date(2026, 1, 1),
                end_date=date(2026, 1, 2),
            )
        )
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(
            Workshop(
                code="BACKWARDS", title="x", start_date=date(2026, 1, 2), end_date=date(2026, 1, 1)
            )
        )
    with db.session() as s:
        att = s.scalars(select(Attendance)).first()
        assert att is not None
        part_id, slot_id = att.participation_id, att.slot_id
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Attendance(participation_id=part_id, slot_id=slot_id, mark=Mark.ABSENT))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Attendance(participation_id=part_id, slot_id=10**6, mark=Mark.ABSENT))
    with db.session() as s:
        assert s.get(Participation, part_id) is not None and s.get(Slot, slot_id) is not None
