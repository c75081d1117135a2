"""A database from before 0005 keeps every row when it gains cleared marks, row bases and
who changed workshops and sessions; going back down drops only what 0005 added."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from lacworkshop.model import Mark
from lacworkshop.services.attendance.marking import mark_session
from lacworkshop.storage import open_database
from tests.unit.team.workshop_setup import build, ids_by_email, slots_by_topic

TABLES = ("workshop", "track", "slot", "person", "participation", "attendance")


def _counts(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _down(db, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from lacworkshop.storage.migrate import alembic_config

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_an_older_file_keeps_every_row_and_marks_can_be_cleared(db_path: Path) -> None:
    db = open_database(db_path)
    build(db)
    mark_session(
        db, slots_by_topic(db)["Routing 9"], [(ids_by_email(db)["ana@example.org"], Mark.PRESENT)]
    )
    before = _counts(db)
    _down(db, "0004_email_outbox")  # the revision before ours
    tables = set(inspect(db.engine).get_table_names())
    assert not {"attendance_cleared", "sync_base"} & tables
    assert _counts(db) == before
    db.close()

    db = open_database(db_path)  # backs up, then migrates to the head
    try:
        assert _counts(db) == before
        columns = {c["name"] for c in inspect(db.engine).get_columns("slot")}
        assert {"updated_at", "changed_by"} <= columns
        # The older file's mark can be cleared, and the clearing is kept.
        mark_session(
            db, slots_by_topic(db)["Routing 9"], [(ids_by_email(db)["ana@example.org"], None)]
        )
        with db.engine.connect() as conn:
            cleared = conn.execute(text("SELECT count(*) FROM attendance_cleared")).scalar_one()
        assert cleared == 1
    finally:
        db.close()
