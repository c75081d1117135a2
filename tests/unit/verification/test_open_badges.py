"""Open Badges 3.0 credentials: verified by an independent JOSE library given only the
exported public key; tampering fails; the revocation list sets the right bits."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

import jwt as pyjwt
import pytest

from lacworkshop.services.certificates.issuing import revoke
from lacworkshop.services.verification import export_public_key
from lacworkshop.services.verification.credentials import credentials_for, revocation_list


def test_a_credential_verifies_with_pyjwt_and_the_exported_key_alone(
    issued, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, _wid, report = issued
    row = report.issued[0]
    token = credentials_for(db, [row.id])[row.id]
    pem = tmp_path / "org.pem"
    export_public_key(db, pem)
    claims = pyjwt.decode(token, pem.read_bytes(), algorithms=["EdDSA"])
    vc = claims["vc"]
    assert vc["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert vc["type"] == ["VerifiableCredential", "AchievementCredential"]
    assert claims["iss"] == vc["issuer"]["id"] and claims["jti"] == vc["id"]
    subject = vc["credentialSubject"]
    achievement = subject["achievement"]
    assert achievement["humanCode"] == "WALC2026" and achievement["type"] == ["Achievement"]
    assert achievement["criteria"]["narrative"]
    assert subject["identifier"][0]["identityHash"] == row.name
    assert subject["creditsEarned"] == pytest.approx(row.hours)
    status = vc["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation" and int(status["statusListIndex"]) >= 0
    header = pyjwt.get_unverified_header(token)
    assert header["alg"] == "EdDSA" and len(header["kid"]) == 16

    head, body, sig = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["vc"]["credentialSubject"]["creditsEarned"] = 999
    forged_body = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    with pytest.raises(pyjwt.InvalidSignatureError):
        pyjwt.decode(f"{head}.{forged_body}.{sig}", pem.read_bytes(), algorithms=["EdDSA"])


def test_each_certificate_keeps_its_place_in_the_list(issued) -> None:  # type: ignore[no-untyped-def]
    db, _wid, report = issued
    ids = [r.id for r in report.issued[:3]]
    first = credentials_for(db, ids)
    again = credentials_for(db, ids)

    def index(token: str) -> int:
        vc = pyjwt.decode(token, options={"verify_signature": False})["vc"]
        return int(vc["credentialStatus"]["statusListIndex"])

    places = [index(first[i]) for i in ids]
    assert len(set(places)) == 3 and places == [index(again[i]) for i in ids]


def test_the_revocation_list_sets_the_bits_of_revoked_certificates(issued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _wid, report = issued
    gone = report.issued[1]
    revoke(db, gone.id, "issued in error")
    token = credentials_for(db, [gone.id, report.issued[0].id])
    places = {
        cid: int(
            pyjwt.decode(t, options={"verify_signature": False})["vc"]["credentialStatus"][
                "statusListIndex"
            ]
        )
        for cid, t in token.items()
    }
    listed = revocation_list(db).value
    assert listed.path == "status/revocation.jwt" and listed.revoked == 1
    pem = tmp_path / "org.pem"
    export_public_key(db, pem)
    vc = pyjwt.decode(listed.jwt, pem.read_bytes(), algorithms=["EdDSA"])["vc"]
    assert vc["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    encoded = vc["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(bits) * 8 >= 131_072

    def is_set(i: int) -> bool:
        return bool(bits[i // 8] & (0x80 >> (i % 8)))

    assert is_set(places[gone.id]) and not is_set(places[report.issued[0].id])
    assert sum(bin(b).count("1") for b in bits) == 1
