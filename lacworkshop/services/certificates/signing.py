"""What a certificate's QR code holds, signed so a copy of the database can verify it.

The payload is ``LACW1|code|workshop|name|hours|issued|mac``: everything a
verifier needs to read at a glance, and a short HMAC-SHA256 over the rest with a
key kept in this database's settings. A forged or altered payload fails the
MAC; a genuine one is then looked up in the register for its current status.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lacworkshop.services.settings import read_setting, write_setting

PREFIX = "LACW1"
KEY_SETTING = "certificates.signing_key"
MAC_LENGTH = 12  # base32 characters: 60 bits


@dataclass(frozen=True)
class Payload:
    code: str
    workshop: str
    name: str
    hours: str
    issued: str
    mac: str

    @property
    def body(self) -> str:
        return "|".join((PREFIX, self.code, self.workshop, self.name, self.hours, self.issued))

    def text(self) -> str:
        return f"{self.body}|{self.mac}"


def signing_key(session: Session) -> bytes:
    """This database's signing key, made on first use."""
    key = read_setting(session, KEY_SETTING)
    if key is None:
        key = secrets.token_hex(32)
        write_setting(session, KEY_SETTING, key)
        session.flush()
    return bytes.fromhex(key)


def mac(key: bytes, body: str) -> str:
    digest = hmac.new(key, body.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:MAC_LENGTH]


def hours_text(hours: float | None) -> str:
    if hours is None:
        return ""
    return f"{hours:.2f}".rstrip("0").rstrip(".")


def make_payload(
    key: bytes, code: str, workshop: str, name: str, hours: float | None, issued: str
) -> str:
    # A "|" inside a name would shift the fields: it is the one character replaced.
    p = Payload(
        code, workshop.replace("|", "/"), name.replace("|", "/"), hours_text(hours), issued, ""
    )
    return Payload(p.code, p.workshop, p.name, p.hours, p.issued, mac(key, p.body)).text()


def parse_payload(text: str) -> Payload | None:
    """The fields of a payload, or None when *text* is not one."""
    parts = text.strip().split("|")
    if len(parts) < 7 or parts[0] != PREFIX:
        return None
    code, workshop = parts[1], parts[2]
    hours, issued, tag = parts[-3], parts[-2], parts[-1]
    name = "|".join(parts[3:-3])
    return Payload(code, workshop, name, hours, issued, tag)


def is_authentic(key: bytes, payload: Payload) -> bool:
    return hmac.compare_digest(mac(key, payload.body), payload.mac)
