"""A register written before certificates kept their codes: migrated, every code verifies,
and issuing again in another language reprints rather than superseding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates.issuing import issue_certificates, list_certificates
from lacworkshop.services.certificates.verify import Verdict, verify
from lacworkshop.services.workshops.listing import workshop_id_for_code
from lacworkshop.storage import open_database

DAY = date(2026, 10, 16)


def test_codes_of_an_older_register_keep_verifying_after_the_migration(
    demo_db, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from lacworkshop.storage.migrate import alembic_config

    wid = workshop_id_for_code(demo_db, "WALC2026")
    first = issue_certificates(
        demo_db, wid, CertificateKind.PARTICIPATION, language="es", today=DAY
    )
    sent = {r.code: r.payload for r in first.issued}
    assert sent
    cfg = alembic_config()
    with demo_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003_privacy_consent_erasure")
    with demo_db.engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(certificate)"))}
        assert "facts_hash" not in columns
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == "0003_privacy_consent_erasure"
        )
    demo_db.close()

    db = open_database(db_path)  # backs up, then migrates to the head
    try:
        with db.engine.connect() as conn:
            hashes = conn.execute(text("SELECT DISTINCT facts_hash FROM certificate")).all()
            assert hashes == [("",)]
        for code, payload in sent.items():
            assert verify(db, code).verdict is Verdict.VALID
            assert verify(db, payload).verdict is Verdict.VALID
        again = issue_certificates(db, wid, CertificateKind.PARTICIPATION, language="pt", today=DAY)
        assert not again.issued and again.superseded == 0
        assert {r.code for r in again.reprinted} == set(sent)
        assert all(verify(db, p).verdict is Verdict.VALID for p in sent.values())
        rows = list_certificates(db, wid)
        assert len(rows) == len(sent) and all(r.language == "pt" for r in rows)
    finally:
        db.close()
