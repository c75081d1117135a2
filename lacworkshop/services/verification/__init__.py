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

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.verification.certificate_payload import (
        VERIFY_URL_KEY,
        certificate_qr,
        certified_for,
        next_status_index,
        set_verify_url,
        verify_url,
        verify_url_in,
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
    from lacworkshop.services.verification.verify_input import VerifyAnswer, verify_given

_WHERE = {
    "KeyView": "org_keys",
    "Signer": "org_keys",
    "StatusList": "credentials",
    "VERIFY_URL_KEY": "certificate_payload",
    "VerifyAnswer": "verify_input",
    "certificate_qr": "certificate_payload",
    "certified_for": "certificate_payload",
    "credentials_for": "credentials",
    "export_public_key": "org_keys",
    "next_status_index": "certificate_payload",
    "public_keys": "org_keys",
    "published_keys": "org_keys",
    "revocation_list": "credentials",
    "rotate_key": "org_keys",
    "set_verify_url": "certificate_payload",
    "show_keys": "org_keys",
    "signer": "org_keys",
    "verify_given": "verify_input",
    "verify_url": "certificate_payload",
    "verify_url_in": "certificate_payload",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "VERIFY_URL_KEY",
    "KeyView",
    "Signer",
    "StatusList",
    "VerifyAnswer",
    "certificate_qr",
    "certified_for",
    "credentials_for",
    "export_public_key",
    "next_status_index",
    "public_keys",
    "published_keys",
    "revocation_list",
    "rotate_key",
    "set_verify_url",
    "show_keys",
    "signer",
    "verify_given",
    "verify_url",
    "verify_url_in",
]
