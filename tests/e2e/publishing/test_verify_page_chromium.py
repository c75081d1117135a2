"""verify.html in a real browser: headless Chromium opens the published folder from disk."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

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
    signing_key,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates import revoke

    db, _wid, issued = register
    listed, unlisted, revoked = issued[0], issued[1], issued[4]
    revoke(db, revoked.id, "duplicate")
    publish_site(db, tmp_path / "site", ["WALC2026"])
    page = tmp_path / "site" / "verify.html"
    profile = tmp_path / "profile"

    def payload_of(row) -> str:  # type: ignore[no-untyped-def]
        return signing_key.payload(
            {
                "c": row.code,
                "v": row.version,
                "n": row.name,
                "w": "WALC2026",
                "t": "Taller",
                "d": ["2026-10-05", "2026-10-16"],
                "h": 36.5,
                "k": "participation",
                "i": "Fundación Redes del Sur",
            }
        )

    good = payload_of(unlisted)  # the QR proves itself: no listing needed
    verdict, heading, facts = _open(page, "lang=es", good, profile)
    assert (verdict, heading) == ("valid", "Certificado válido")
    assert unlisted.name in facts and f"{unlisted.code}, versión 1" in facts

    verdict, heading, facts = _open(page, "lang=en", _tamper(good), profile)
    assert (verdict, heading, facts) == ("invalid", "Not valid", "")

    verdict, _heading, _facts = _open(page, "lang=fr", payload_of(revoked), profile)
    assert verdict == "revoked"

    typed = listed.code.replace("-", " ").lower()
    verdict, heading, facts = _open(page, "lang=pt", typed, profile)
    assert (verdict, heading) == ("valid", "Certificado válido")
    assert listed.name in facts

    verdict, _heading, facts = _open(page, "lang=en", unlisted.code, profile)
    assert (verdict, facts) == ("not_listed", "")
