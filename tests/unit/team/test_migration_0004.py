"""A database from before 0004 keeps every row when it gains uuids and version counters."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from lacworkshop.storage import open_database

TABLES = ("workshop", "track", "slot", "person", "participation", "attendance", "certificate")


def _counts(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_an_older_file_keeps_every_row(db_path: Path) -> None:
    from alembic import command

    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage.migrate import alembic_config

    db = open_database(db_path)
    populate(db, people=60, workshops=2)
    issue_certificates(db, workshop_id_for_code(db, "WALC2026"))
    before = _counts(db)
    assert before["attendance"] and before["certificate"]
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_badges_checkin")  # the revision before ours
    assert _counts(db) == before
    db.close()

    db = open_database(db_path)  # backs up, then migrates to the head
    try:
        assert _counts(db) == before
        with db.engine.connect() as conn:
            for table in ("person", "participation", "attendance", "track", "slot"):
                missing = conn.execute(text(f"SELECT count(*) FROM {table} WHERE uuid IS NULL"))
                assert missing.scalar_one() == 0
            distinct = conn.execute(text("SELECT count(DISTINCT uuid) FROM person")).scalar_one()
            assert distinct == before["person"]
    finally:
        db.close()
