"""Ed25519 keys of an organisation: key ids, fingerprints, PEM and the JSON key list.

A key id (``kid``) is the first 8 bytes of SHA-256 over the raw 32-byte public
key, in lowercase hex; people compare it as a fingerprint in groups of four.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

RAW = serialization.Encoding.Raw
RAW_PUBLIC = serialization.PublicFormat.Raw


class NotAPublicKey(ValueError):
    """The bytes given are not an Ed25519 public key in PEM or raw form."""


@dataclass(frozen=True)
class PublicKeyInfo:
    """One public key of the organisation, as kept in the database and published."""

    kid: str
    raw: bytes  # the 32 bytes of the public key
    created: date
    retired: date | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.kid)

    def key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)

    def pem(self) -> bytes:
        return public_pem(self.key())


def b64url(data: bytes) -> str:
    """base64url without padding (RFC 7515)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The bytes of unpadded base64url *text*; ValueError when it is not exactly that."""
    if not text or any(ch not in _B64URL for ch in text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64url(data) != text:  # non-canonical trailing bits: another text for the same bytes
        raise ValueError("not canonical base64url")
    return data


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(RAW, RAW_PUBLIC)


def key_id(public: Ed25519PublicKey | bytes) -> str:
    """The key id: first 8 bytes of SHA-256 of the raw public key, lowercase hex."""
    raw = public if isinstance(public, bytes) else raw_public(public)
    return hashlib.sha256(raw).digest()[:8].hex()


def fingerprint(kid: str) -> str:
    """The key id in groups of four, as people read it aloud: ``1a2b 3c4d 5e6f 7a8b``."""
    return " ".join(kid[i : i + 4] for i in range(0, len(kid), 4))


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_pem(key: Ed25519PrivateKey) -> bytes:
    """The private key as unencrypted PKCS#8 PEM (kept where only the user can read it)."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_pem(data: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def public_pem(key: Ed25519PublicKey) -> bytes:
    """SubjectPublicKeyInfo PEM, the form people publish."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_public_keys(data: bytes) -> list[Ed25519PublicKey]:
    """The Ed25519 public keys in *data*: one or more PEM blocks, or a published keys.json."""
    text = data.decode("utf-8", "replace").strip()
    if text.startswith("["):
        return [k.key() for k in keys_from_json(text)]
    keys: list[Ed25519PublicKey] = []
    for block in text.split("-----END PUBLIC KEY-----"):
        if "-----BEGIN PUBLIC KEY-----" not in block:
            continue
        pem = (block.strip() + "\n-----END PUBLIC KEY-----\n").encode("ascii", "replace")
        try:
            key = serialization.load_pem_public_key(pem)
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise NotAPublicKey(str(exc)) from None
        if not isinstance(key, Ed25519PublicKey):
            raise NotAPublicKey("not an Ed25519 key")
        keys.append(key)
    if not keys:
        raise NotAPublicKey("no public key")
    return keys


def key_entry(info: PublicKeyInfo) -> dict[str, object]:
    """One entry of the published key list (a JWK-like form)."""
    return {
        "kid": info.kid,
        "alg": "Ed25519",
        "x": b64url(info.raw),
        "created": info.created.isoformat(),
        "retired": info.retired.isoformat() if info.retired else None,
    }


def keys_from_json(text: str) -> list[PublicKeyInfo]:
    """The keys of a published key list; NotAPublicKey when it is not one."""
    import json

    try:
        entries = json.loads(text)
        infos = [
            PublicKeyInfo(
                kid=str(e["kid"]),
                raw=b64url_decode(str(e["x"])),
                created=date.fromisoformat(str(e["created"])),
                retired=date.fromisoformat(e["retired"]) if e.get("retired") else None,
            )
            for e in entries
            if e.get("alg") == "Ed25519"
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NotAPublicKey(str(exc)) from None
    for info in infos:
        if len(info.raw) != 32 or key_id(info.raw) != info.kid:
            raise NotAPublicKey(f"key {info.kid} does not match its id")
    if not infos:
        raise NotAPublicKey("no Ed25519 key in the list")
    return infos
