"""A database from before demo rows were marked: the demo earlier versions put into every
new database is found again, so `demo --remove` can take it out; real work stays real."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from lacworkshop.services.demo.content import demo_counts, real_counts
from lacworkshop.storage.migrate import alembic_config


def _as_written_before(path: Path) -> None:
    """Take away what the 0003 revisions added, as if the file came from an earlier version."""
    # Later revisions go back through their own downgrades first.
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003_certs_code_versions")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        for table in ("workshop", "person", "signatory", "template"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN is_demo")
        con.execute("UPDATE person SET gender = 'Femenino' WHERE gender = 'female'")
        con.execute("ALTER TABLE person DROP COLUMN gender_text")
        con.execute("ALTER TABLE person DROP COLUMN consent_scope")
        con.execute("ALTER TABLE person DROP COLUMN erased_at")
        con.execute("DELETE FROM setting WHERE key = 'demo.database'")
        con.execute("UPDATE alembic_version SET version_num = '0002'")
        con.commit()
    finally:
        con.close()


def test_earlier_demo_is_marked_on_migration(db_path: Path) -> None:
    from lacworkshop.model import Role
    from lacworkshop.services.certificates.templates import add_signatory
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.demo.removal import remove_demo
    from lacworkshop.services.people.directory import PersonData, create_person
    from lacworkshop.services.people.participation import add_participants
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        populate(db, people=40, workshops=2)  # what a first start used to do
        real = create_workshop(
            db, WorkshopData("RDLAC-2025", "Red LAC 2025", date(2025, 3, 1), date(2025, 3, 5))
        )
        mine = create_person(db, PersonData("Inés", "Núñez Peña"))
        # A demo person the organiser also took into the real workshop is real now.
        demo_ws = workshop_id_for_code(db, "WALC2026")
        with db.session() as session:
            from sqlalchemy import select

            from lacworkshop.model import Participation

            kept = session.scalar(
                select(Participation.person_id).where(Participation.workshop_id == demo_ws)
            )
        add_participants(db, real, [mine, kept], Role.ATTENDEE)
        add_signatory(db, None, "Rosa Quispe Mamani", "Directora")
    finally:
        db.close()
    _as_written_before(db_path)

    db = open_database(db_path)  # backs up, then migrates
    try:
        found = demo_counts(db)
        assert (found.workshops, found.people) == (2, 39)
        assert found.signatories == 3  # the coordinator and each demo workshop's own
        stays = real_counts(db)
        assert (stays.workshops, stays.people, stays.signatories) == (1, 2, 1)
        remove_demo(db)
        assert demo_counts(db).total == 0
        assert real_counts(db) == stays
    finally:
        db.close()
    con = sqlite3.connect(db_path)
    genders = {g for (g,) in con.execute("SELECT gender FROM person")}
    con.close()
    assert "Femenino" not in genders
