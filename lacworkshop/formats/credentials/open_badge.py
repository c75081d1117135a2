"""Open Badges 3.0 credentials (1EdTech) signed as VC-JWT, and the revocation status list.

A credential is an ``AchievementCredential``: the achievement is the workshop
(its code as ``humanCode``, its title as name, the criteria met in words, the
hours as credits), the subject is the person named as printed, the dates of
the workshop are the activity's. It carries a ``BitstringStatusListEntry``
pointing at its place in the organisation's revocation list. Both are JWTs
signed with the organisation's Ed25519 key (EdDSA) by joserfc; the JWT claims
follow the VC-JWT form of Open Badges 3.0 (``iss``, ``jti``, ``nbf``, ``sub``
where there is one, and the credential in ``vc``).
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import OKPKey

from lacworkshop.formats.credentials.keys import key_id, private_pem, public_pem
from lacworkshop.formats.credentials.payload import Certified

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ALGORITHM = "EdDSA"
STATUS_LIST_BITS = 131_072  # the specification's minimum: 16 KB, so one index hides in many
CERTIFICATE_URN = "urn:lacworkshop:certificate:"


class BadCredential(ValueError):
    """A credential that is not a JWT signed by one of the keys given, or not ours."""


@dataclass(frozen=True)
class BadgeFacts:
    """Everything a credential states, beyond what the QR payload already certifies."""

    certified: Certified
    issued_at: datetime
    issuer_id: str
    criteria: str
    status_index: int
    status_list_url: str
    verify_url: str = ""


def credential_id(code: str, version: int) -> str:
    return f"{CERTIFICATE_URN}{code}:{version}"


def _iso(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def achievement_credential(facts: BadgeFacts) -> dict[str, Any]:
    """The Open Badges 3.0 AchievementCredential for one certificate, unsigned."""
    c = facts.certified
    achievement: dict[str, Any] = {
        "id": f"{facts.issuer_id.rstrip('/')}/workshops/{c.workshop}/{c.kind}",
        "type": ["Achievement"],
        "achievementType": "Course" if c.kind in ("participation", "completion") else "Achievement",
        "humanCode": c.workshop,
        "name": c.title,
        "description": c.title,
        "criteria": {"narrative": facts.criteria},
        "tag": [c.kind],
    }
    if c.hours is not None:
        achievement["creditsAvailable"] = c.hours
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        # The name as printed, unhashed: the certificate shows it, the credential says it.
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": c.name,
            }
        ],
        "activityStartDate": f"{c.first_day}T00:00:00Z",
        "activityEndDate": f"{c.last_day}T23:59:59Z",
        "achievement": achievement,
    }
    if c.hours is not None:
        subject["creditsEarned"] = c.hours
    credential: dict[str, Any] = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id(c.code, c.version),
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": f"{c.title} ({c.code})",
        "issuer": {"id": facts.issuer_id, "type": ["Profile"], "name": c.issuer},
        "validFrom": _iso(facts.issued_at),
        "credentialSubject": subject,
        "credentialStatus": {
            "id": f"{facts.status_list_url}#{facts.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(facts.status_index),
            "statusListCredential": facts.status_list_url,
        },
    }
    if facts.verify_url:
        credential["evidence"] = [
            {"id": f"{facts.verify_url}", "type": ["Evidence"], "name": c.code}
        ]
    return credential


def _okp(private: Ed25519PrivateKey) -> OKPKey:
    return OKPKey.import_key(private_pem(private))


def sign_vc_jwt(private: Ed25519PrivateKey, credential: Mapping[str, Any]) -> str:
    """*credential* as a VC-JWT signed with *private* (EdDSA)."""
    claims: dict[str, Any] = {
        "iss": credential["issuer"]["id"]
        if isinstance(credential["issuer"], dict)
        else credential["issuer"],
        "jti": credential["id"],
        "nbf": int(
            datetime.fromisoformat(credential["validFrom"].replace("Z", "+00:00")).timestamp()
        ),
        "vc": dict(credential),
    }
    subject_id = credential.get("credentialSubject", {}).get("id")
    if subject_id:
        claims["sub"] = subject_id
    header = {"alg": ALGORITHM, "typ": "JWT", "kid": key_id(private.public_key())}
    with _eddsa_named():
        return jwt.encode(header, claims, _okp(private), algorithms=[ALGORITHM])


@contextlib.contextmanager
def _eddsa_named() -> Iterator[None]:
    """Quiet joserfc's note that RFC 9864 prefers "Ed25519": Open Badges 3.0 and the
    verifiers people use name the algorithm "EdDSA", so it stays."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="EdDSA is deprecated")
        yield


