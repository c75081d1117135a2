"""Certificates anyone can verify: the organisation's key, signed payloads, credentials.

The public face: keys (:func:`show_keys`, :func:`rotate_key`,
:func:`export_public_key`, :func:`published_keys` for ``keys.json``), the
verification address (:func:`set_verify_url`), what the certificate issuer
needs (:func:`signer`, :func:`certificate_qr`), the Open Badges credentials
(:func:`credentials_for`) and the revocation list to publish
(:func:`revocation_list`). Verifying what a person hands in is
``verification.verify_input.verify_given`` (imported from there: it stands on
the register's verifier, which itself uses this package).
"""

from lacworkshop.services.verification.certificate_payload import (
    certificate_qr,
    set_verify_url,
    verify_url,
)
from lacworkshop.services.verification.credentials import (
    StatusList,
    credentials_for,
    revocation_list,
)
from lacworkshop.services.verification.org_keys import (
    KeyView,
    Signer,
    export_public_key,
    public_keys,
    published_keys,
    rotate_key,
    show_keys,
    signer,
)

__all__ = [
    "KeyView",
    "Signer",
    "StatusList",
    "certificate_qr",
    "credentials_for",
    "export_public_key",
    "public_keys",
    "published_keys",
    "revocation_list",
    "rotate_key",
    "set_verify_url",
    "show_keys",
    "signer",
    "verify_url",
]
