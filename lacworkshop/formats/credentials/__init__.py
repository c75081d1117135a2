"""Signed credentials: organisation keys, the QR payload, Open Badges and status lists.

Pure functions from data to bytes and back; where keys are kept and which
certificate is which is the business of ``lacworkshop.services.verification``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.credentials.keys import (
        NotAPublicKey,
        PublicKeyInfo,
        fingerprint,
        key_entry,
        key_id,
        load_private_pem,
        load_public_keys,
        new_private_key,
        private_pem,
        raw_public,
    )
    from lacworkshop.formats.credentials.open_badge import (
        BadCredential,
        BadgeFacts,
        achievement_credential,
        certified_of,
        read_vc_jwt,
        sign_vc_jwt,
        status_list_credential,
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
    from lacworkshop.formats.credentials.payload_check import check_signature
    from lacworkshop.formats.credentials.qr_reading import PictureUnreadable, qr_texts_in_file

_WHERE = {
    "BadCredential": "open_badge",
    "BadgeFacts": "open_badge",
    "Certified": "payload",
    "NotAPayload": "payload",
    "NotAPublicKey": "keys",
    "PictureUnreadable": "qr_reading",
    "PublicKeyInfo": "keys",
    "SignedPayload": "payload",
    "achievement_credential": "open_badge",
    "certified_of": "open_badge",
    "check_signature": "payload_check",
    "find_payload": "payload",
    "fingerprint": "keys",
    "key_entry": "keys",
    "key_id": "keys",
    "load_private_pem": "keys",
    "load_public_keys": "keys",
    "new_private_key": "keys",
    "parse_payload": "payload",
    "private_pem": "keys",
    "qr_text": "payload",
    "qr_texts_in_file": "qr_reading",
    "raw_public": "keys",
    "read_vc_jwt": "open_badge",
    "sign_payload": "payload",
    "sign_vc_jwt": "open_badge",
    "status_list_credential": "open_badge",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "BadCredential",
    "BadgeFacts",
    "Certified",
    "NotAPayload",
    "NotAPublicKey",
    "PictureUnreadable",
    "PublicKeyInfo",
    "SignedPayload",
    "achievement_credential",
    "certified_of",
    "check_signature",
    "find_payload",
    "fingerprint",
    "key_entry",
    "key_id",
    "load_private_pem",
    "load_public_keys",
    "new_private_key",
    "parse_payload",
    "private_pem",
    "qr_text",
    "qr_texts_in_file",
    "raw_public",
    "read_vc_jwt",
    "sign_payload",
    "sign_vc_jwt",
    "status_list_credential",
]