def read_vc_jwt(token: str, keys: Iterable[Ed25519PublicKey]) -> dict[str, Any]:
    """The credential in *token* when one of *keys* signed it; BadCredential otherwise."""
    token = token.strip()
    try:
        kid = jws.extract_compact(token.encode("ascii")).protected.get("kid")
    except (JoseError, ValueError, UnicodeEncodeError) as exc:
        raise BadCredential(str(exc)) from None
    by_kid = {key_id(k): k for k in keys}
    public = by_kid.get(str(kid))
    if public is None:
        raise BadCredential("signed by another key")
    try:
        with _eddsa_named():
            decoded = jwt.decode(
                token, OKPKey.import_key(public_pem(public)), algorithms=[ALGORITHM]
            )
    except (JoseError, ValueError) as exc:
        raise BadCredential(str(exc)) from None
    vc = decoded.claims.get("vc")
    if not isinstance(vc, dict) or not {
        "AchievementCredential",
        "BitstringStatusListCredential",
    } & set(vc.get("type", [])):
        raise BadCredential("not an Open Badges credential")
    return vc


def certified_of(vc: Mapping[str, Any]) -> Certified:
    """What a credential of ours certifies, read back into the payload's terms."""
    try:
        code, version = str(vc["id"]).removeprefix(CERTIFICATE_URN).rsplit(":", 1)
        subject = vc["credentialSubject"]
        achievement = subject["achievement"]
        name = next(
            i["identityHash"] for i in subject["identifier"] if i.get("identityType") == "name"
        )
        return Certified(
            code=code,
            version=int(version),
            name=name,
            workshop=achievement["humanCode"],
            title=achievement["name"],
            first_day=str(subject["activityStartDate"])[:10],
            last_day=str(subject["activityEndDate"])[:10],
            hours=subject.get("creditsEarned"),
            kind=achievement["tag"][0],
            issuer=vc["issuer"]["name"],
        )
    except (KeyError, ValueError, TypeError, StopIteration, IndexError) as exc:
        raise BadCredential(f"not one of our credentials: {exc}") from None


def encode_bitstring(set_indexes: Iterable[int], size: int = STATUS_LIST_BITS) -> str:
    """The status list's ``encodedList``: multibase base64url of the GZIP of the bits.

    Bit 0 is the most significant bit of the first byte, as the specification says.
    """
    bits = bytearray(size // 8)
    for index in set_indexes:
        if not 0 <= index < size:
            raise ValueError(f"status index {index} outside a list of {size}")
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).rstrip(b"=").decode("ascii")


def decode_bitstring(encoded: str) -> bytes:
    """The bits of an ``encodedList`` (the inverse of :func:`encode_bitstring`)."""
    text = encoded.removeprefix("u")
    return gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def bit_is_set(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def list_size(highest_index: int) -> int:
    """A list length that holds *highest_index*: the minimum, doubled as needed."""
    size = STATUS_LIST_BITS
    while highest_index >= size:
        size *= 2
    return size


def status_list_credential(
    private: Ed25519PrivateKey,
    *,
    list_url: str,
    issuer_id: str,
    issuer_name: str,
    revoked: Iterable[int],
    issued_at: datetime,
) -> str:
    """The signed Bitstring Status List credential (VC-JWT) with the *revoked* indexes set."""
    revoked = sorted(set(revoked))
    credential = {
        "@context": [VC_CONTEXT],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": {"id": issuer_id, "name": issuer_name},
        "validFrom": _iso(issued_at),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bitstring(revoked, list_size(revoked[-1] if revoked else 0)),
        },
    }
    return sign_vc_jwt(private, credential)
