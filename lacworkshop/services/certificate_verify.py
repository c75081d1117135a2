"""Verifying a certificate from its typed code or the text of its QR code."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select

from lacworkshop.formats.certificate_code import InvalidCode, parse
from lacworkshop.model import Certificate, CertificateStatus, Participation, Person, Workshop
from lacworkshop.services.certificate_signing import is_authentic, parse_payload, signing_key
from lacworkshop.services.certificates import CertificateRow, row_of
from lacworkshop.services.privacy.erased_certificates import HOLDER_ERASED, payload_matches
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
    verdict: Verdict
    message: str
    certificate: CertificateRow | None = None
    workshop_code: str | None = None

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.VALID


def verify(db: Database, text: str) -> Verification:
    """What the register says about a code (``7KQ2-M9XD-4HBR``) or a QR payload."""
    payload = parse_payload(text)
    raw_code = payload.code if payload is not None else text
    try:
        code = parse(raw_code)
    except InvalidCode as exc:
        return Verification(Verdict.MISTYPED, f"{text.strip()!r} is not a certificate code: {exc}.")
    with db.session() as session:
        if payload is not None and not is_authentic(signing_key(session), payload):
            return Verification(
                Verdict.FORGED,
                f"The QR text for {code} was not signed by this register or was altered.",
            )
        found = session.execute(
            select(Certificate, Person, Workshop.code)
            .join(Participation, Participation.id == Certificate.participation_id)
            .join(Person, Person.id == Participation.person_id)
            .join(Workshop, Workshop.id == Participation.workshop_id)
            .where(Certificate.code == code)
        ).first()
        if found is None:
            return Verification(Verdict.UNKNOWN, f"No certificate {code} is in this register.")
        cert, person, ws_code = found
        if payload is not None and not payload_matches(cert.payload, payload.text()):
            return Verification(
                Verdict.FORGED, f"The QR text does not match certificate {code} in the register."
            )
        row = row_of(cert, person)
        erased = person.erased_at is not None
        newer = None
        if cert.superseded_by_id is not None:
            newer = session.scalar(
                select(Certificate.code).where(Certificate.id == cert.superseded_by_id)
            )
    what = f"{row.kind.value} certificate {code} (version {row.version}) of {ws_code}"
    # After an erasure the register no longer knows the holder: it says so instead of a name.
    what += f" ({HOLDER_ERASED})" if erased else f" for {row.name}"
    if row.status is CertificateStatus.REVOKED:
        when = row.revoked_at.date().isoformat() if row.revoked_at else ""
        return Verification(
            Verdict.REVOKED,
            f"REVOKED {when}: {what}. Reason: {row.revoked_reason}",
            row,
            ws_code,
        )
    if row.status is CertificateStatus.SUPERSEDED:
        return Verification(
            Verdict.SUPERSEDED,
            f"SUPERSEDED: {what} was replaced by {newer or 'a newer version'}.",
            row,
            ws_code,
        )
    hours = f", {row.hours:g} hours" if row.hours else ""
    status = f"VALID (issued; {HOLDER_ERASED})" if erased else "VALID"
    return Verification(
        Verdict.VALID,
        f"{status}: {what}{hours}, issued {row.issued_at.date().isoformat()}.",
        row,
        ws_code,
    )
