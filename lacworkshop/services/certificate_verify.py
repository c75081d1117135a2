"""Verifying a certificate from its typed code or the text of its QR code."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.formats.certificate_code import InvalidCode, parse
from lacworkshop.formats.certificate_text import hours_number
from lacworkshop.model import Certificate, CertificateStatus, Participation, Person, Workshop
from lacworkshop.services.certificate_signing import is_authentic, parse_payload, signing_key
from lacworkshop.services.certificates import CertificateRow, row_of
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
            .order_by(Certificate.version.desc())
        ).all()
        if not found:
            return Verification(Verdict.UNKNOWN, f"No certificate {code} is in this register.")
        # Versions share the code: a typed code is its latest version, a QR text the
        # version it was printed from (reprints keep the text, so any print matches).
        if payload is not None:
            matching = [f for f in found if f[0].payload == payload.text()]
            if not matching:
                return Verification(
                    Verdict.FORGED,
                    f"The QR text does not match certificate {code} in the register.",
                )
            cert, person, ws_code = matching[0]
        else:
            cert, person, ws_code = found[0]
        row = row_of(cert, person)
        current = (
            _current_valid(session, cert) if cert.status is CertificateStatus.SUPERSEDED else None
        )
    what = (
        f"{row.kind.value} certificate {code} (version {row.version}) of {ws_code} for {row.name}"
    )
    if row.status is CertificateStatus.REVOKED:
        when = row.revoked_at.date().isoformat() if row.revoked_at else ""
        return Verification(
            Verdict.REVOKED,
            f"REVOKED {when}: {what}. Reason: {row.revoked_reason}",
            row,
            ws_code,
        )
    if row.status is CertificateStatus.SUPERSEDED:
        now_valid = (
            f"the valid certificate is now {current[0]} (version {current[1]})"
            if current is not None
            else "no version of it is valid now"
        )
        return Verification(
            Verdict.SUPERSEDED,
            f"SUPERSEDED: {what} was replaced; {now_valid}.",
            row,
            ws_code,
        )
    hours = f", {hours_number(row.hours)} hours" if row.hours else ""
    return Verification(
        Verdict.VALID,
        f"VALID: {what}{hours}, issued {row.issued_at.date().isoformat()}.",
        row,
        ws_code,
    )
