"""Certificates whose holder's data was erased stay in the register, verifiable.

The QR text printed on the paper holds the name, so the register cannot keep
it; it keeps a SHA-256 digest instead. A QR shown later still matches its
digest, and the verdict says the certificate was issued and the holder's data
erased, without the register knowing the name any more.
"""

from __future__ import annotations

import hashlib

ERASED_PAYLOAD_PREFIX = "erased-sha256:"
HOLDER_ERASED = "holder's data erased"


def erased_payload(payload: str) -> str:
    """What the register keeps of a QR text once its holder's data is erased."""
    if not payload or payload.startswith(ERASED_PAYLOAD_PREFIX):
        return payload
    return ERASED_PAYLOAD_PREFIX + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def payload_matches(stored: str, presented: str) -> bool:
    """True when the QR text *presented* is the one the register holds (or its digest)."""
    if stored.startswith(ERASED_PAYLOAD_PREFIX):
        return erased_payload(presented) == stored
    return presented == stored
