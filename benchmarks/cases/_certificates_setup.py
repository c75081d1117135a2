"""A workshop with 2,000 certificates issued, shared by the certificate benchmarks."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

N = 2000


def issued_workshop():  # type: ignore[no-untyped-def]
    """(db, workshop id, 2,000 certificate rows, seconds the issuing took)."""
    from sqlalchemy import update

    from lacworkshop.model import CertificateKind, Participation, Role
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.certificates.templates import add_sample_signatory
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import list_workshops
    from lacworkshop.storage import open_database

    folder = Path(tempfile.mkdtemp(prefix="lw-bench-"))
    db = open_database(folder / "bench.sqlite3")
    populate(db, people=int(N * 1.15), workshops=1)
    wid = list_workshops(db)[0].id
    with db.session() as session:
        session.execute(
            update(Participation)
            .where(Participation.workshop_id == wid, Participation.role == Role.ATTENDEE)
            .values(eligibility_override=True)
        )
    add_sample_signatory(db, wid, "María José Fernández", "Directora académica")
    add_sample_signatory(db, wid, "Hervé Saint-Éloi", "Coordinador técnico")
    start = time.perf_counter()
    report = issue_certificates(db, wid, CertificateKind.COMPLETION, "Classic", "auto")
    issuing = time.perf_counter() - start
    rows = report.certificates[:N]
    assert len(rows) == N, len(rows)
    return db, wid, rows, issuing, folder
