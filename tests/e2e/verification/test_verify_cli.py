"""``lacworkshop verify`` end to end: a certificate PDF, a phone photo of its printout,
its Open Badges credential, with the register and with the public key alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageFilter


@pytest.fixture(scope="module")
def issued(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A demo register whose WALC2026 certificates were issued one PDF per person."""
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database

    root = tmp_path_factory.mktemp("verify")
    path = root / "walc.sqlite3"
    db = open_database(path)
    try:
        populate(db, people=30, workshops=2)
    finally:
        db.close()
    return root, path


def _cli(*args: str, db: Path | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    import os
    import sys

    cmd = [sys.executable, "-m", "lacworkshop"] + (["--db", str(db)] if db else []) + list(args)
    env = dict(os.environ, LANG="C.UTF-8")
    env.pop("LACWORKSHOP_DB", None)
    env.pop("LC_ALL", None)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


@pytest.mark.slow
def test_pdf_photo_and_credential_verify_through_the_cli(issued) -> None:  # type: ignore[no-untyped-def]
    root, db = issued
    out = root / "out"
    setup = _cli("organisation", "--name", "LAC·NET", db=db, cwd=root)
    assert setup.returncode == 0, setup.stderr
    made = _cli(
        "certificates", "issue", "--workshop", "WALC2026", "--per-person", str(out),
        "--before-end", db=db, cwd=root,
    )  # fmt: skip
    assert made.returncode in (0, 3), made.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert pdfs and len(list(out.glob("*.jwt"))) == len(pdfs)
    pdf = pdfs[0]
    code = pdf.stem.rsplit(" - ", 1)[1]
    assert (
        _cli("keys", "export-public", "-o", str(root / "org.pem"), db=db, cwd=root).returncode == 0
    )

    by_pdf = _cli("verify", str(pdf), db=db, cwd=root)
    assert by_pdf.returncode == 0, by_pdf.stdout + by_pdf.stderr
    assert by_pdf.stdout.startswith(f"VALID: participation certificate {code}")
    assert "Issuer: LAC·NET" in by_pdf.stdout

    # A photo: the page rendered, scaled down, turned a few degrees, blurred, as a JPEG.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(root / "page")], check=True
    )
    page = Image.open(root / "page.png").convert("RGB")
    photo = page.resize((int(page.width * 0.7), int(page.height * 0.7)))
    photo = photo.rotate(4, expand=True, fillcolor=(235, 230, 220), resample=Image.BICUBIC)
    photo = photo.filter(ImageFilter.GaussianBlur(0.6))
    photo.save(root / "photo.jpg", quality=80)
    for image in ("page.png", "photo.jpg"):
        result = _cli("verify", str(root / image), db=db, cwd=root)
        assert (
            result.returncode == 0 and f"VALID: participation certificate {code}" in result.stdout
        )

    # The public key alone: no database is opened (none exists where it runs).
    alone = root / "elsewhere"
    alone.mkdir(exist_ok=True)
    keyed = _cli(
        "--db", str(alone / "none.sqlite3"), "verify", str(root / "photo.jpg"),
        "--public-key", str(root / "org.pem"), db=None, cwd=alone,
    )  # fmt: skip
    assert keyed.returncode == 0, keyed.stderr
    assert keyed.stdout.startswith(f"VALID SIGNATURE: certificate {code}")
    assert not (alone / "none.sqlite3").exists()

    badge = pdf.with_suffix(".jwt")
    assert _cli("verify", str(badge), db=db, cwd=root).returncode == 0
    by_key = _cli("verify", str(badge), "--public-key", str(root / "org.pem"), db=None, cwd=alone)
    assert by_key.returncode == 0 and "VALID CREDENTIAL" in by_key.stdout
    token = badge.read_text()
    head, body, sig = token.split(".")
    tampered = root / "tampered.jwt"
    tampered.write_text(f"{head}.{body[:-4]}AAAA.{sig}")
    bad = _cli("verify", str(tampered), "--public-key", str(root / "org.pem"), db=None, cwd=alone)
    assert bad.returncode == 1 and bad.stdout.startswith("INVALID")

    # Revoked now: the PDF says so, with the reason.
    assert (
        _cli("certificates", "revoke", code, "--reason", "wrong person", db=db, cwd=root).returncode
        == 0
    )
    revoked = _cli("verify", str(pdf), db=db, cwd=root)
    assert revoked.returncode == 1 and revoked.stdout.startswith("REVOKED")
    assert "wrong person" in revoked.stdout


def test_a_file_with_no_certificate_qr_says_so(issued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _root, db = issued
    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(blank)
    result = _cli("verify", str(blank), db=db, cwd=tmp_path)
    assert result.returncode == 1
    assert (
        result.stderr.strip() == f"lacworkshop: error: No certificate QR code was found in {blank}."
    )
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    result = _cli("verify", str(junk), db=db, cwd=tmp_path)
    assert "cannot be read" in result.stderr or "is not a PDF" in result.stderr
