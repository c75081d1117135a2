"""Certificates anyone can verify: the organisation's key, signed payloads, credentials.

The public face: keys (:func:`show_keys`, :func:`rotate_key`,
:func:`export_public_key`), the verification address (:func:`set_verify_url`)
and what the certificate issuer needs (:func:`signer`, :func:`certificate_qr`).
"""

from lacworkshop.services.verification.certificate_payload import (
    certificate_qr,
    set_verify_url,
    verify_url,
)
from lacworkshop.services.verification.org_keys import (
    KeyView,
    Signer,
    export_public_key,
    public_keys,
    rotate_key,
    show_keys,
    signer,
)

__all__ = [
    "KeyView",
    "Signer",
    "certificate_qr",
    "export_public_key",
    "public_keys",
    "rotate_key",
    "set_verify_url",
    "show_keys",
    "signer",
    "verify_url",
]
