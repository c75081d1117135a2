"""0004_import19_extref: an older database gains the registration number of a
participation, and going back and forth loses no participation, mark or certificate."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from lacworkshop.storage import open_database

COUNTS = (
    "SELECT (SELECT count(*) FROM participation), (SELECT count(*) FROM attendance), "
    "(SELECT count(*) FROM certificate)"
)


def test_older_database_gains_external_ref_and_keeps_every_row(demo_db, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from lacworkshop.storage.migrate import alembic_config

    with demo_db.engine.connect() as conn:
        before = conn.execute(text(COUNTS)).one()
    assert before[0] > 0 and before[1] > 0
    cfg = alembic_config()
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_team_sync")
    with demo_db.engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(participation)"))}
        assert "external_ref" not in columns
        assert conn.execute(text(COUNTS)).one() == before
    demo_db.close()

    db = open_database(db_path)  # backs up, then migrates to the head
    try:
        with db.engine.connect() as conn:
            columns = {row[1] for row in conn.execute(text("PRAGMA table_info(participation)"))}
            assert "external_ref" in columns
            indexes = {row[1] for row in conn.execute(text("PRAGMA index_list(participation)"))}
            assert "ix_participation_external_ref" in indexes
            assert conn.execute(text(COUNTS)).one() == before
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        db.close()
