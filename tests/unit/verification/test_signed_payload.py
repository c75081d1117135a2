"""A certificate's signed payload: verifies with the register and with the public key
alone; any one character changed, or another key, fails; revoked and superseded say so."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from lacworkshop.formats.credentials import find_payload, load_public_keys, parse_payload
from lacworkshop.formats.credentials.keys import b64url_decode, new_private_key
from lacworkshop.formats.credentials.payload import sign_payload
from lacworkshop.formats.credentials.payload_check import check_signature
from lacworkshop.services.certificates.verify import Verdict, verify
from lacworkshop.services.verification import export_public_key, public_keys, set_verify_url

ALPHABET = string.ascii_letters + string.digits + "-_."


def _one_change(text: str, position: int) -> str:
    replacement = random.Random(position).choice([c for c in ALPHABET if c != text[position]])
    return text[:position] + replacement + text[position + 1 :]


def test_the_payload_is_compact_json_signed_over_its_exact_bytes(issued) -> None:  # type: ignore[no-untyped-def]
    _db, _wid, report = issued
    row = report.issued[0]
    body_part, sig_part = row.payload.removeprefix("LW2.").split(".")
    body = b64url_decode(body_part)
    fields = json.loads(body)
    assert list(fields) == ["c", "v", "n", "w", "t", "d", "h", "k", "i", "kid"]
    assert fields["c"] == row.code and fields["v"] == 1 and fields["n"] == row.name
    assert fields["w"] == "WALC2026" and fields["k"] == "participation"
    assert body == json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()
    assert "=" not in row.payload and len(b64url_decode(sig_part)) == 64
    # The printed code stays short and typeable; the payload is compact.
    assert len(row.code) == 14 and len(row.payload) < 600


def test_verifies_with_the_register_and_with_the_public_key_alone(issued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _wid, report = issued
    row = report.issued[0]
    result = verify(db, row.payload)
    assert result.verdict is Verdict.VALID and result.signed is not None
    assert result.signed.certified.name == row.name
    pem = tmp_path / "org.pem"
    export_public_key(db, pem)
    check = check_signature(row.payload, load_public_keys(pem.read_bytes()))
    assert check.ok and check.payload is not None and check.payload.certified.code == row.code


def test_every_single_character_change_fails(issued) -> None:  # type: ignore[no-untyped-def]
    db, _wid, report = issued
    payload = report.issued[0].payload
    with db.session() as session:
        keys = public_keys(session)
    assert check_signature(payload, keys).ok
    for position in range(len(payload)):  # a few hundred: every position, none skipped
        changed = _one_change(payload, position)
        assert not check_signature(changed, keys).ok, position
    # Through the register too, on a spread of positions (each one is a lookup).
    for position in range(0, len(payload), 23):
        assert verify(db, _one_change(payload, position)).verdict is not Verdict.VALID


def test_a_payload_signed_by_another_key_fails(issued) -> None:  # type: ignore[no-untyped-def]
    db, _wid, report = issued
    genuine = parse_payload(report.issued[0].payload)
    forged = sign_payload(new_private_key(), genuine.certified)
    result = verify(db, forged)
    assert result.verdict is Verdict.FORGED and result.key == "verify.unknown_key"
    with db.session() as session:
        assert not check_signature(forged, public_keys(session)).ok
    # Even when it claims our key id, the signature is not ours.
    claimed = forged.split(".")
    body = json.loads(b64url_decode(claimed[1]))
    body["kid"] = genuine.kid
    from lacworkshop.formats.credentials.keys import b64url

    retagged = f"LW2.{b64url(json.dumps(body, separators=(',', ':')).encode())}.{claimed[2]}"
    assert verify(db, retagged).key == "verify.bad_signature"


def test_revoked_and_superseded_say_so(issued) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Person
    from lacworkshop.services.certificates.issuing import reissue, revoke

    db, _wid, report = issued
    first, second = report.issued[0], report.issued[1]
    revoke(db, first.id, "duplicate registration")
    revoked = verify(db, first.payload)
    assert revoked.verdict is Verdict.REVOKED
    assert "duplicate registration" in revoked.message_in("en")
    with db.session() as session:
        person = session.get(Person, second.person_id)
        assert person is not None
        person.given_names = person.given_names + " Luisa"
    newer = reissue(db, second.id, before_end=True).issued[0]
    old = verify(db, second.payload)
    assert old.verdict is Verdict.SUPERSEDED
    assert f"{newer.code} (version 2)" in old.message_in("en")
    assert verify(db, newer.payload).verdict is Verdict.VALID


def test_a_verification_address_makes_the_qr_a_url_that_still_verifies(demo_db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    url = "https://example.org/certificados/verify.html"
    assert set_verify_url(demo_db, f"  {url} ").value == url
    wid = workshop_id_for_code(demo_db, "WALC2026")
    row = issue_certificates(demo_db, wid, CertificateKind.PARTICIPATION, before_end=True).issued[0]
    assert row.payload.startswith(url + "#LW2.")
    assert verify(demo_db, row.payload).verdict is Verdict.VALID
    assert verify(demo_db, find_payload(row.payload) or "").verdict is Verdict.VALID
