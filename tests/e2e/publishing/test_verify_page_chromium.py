"""verify.html in a real browser: headless Chromium opens the published folder from disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lacworkshop.model import CertificateKind
from lacworkshop.services.publishing import publish_site
from tests.e2e.publishing.chromium_pipe import CHROMIUM, Browser

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)"),
]

# Waits for the page's verdict (WebCrypto answers asynchronously), then reads what it shows.
SHOWN = """new Promise((resolve) => {
  const start = Date.now();
  (function poll() {
    const box = document.getElementById("result");
    if (box.dataset.verdict) {
      resolve([box.dataset.verdict, document.getElementById("verdict").textContent,
               document.getElementById("facts").innerText]);
    } else if (Date.now() - start > 10000) {
      resolve(null);
    } else {
      setTimeout(poll, 10);
    }
  })();
})"""
BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


class Page:
    """The published verify.html in one browser; each look is a fresh load."""

    def __init__(self, browser: Browser, page: Path) -> None:
        self.browser = browser
        self.url = page.as_uri()
        self.loads = 0

    def open(self, lang: str, fragment: str = "") -> None:
        self.loads += 1  # a new query string: a real load, not a fragment change
        self.browser.open(f"{self.url}?lang={lang}&load={self.loads}#{fragment}")

    def shown(self) -> tuple[str, str, str]:
        found = self.browser.evaluate(SHOWN)
        assert found is not None, "the page showed no verdict"
        verdict, heading, facts = found
        return verdict, heading, " ".join(facts.split())

    def check_link(self, lang: str, fragment: str) -> tuple[str, str, str]:
        self.open(lang, fragment)
        return self.shown()

    def check_typed(self, lang: str, text: str) -> tuple[str, str, str]:
        self.open(lang)
        self.browser.evaluate('document.getElementById("query").focus()')
        self.browser.type_text(text)
        return self.shown()


def _one_character_changes(payload: str) -> list[str]:
    """The payload with each character in turn replaced by another."""
    out = []
    for i, ch in enumerate(payload):
        other = BASE64URL[(BASE64URL.index(ch) + 1) % len(BASE64URL)] if ch in BASE64URL else "A"
        out.append(payload[:i] + other + payload[i + 1 :])
    return out


def test_the_page_accepts_real_payloads_rejects_every_changed_one_and_looks_up_typed_codes(
    register,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.credentials import find_payload
    from lacworkshop.model import Person
    from lacworkshop.services.certificates.issuing import issue_certificates, reissue, revoke
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

    with Browser(tmp_path / "profile") as browser:
        page = Page(browser, tmp_path / "site" / "verify.html")

        # The QR holds the verification address with the payload after "#": a phone opens
        # the published page with it, as this opens the folder's copy.
        assert trainer.payload.startswith("https://example.org/certificados/verify.html#LW2.")
        verdict, heading, facts = page.check_link("es", trainer.payload.split("#", 1)[1])
        assert (verdict, heading) == ("valid", "Certificado válido")
        assert trainer.name in facts and "Instructor" in facts

        good = find_payload(unlisted.payload)  # signed by the retired key; no listing needed
        assert good is not None
        verdict, heading, facts = page.check_link("fr", good)
        assert (verdict, heading) == ("valid", "Certificat valide")
        assert unlisted.name in facts and f"{unlisted.code}, version 1" in facts

        # Every single-character change fails, in the page's own checker, in one go.
        changed = _one_character_changes(good)
        verdicts = browser.evaluate(
            f"Promise.all({json.dumps(changed)}.map((p) => checkPayload(p).then((r) => r.verdict)))"
        )
        assert len(verdicts) == len(good) and set(verdicts) == {"invalid"}
        verdict, heading, facts = page.check_link("en", changed[len(good) // 2])
        assert (verdict, heading, facts) == ("invalid", "Not valid", "")
        verdict, _heading, facts = page.check_link("en", changed[-1])  # the signature's end
        assert (verdict, facts) == ("invalid", "")

        revoked_payload = find_payload(revoked.payload)
        assert revoked_payload is not None
        assert page.check_link("en", revoked_payload)[0] == "revoked"

        old_version = find_payload(issued[2].payload)
        assert old_version is not None
        verdict, _heading, facts = page.check_link("en", old_version)
        assert verdict == "superseded" and issued[2].name in facts

        # Typed into the field, as a person does: case and separators do not matter.
        verdict, heading, facts = page.check_typed("pt", listed.code.replace("-", " ").lower())
        assert (verdict, heading) == ("valid", "Certificado válido")
        assert listed.name in facts
        assert page.check_typed("en", unlisted.code) == (
            "not_listed",
            "Not in the public list",
            "",
        )
        assert page.check_typed("en", listed.code[:-1] + "?")[0] == "mistyped"
        # A pasted link works in the field too.
        assert page.check_typed("es", trainer.payload)[0] == "valid"


def test_the_page_follows_the_browsers_language_and_keeps_the_one_chosen(
    register, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, _wid, _issued = register
    publish_site(db, tmp_path / "site", None)
    url = (tmp_path / "site" / "verify.html").as_uri()
    with Browser(tmp_path / "profile") as browser:
        browser.call(
            "Network.setUserAgentOverride",
            {"userAgent": "Mozilla/5.0", "acceptLanguage": "pt-BR,pt;q=0.9,en;q=0.5"},
        )
        browser.open(url + "?load=1")
        shown = "[document.documentElement.lang, document.title, document.getElementById('check').textContent, document.getElementById('issued-by').textContent]"
        assert browser.evaluate(shown) == [
            "pt",
            "Verificar um certificado",
            "Verificar",
            "Certificados emitidos por Fundación Redes del Sur",
        ]
        browser.evaluate("document.querySelector('#langs [data-lang=fr]').click()")
        french = [
            "fr",
            "Vérifier un certificat",
            "Vérifier",
            "Certificats délivrés par Fundación Redes del Sur",
        ]
        assert browser.evaluate(shown) == french
        browser.open(url + "?load=2")  # the choice outlives the visit
        assert browser.evaluate(shown) == french
        # A browser in a language the page does not speak gets English.
        browser.evaluate("localStorage.clear()")
        browser.call(
            "Network.setUserAgentOverride",
            {"userAgent": "Mozilla/5.0", "acceptLanguage": "de-DE,de"},
        )
        browser.open(url + "?load=3")
        assert browser.evaluate(shown)[:2] == ["en", "Verify a certificate"]
