"""The track is printed only where a workshop has parallel tracks."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from lacworkshop.model import CertificateKind, Workshop
from lacworkshop.services.certificates.issuing import issue_certificates


def _details(db, code: str) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        wid = s.scalar(select(Workshop.id).where(Workshop.code == code))
    report = issue_certificates(db, wid, CertificateKind.PARTICIPATION, today=date(2026, 11, 28))
    assert report.issued
    return [json.dumps(r.snapshot, ensure_ascii=False) for r in report.issued]


def test_track_only_for_parallel_tracks(demo_db) -> None:
    walc = _details(demo_db, "WALC2026")  # three tracks
    assert all(
        any(t in text for t in ("Routing and BGP", "Network security", "DNS and DNSSEC"))
        for text in walc
    )
    dnssec = _details(demo_db, "DNSSEC-2026")  # one track, "General"
    assert not any("General" in text for text in dnssec)
