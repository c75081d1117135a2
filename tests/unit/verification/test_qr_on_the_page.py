"""The signed QR on a printed certificate reads at 70 dpi in every built-in style; a
certificate from before signed payloads (LACW1) still verifies against the register."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from lacworkshop.services.certificates.verify import Verdict, verify
from lacworkshop.services.verification import set_verify_url
from lacworkshop.services.verification.verify_input import verify_given


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
@pytest.mark.parametrize("template", ["Classic", "Modern", "Bilingual"])
def test_the_qr_reads_at_70_dpi(demo_db, tmp_path: Path, template: str) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.certificates.output import write_merged
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    # The longest QR text there is: a verification address with the payload after it.
    set_verify_url(demo_db, "https://certificados.example.org/lacnet/verify.html")
    wid = workshop_id_for_code(demo_db, "WALC2026")
    report = issue_certificates(
        demo_db, wid, CertificateKind.PARTICIPATION, template=template, before_end=True
    )
    rows = sorted(report.issued, key=lambda r: -len(r.payload))[:1]
    pdf = tmp_path / "one.pdf"
    write_merged(demo_db, rows, pdf, wid)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(tmp_path / "p")], check=True
    )
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "p.png"))
    assert [r.text for r in found] == [rows[0].payload]
    assert verify(demo_db, found[0].text).verdict is Verdict.VALID


def test_a_certificate_signed_the_older_way_still_verifies(issued) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Certificate
    from lacworkshop.services.certificates.signing import make_payload, signing_key

    db, _wid, report = issued
    row = report.issued[0]
    with db.session() as session:
        old = make_payload(
            signing_key(session), row.code, "WALC2026", row.name, row.hours, "2026-10-16"
        )
        cert = session.get(Certificate, row.id)
        assert cert is not None
        cert.payload = old
        cert.status_index = None
    assert old.startswith("LACW1|")
    assert verify(db, old).verdict is Verdict.VALID
    answer = verify_given(db, old).value
    assert answer.ok and answer.certified is None
    altered = old[:-1] + ("Q" if old[-1] != "Q" else "R")
    assert verify(db, altered).verdict is Verdict.FORGED
    assert answer.lines("es")[0].startswith("VÁLIDO")


def test_a_giant_image_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    from lacworkshop.errors import BadFile

    giant = tmp_path / "giant.png"
    Image.new("1", (9_000, 9_000), 1).save(giant)  # 81 million pixels, a small file
    assert giant.stat().st_size < 1_000_000
    with pytest.raises(BadFile) as refused:
        verify_given(None, str(giant), public_key=None)
    assert refused.value.key == "verify.unreadable_file"
