"""WALC2026 with its participation certificates issued: the signed payloads to check."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2026, 10, 16)


@pytest.fixture
def issued(demo_db):  # type: ignore[no-untyped-def]
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    wid = workshop_id_for_code(demo_db, "WALC2026")
    report = issue_certificates(
        demo_db, wid, CertificateKind.PARTICIPATION, today=DAY, before_end=True
    )
    assert report.issued
    return demo_db, wid, report
