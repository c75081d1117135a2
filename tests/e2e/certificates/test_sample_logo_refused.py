"""A real workshop's certificates never carry the demo's sample logo or signatory."""

from __future__ import annotations

import io
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest


def _png(colour: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 60), colour).save(out, "PNG")
    return out.getvalue()


def _real_workshop_with_demo_beside(path: Path) -> int:
    """A finished real workshop with one eligible attendee, in a database holding the demo."""
    from lacworkshop.model import Participation, ParticipationStatus, Role
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.people.directory import PersonData, create_person
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop
    from lacworkshop.storage import open_database

    db = open_database(path)
    try:
        populate(db, people=20, workshops=1)  # sample logo and the demo's signatories
        wid = create_workshop(
            db,
            WorkshopData(
                code="RDLAC-2025",
                title="Red LAC 2025",
                start_date=date(2025, 3, 10),
                end_date=date(2025, 3, 14),
                tracks=("Redes",),
            ),
        )
        pid = create_person(db, PersonData("Inés", "Núñez Peña", language="es"))
        with db.session() as session:
            session.add(
                Participation(
                    workshop_id=wid,
                    person_id=pid,
                    role=Role.ATTENDEE,
                    status=ParticipationStatus.CONFIRMED,
                    eligibility_override=True,
                    override_reason="attended the make-up sessions",
                )
            )
        return wid
    finally:
        db.close()


@pytest.fixture
def real_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "work.sqlite3"
    return path, _real_workshop_with_demo_beside(path)


def test_issue_is_refused_until_logo_and_signatory_are_set(real_db, run_cli) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.certificates.readiness import certificate_readiness
    from lacworkshop.services.certificates.templates import add_sample_signatory, add_signatory
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.organisation import set_organisation_logo
    from lacworkshop.storage import open_database

    path, wid = real_db
    out = path.parent / "real.pdf"
    proc = run_cli("certificates", "issue", "--workshop", "RDLAC-2025", "-o", str(out), db=path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "organisation's logo (Edit > Preferences)" in proc.stderr
    assert "a signatory of your own" in proc.stderr
    assert not out.exists()

    db = open_database(path)
    try:
        found = certificate_readiness(db, wid)
        # The demo's coordinator signs demo workshops only: this one has nobody to sign.
        assert found.sample_logo and found.no_signatory and not found.sample_signatories
        # A signatory with the bundled sample scan is still a sample.
        add_sample_signatory(db, wid, "Prueba Firmante")
        set_organisation_logo(db, _png("navy"))
        with pytest.raises(ValidationError, match="signed by Prueba Firmante"):
            issue_certificates(db, wid)
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM certificate c JOIN participation p "
                           "ON p.id = c.participation_id WHERE p.workshop_id = ?",
                           (wid,)).fetchone()[0] == 0  # fmt: skip
        con.close()
        con = sqlite3.connect(path)
        con.execute("DELETE FROM signatory WHERE name = 'Prueba Firmante'")
        con.commit()
        con.close()
        add_signatory(db, wid, "Rosa Quispe Mamani", "Directora", "Red LAC", _png("black"))
        assert certificate_readiness(db, wid).ready
    finally:
        db.close()

    run_cli("certificates", "issue", "--workshop", "RDLAC-2025", "-o", str(out), db=path,
            check=True)  # fmt: skip
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Rosa Quispe Mamani" in text and "Inés Núñez Peña" in text
    assert "Peñalba" not in text  # the demo's coordinator never signs real work


def test_demo_workshop_beside_keeps_its_samples(real_db, run_cli) -> None:  # type: ignore[no-untyped-def]
    path, _wid = real_db
    out = path.parent / "demo.pdf"
    run_cli("certificates", "issue", "--workshop", "WALC2026", "-o", str(out), db=path,
            check=True)  # fmt: skip
    assert out.stat().st_size > 0
