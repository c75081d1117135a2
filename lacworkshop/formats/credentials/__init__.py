"""Signed credentials: organisation keys, the QR payload, Open Badges and status lists.

Pure functions from data to bytes and back; where keys are kept and which
certificate is which is the business of ``lacworkshop.services.verification``.
"""

from lacworkshop.formats.credentials.keys import (
    NotAPublicKey,
    PublicKeyInfo,
    fingerprint,
    key_entry,
    key_id,
    load_public_keys,
)
from lacworkshop.formats.credentials.payload import (
    Certified,
    NotAPayload,
    SignedPayload,
    find_payload,
    parse_payload,
    qr_text,
    sign_payload,
)

__all__ = [
    "Certified",
    "NotAPayload",
    "NotAPublicKey",
    "PublicKeyInfo",
    "SignedPayload",
    "find_payload",
    "fingerprint",
    "key_entry",
    "key_id",
    "load_public_keys",
    "parse_payload",
    "qr_text",
    "sign_payload",
]
