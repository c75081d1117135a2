"""Verifying a certificate from its typed code or the text of its QR code."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.errors import message_language
from lacworkshop.formats.certificates import InvalidCode, hours_number, parse
from lacworkshop.formats.credentials import SignedPayload, check_signature, find_payload, qr_text
from lacworkshop.formats.messages import message
from lacworkshop.model import Certificate, CertificateStatus, Participation, Person, Workshop
from lacworkshop.services.certificates.issuing import CertificateRow, row_of
from lacworkshop.services.certificates.signing import is_authentic, parse_payload, signing_key
from lacworkshop.services.privacy import payload_matches
from lacworkshop.services.settings import read_setting
from lacworkshop.services.verification import VERIFY_URL_KEY, public_keys
from lacworkshop.storage import Database


class Verdict(enum.StrEnum):
    VALID = "valid"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    UNKNOWN = "unknown"  # well-formed, but not in this register
    MISTYPED = "mistyped"  # not a well-formed code
    FORGED = "forged"  # a payload whose signature or fields do not match


@dataclass(frozen=True)
class Verification:
    """The verdict and what to say about it: a message key with its values."""

    verdict: Verdict
    key: str
    values: Mapping[str, object] = field(default_factory=dict)
    certificate: CertificateRow | None = None
    workshop_code: str | None = None
    signed: SignedPayload | None = None  # the signed payload checked, with what it certifies

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.VALID

    @property
    def message(self) -> str:
        """The verdict in the current message language (the window's, or the CLI's LANG)."""
        return self.message_in(message_language())

    def message_in(self, language: str) -> str:
        values = dict(self.values)
        kind = values.pop("kind", None)
        if kind is not None:
            values["kind"] = message(f"verify.kind.{kind}", language)
        if values.get("newer") is None and "newer" in values:
            values["newer"] = message("verify.a_newer_version", language)
        if values.pop("holder_erased", False):
            values["name"] = message("verify.holder_erased", language)
        return message(self.key, language, **values)


def _current_valid(session: Session, cert: Certificate) -> tuple[str, int] | None:
    """(code, version) of the valid certificate that replaced *cert*, at the end of the line.

    Older registers gave each version a new code, so a superseded row may point to
    one that was superseded in turn; the answer is where that line ends, never a step.
    """
    seen = {cert.id}
    step = cert
    while step.superseded_by_id is not None and step.superseded_by_id not in seen:
        following = session.get(Certificate, step.superseded_by_id)
        if following is None:
            break
        seen.add(following.id)
        step = following
    if step.status is CertificateStatus.VALID:
        return step.code, step.version
    return None


def verify(db: Database, text: str) -> Verification:
    """What the register says about a code (``7KQ2-M9XD-4HBR``), a QR text or a signed payload."""
    signed = find_payload(text)
    if signed is not None:
        return _verify_signed(db, text.strip(), signed)
    payload = parse_payload(text)
    raw_code = payload.code if payload is not None else text
    try:
        code = parse(raw_code)
    except InvalidCode as exc:
        return Verification(
            Verdict.MISTYPED, "verify.mistyped", {"text": text.strip(), "reason": exc}
        )
    with db.session() as session:
        if payload is not None and not is_authentic(signing_key(session), payload):
            return Verification(Verdict.FORGED, "verify.forged_signature", {"code": code})
        found = _register_rows(session, code)
        if not found:
            return Verification(Verdict.UNKNOWN, "verify.unknown", {"code": code})
        # Versions share the code: a typed code is its latest version, a QR text the
        # version it was printed from (reprints keep the text, so any print matches).
        if payload is not None:
            matching = [f for f in found if payload_matches(f[0].payload, payload.text())]
            if not matching:
                return Verification(Verdict.FORGED, "verify.forged_text", {"code": code})
            cert, person, ws_code = matching[0]
        else:
            cert, person, ws_code = found[0]
        return _status(session, code, cert, person, ws_code)


def verify_version(db: Database, code: str, version: int) -> Verification:
    """What the register says about one version of a certificate (a credential names one)."""
    with db.session() as session:
        found = [f for f in _register_rows(session, code) if f[0].version == version]
        if not found:
            return Verification(Verdict.UNKNOWN, "verify.unknown", {"code": code})
        return _status(session, code, *found[0])


def _register_rows(session: Session, code: str) -> list[Any]:
    return list(
        session.execute(
            select(Certificate, Person, Workshop.code)
            .join(Participation, Participation.id == Certificate.participation_id)
            .join(Person, Person.id == Participation.person_id)
            .join(Workshop, Workshop.id == Participation.workshop_id)
            .where(Certificate.code == code)
            .order_by(Certificate.version.desc())
        ).all()
    )


def _verify_signed(db: Database, presented: str, signed: str) -> Verification:
    """A signed payload (``LW2.``): its signature by one of our keys, then the register."""
    with db.session() as session:
        check = check_signature(signed, public_keys(session))
        if not check.ok or check.payload is None:
            assert check.problem is not None
            return Verification(Verdict.FORGED, check.problem, check.values, signed=check.payload)
        code = check.payload.certified.code
        found = _register_rows(session, code)
        if not found:
            return Verification(Verdict.UNKNOWN, "verify.unknown", {"code": code})
        url = read_setting(session, VERIFY_URL_KEY, "")
        shown = {signed, presented, qr_text(signed, url if isinstance(url, str) else "")}
        matching = [f for f in found if any(payload_matches(f[0].payload, t) for t in shown)]
        if not matching:
            return Verification(Verdict.FORGED, "verify.forged_text", {"code": code})
        cert, person, ws_code = matching[0]
        return replace(_status(session, code, cert, person, ws_code), signed=check.payload)


def _status(
    session: Session, code: str, cert: Certificate, person: Person, ws_code: str
) -> Verification:
    """The verdict on the register's row *cert*: valid, revoked or superseded (by which)."""
    row = row_of(cert, person)
    erased = person.erased_at is not None
    current = _current_valid(session, cert) if cert.status is CertificateStatus.SUPERSEDED else None
    what: dict[str, object] = {
        "kind": row.kind.value,
        "code": code,
        "version": row.version,
        "workshop": ws_code,
        "name": row.name,
    }
    if erased:
        # After an erasure the register no longer knows the holder: it says so instead.
        what["name"] = ""
        what["holder_erased"] = True
    if row.status is CertificateStatus.REVOKED:
        when = row.revoked_at.date().isoformat() if row.revoked_at else ""
        values = {**what, "when": when, "reason": row.revoked_reason}
        return Verification(Verdict.REVOKED, "verify.revoked", values, row, ws_code)
    if row.status is CertificateStatus.SUPERSEDED:
        if current is None:
            return Verification(
                Verdict.SUPERSEDED, "verify.superseded_none_valid", what, row, ws_code
            )
        values = {**what, "current_code": current[0], "current_version": current[1]}
        return Verification(Verdict.SUPERSEDED, "verify.superseded_by", values, row, ws_code)
    issued = row.issued_at.date().isoformat()
    valid = "verify.valid_holder_erased" if erased else "verify.valid"
    if row.hours:
        values = {**what, "hours": hours_number(row.hours), "issued": issued}
        return Verification(Verdict.VALID, valid + "_hours", values, row, ws_code)
    values = {**what, "issued": issued}
    return Verification(Verdict.VALID, valid, values, row, ws_code)
