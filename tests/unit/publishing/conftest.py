"""A register with certificates, some holders agreeing to be listed, and a signing key."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import date

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DAY = date(2026, 10, 16)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass
class SigningKey:
    """An organisation key as the published contract describes it."""

    private: Ed25519PrivateKey

    @property
    def raw_public(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def kid(self) -> str:
        return hashlib.sha256(self.raw_public).digest()[:8].hex()

    def published(self) -> dict[str, object]:
        return {
            "kid": self.kid,
            "alg": "Ed25519",
            "x": b64url(self.raw_public),
            "created": "2026-01-10",
            "retired": None,
        }

    def payload(self, claims: dict[str, object]) -> str:
        body = json.dumps({**claims, "kid": self.kid}, ensure_ascii=False, separators=(",", ":"))
        data = body.encode("utf-8")
        return f"LW2.{b64url(data)}.{b64url(self.private.sign(data))}"


@pytest.fixture
def signing_key(monkeypatch: pytest.MonkeyPatch) -> SigningKey:
    from lacworkshop.services.publishing import site

    key = SigningKey(Ed25519PrivateKey.generate())
    monkeypatch.setattr(site, "published_keys", lambda _db: [key.published()])
    return key


@pytest.fixture
def register(demo_db, signing_key):  # type: ignore[no-untyped-def]
    """WALC2026 with participation certificates; every second holder agreed to be listed."""
    from lacworkshop.model import Person
    from lacworkshop.services.certificates import issue_certificates
    from lacworkshop.services.organisation import set_organisation_name
    from lacworkshop.services.workshops import workshop_id_for_code

    db = demo_db
    set_organisation_name(db, "Fundación Redes del Sur")
    wid = workshop_id_for_code(db, "WALC2026")
    issued = issue_certificates(db, wid, today=DAY, before_end=True).issued
    assert len(issued) >= 6
    with db.session() as session:
        for n, row in enumerate(issued):
            person = session.get(Person, row.person_id)
            assert person is not None
            person.consent_scope = "data,listing" if n % 2 == 0 else "data,email"
    return db, wid, issued
