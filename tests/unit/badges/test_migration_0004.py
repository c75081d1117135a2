"""A database from before badges migrates: every participation kept, codes to be given."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from lacworkshop.storage.migrate import alembic_config

BEFORE_BADGES = "0004_verify_keys"


def test_a_database_before_badges_gains_the_columns_and_keeps_its_rows(db_path: Path) -> None:
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    populate(db, people=30, workshops=1)
    db.close()
    # Back to the schema before badges, through the migrations' own downgrades.
    engine = create_engine(f"sqlite:///{db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, BEFORE_BADGES)
    engine.dispose()
    con = sqlite3.connect(db_path)
    before = con.execute("SELECT COUNT(*) FROM participation").fetchone()[0]
    assert before > 0
    columns = {row[1] for row in con.execute("PRAGMA table_info(participation)")}
    assert "checkin_code" not in columns
    con.close()

    db = open_database(db_path)  # backs up, then migrates
    db.close()
    con = sqlite3.connect(db_path)
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(participation)")}
        assert {"checkin_code", "badge_printed_at"} <= columns
        assert con.execute("SELECT COUNT(*) FROM participation").fetchone()[0] == before
        assert con.execute(
            "SELECT COUNT(*) FROM participation WHERE checkin_code IS NOT NULL"
        ).fetchone() == (0,)
        unique = [
            row
            for row in con.execute("PRAGMA index_list(participation)")
            if row[1].endswith("checkin_code")
        ]
        assert unique and unique[0][2] == 1
    finally:
        con.close()
