"""The signed payload a certificate's QR code holds: ``LW2.<body>.<signature>``.

The body is the UTF-8 bytes of a compact JSON object with short keys (``c``
code, ``v`` version, ``n`` name as printed, ``w`` workshop code, ``t`` title,
``d`` first and last day, ``h`` hours, ``k`` kind, ``i`` issuer, ``kid``); the
signature is Ed25519 over exactly those bytes, both in unpadded base64url. A
verifier checks the bytes it received and never serialises the JSON again.
With a verification address the QR holds ``address#payload``, so a phone opens
the organisation's page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lacworkshop.formats.credentials.keys import b64url, b64url_decode, key_id

PREFIX = "LW2."
_PAYLOAD = re.compile(r"LW2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
_FIELDS = {"c": str, "v": int, "n": str, "w": str, "t": str, "d": list, "k": str, "i": str}


@dataclass(frozen=True)
class Certified:
    """What a certificate attests, as the payload carries it."""

    code: str
    version: int
    name: str
    workshop: str
    title: str
    first_day: str
    last_day: str
    hours: float | None
    kind: str
    issuer: str

    def body(self, kid: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "c": self.code,
            "v": self.version,
            "n": self.name,
            "w": self.workshop,
            "t": self.title,
            "d": [self.first_day, self.last_day],
        }
        if self.hours is not None:
            # 24.0 is written 24: shorter, and what a person reads.
            body["h"] = int(self.hours) if float(self.hours).is_integer() else self.hours
        body.update({"k": self.kind, "i": self.issuer, "kid": kid})
        return body


@dataclass(frozen=True)
class SignedPayload:
    """A payload as read: its exact body bytes, the fields in them and the signature."""

    text: str
    body: bytes
    signature: bytes
    certified: Certified
    kid: str

    def verifies_with(self, key: Ed25519PublicKey) -> bool:
        """Whether *key* signed exactly these body bytes."""
        try:
            key.verify(self.signature, self.body)
        except InvalidSignature:
            return False
        return True


class NotAPayload(ValueError):
    """Text that looks like a payload but is damaged; the message says what is wrong."""


def sign_payload(key: Ed25519PrivateKey, certified: Certified) -> str:
    """The payload text for *certified*, signed with *key*."""
    kid = key_id(key.public_key())
    body = json.dumps(certified.body(kid), ensure_ascii=False, separators=(",", ":")).encode()
    return f"{PREFIX}{b64url(body)}.{b64url(key.sign(body))}"


def qr_text(payload: str, verify_url: str | None) -> str:
    """What the QR holds: the payload, or the verification address with it as the fragment."""
    if not verify_url:
        return payload
    return f"{verify_url.split('#', 1)[0]}#{payload}"


def find_payload(text: str) -> str | None:
    """The ``LW2.`` payload inside *text* (plain, a URL fragment, a pasted line), or None."""
    text = unquote(text.strip()) if "%" in text else text.strip()
    found = _PAYLOAD.search(text)
    return found.group(0) if found else None


def parse_payload(text: str) -> SignedPayload:
    """The parts of the payload text *text*; NotAPayload when it is damaged.

    The signature is not checked here: see :meth:`SignedPayload.verifies_with`.
    """
    if not text.startswith(PREFIX) or text.count(".") != 2:
        raise NotAPayload("not a signed certificate payload")
    body_text, sig_text = text[len(PREFIX) :].split(".")
    try:
        body = b64url_decode(body_text)
        signature = b64url_decode(sig_text)
    except ValueError:
        raise NotAPayload("the payload's letters are damaged") from None
    if len(signature) != 64:
        raise NotAPayload("the signature has the wrong length")
    try:
        fields = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise NotAPayload("the payload's contents are damaged") from None
    if not isinstance(fields, dict) or not isinstance(fields.get("kid"), str):
        raise NotAPayload("the payload's contents are incomplete")
    for name, kind in _FIELDS.items():
        if not isinstance(fields.get(name), kind):
            raise NotAPayload("the payload's contents are incomplete")
    days = fields["d"]
    hours = fields.get("h")
    if len(days) != 2 or not all(isinstance(d, str) for d in days):
        raise NotAPayload("the payload's contents are incomplete")
    if hours is not None and (isinstance(hours, bool) or not isinstance(hours, int | float)):
        raise NotAPayload("the payload's contents are incomplete")
    certified = Certified(
        code=fields["c"],
        version=fields["v"],
        name=fields["n"],
        workshop=fields["w"],
        title=fields["t"],
        first_day=days[0],
        last_day=days[1],
        hours=None if hours is None else float(hours),
        kind=fields["k"],
        issuer=fields["i"],
    )
    return SignedPayload(text, body, signature, certified, fields["kid"])
