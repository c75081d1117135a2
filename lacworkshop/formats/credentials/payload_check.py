"""Checking a signed payload against a set of public keys, with the reason when it fails."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from lacworkshop.formats.credentials.keys import PublicKeyInfo, fingerprint, key_id
from lacworkshop.formats.credentials.payload import NotAPayload, SignedPayload, parse_payload


@dataclass(frozen=True)
class SignatureCheck:
    """A payload whose signature holds (*problem* None), or the message key saying why not."""

    payload: SignedPayload | None
    problem: str | None = None
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problem is None


def keyring_of(keys: Iterable[PublicKeyInfo | Ed25519PublicKey]) -> dict[str, Ed25519PublicKey]:
    """Keys by key id."""
    found: dict[str, Ed25519PublicKey] = {}
    for k in keys:
        public = k.key() if isinstance(k, PublicKeyInfo) else k
        found[key_id(public)] = public
    return found


def check_signature(text: str, keys: Iterable[PublicKeyInfo | Ed25519PublicKey]) -> SignatureCheck:
    """Whether *text* is a payload signed by one of *keys*, exactly as it reads."""
    try:
        payload = parse_payload(text)
    except NotAPayload:
        return SignatureCheck(None, "verify.payload_damaged")
    by_kid = keyring_of(keys)
    public = by_kid.get(payload.kid)
    if public is None:
        # Say which key it claims, so the organisation can tell a stranger's from a lost one.
        return SignatureCheck(
            payload,
            "verify.unknown_key",
            {"code": payload.certified.code, "fingerprint": fingerprint(payload.kid)},
        )
    if not payload.verifies_with(public):
        return SignatureCheck(payload, "verify.bad_signature", {"code": payload.certified.code})
    return SignatureCheck(payload)
