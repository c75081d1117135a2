"""verify.html in a real browser: headless Chromium opens the published folder from disk."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from lacworkshop.model import CertificateKind
from lacworkshop.services.publishing import publish_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)"),
]


def _open(page: Path, query: str, fragment: str, profile: Path) -> tuple[str, str, str]:
    """(verdict, verdict heading, facts text) the page shows for *fragment*."""
    assert CHROMIUM is not None
    url = f"{page.as_uri()}?{query}#{fragment}"
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            f"--user-data-dir={profile}",
            # Virtual time runs the page's promises (WebCrypto) to the end before the dump.
            "--virtual-time-budget=5000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    dom = proc.stdout
    verdict = re.search(r'<section id="result"[^>]*data-verdict="([a-z_]+)"', dom)
    heading = re.search(r'<p id="verdict">([^<]*)</p>', dom)
    facts = re.search(r'<dl id="facts"[^>]*>(.*?)</dl>', dom, re.S)
    assert verdict and heading, dom[-2000:]
    text = html.unescape(re.sub(r"<[^>]+>", " ", facts.group(1))) if facts else ""
    return verdict.group(1), html.unescape(heading.group(1)), " ".join(text.split())


def _tamper(payload: str) -> str:
    """The payload with one character of its signed body changed."""
    head, body, signature = payload.split(".")
    i = len(body) // 2
    swapped = "B" if body[i] != "B" else "C"
    return ".".join((head, body[:i] + swapped + body[i + 1 :], signature))


def test_the_page_accepts_a_real_payload_rejects_a_tampered_one_and_looks_up_typed_codes(
    register,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.credentials import find_payload
    from lacworkshop.model import Person
    from lacworkshop.services.certificates import issue_certificates, reissue, revoke
    from lacworkshop.services.verification import rotate_key, set_verify_url

    db, wid, issued = register
    listed, unlisted, revoked = issued[0], issued[1], issued[4]
    revoke(db, revoked.id, "duplicate")
    with db.session() as session:
        person = session.get(Person, issued[2].person_id)
        assert person is not None
        person.preferred_name = "Ana Lúcia D'Ávila"
    assert reissue(db, issued[2].id, before_end=True).issued[0].version == 2
    # Certificates signed before a rotation still verify: the old key is published too.
    rotate_key(db)
    set_verify_url(db, "https://example.org/certificados/verify.html")
    trainer = issue_certificates(db, wid, CertificateKind.TRAINER, before_end=True).issued[0]
    publish_site(db, tmp_path / "site", ["WALC2026"])
    page = tmp_path / "site" / "verify.html"
    profile = tmp_path / "profile"

    # The QR holds the verification address with the payload after "#": a phone opens the
    # published page with it, as this opens the folder's copy.
    assert trainer.payload.startswith("https://example.org/certificados/verify.html#LW2.")
    verdict, heading, facts = _open(page, "lang=es", trainer.payload.split("#", 1)[1], profile)
    assert (verdict, heading) == ("valid", "Certificado válido")
    assert trainer.name in facts and "Instructor" in facts

    good = find_payload(unlisted.payload)  # signed by the retired key; no listing needed
    assert good is not None and good.startswith("LW2.")
    verdict, heading, facts = _open(page, "lang=fr", good, profile)
    assert (verdict, heading) == ("valid", "Certificat valide")
    assert unlisted.name in facts and f"{unlisted.code}, version 1" in facts

    verdict, heading, facts = _open(page, "lang=en", _tamper(good), profile)
    assert (verdict, heading, facts) == ("invalid", "Not valid", "")

    revoked_payload = find_payload(revoked.payload)
    assert revoked_payload is not None
    verdict, _heading, _facts = _open(page, "lang=en", revoked_payload, profile)
    assert verdict == "revoked"

    old_version = find_payload(issued[2].payload)
    assert old_version is not None
    verdict, _heading, facts = _open(page, "lang=en", old_version, profile)
    assert verdict == "superseded" and issued[2].name in facts

    typed = listed.code.replace("-", " ").lower()
    verdict, heading, facts = _open(page, "lang=pt", typed, profile)
    assert (verdict, heading) == ("valid", "Certificado válido")
    assert listed.name in facts

    verdict, _heading, facts = _open(page, "lang=en", unlisted.code, profile)
    assert (verdict, facts) == ("not_listed", "")
