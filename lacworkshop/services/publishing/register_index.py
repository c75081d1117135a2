"""What the register may say in public: per workshop, codes with the name as printed.

Only the code, its version, the name as printed and the status leave the
database; no email, document or any other field. People who have not agreed to
be listed publicly (the ``listing`` consent scope) and people whose data was
erased are left out; a revocation says only which code and version, and when.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.model import Certificate, CertificateStatus, Participation, Person, Workshop
from lacworkshop.services.certificates import row_of
from lacworkshop.services.privacy import scopes_of

LISTING_SCOPE = "listing"


@dataclass(frozen=True)
class WorkshopIndex:
    """One workshop's public index, ready to be written as JSON."""

    code: str
    title: str
    dates: tuple[str, str]
    entries: tuple[dict[str, object], ...]
    left_out: int  # codes not listed: no consent to being listed, or erased

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "title": self.title,
            "dates": list(self.dates),
            "certificates": list(self.entries),
        }


def agreed_to_listing(person: Person) -> bool:
    """Whether *person* agreed to be listed publicly (and was not erased since)."""
    return person.erased_at is None and LISTING_SCOPE in scopes_of(person.consent_scope)


def _end_of_line(by_id: dict[int, Certificate], cert: Certificate) -> Certificate | None:
    """The valid certificate a superseded one leads to, following old registers' chains."""
    seen = {cert.id}
    step = cert
    while step.superseded_by_id is not None and step.superseded_by_id not in seen:
        following = by_id.get(step.superseded_by_id)
        if following is None:
            return None
        seen.add(following.id)
        step = following
    return step if step.status is CertificateStatus.VALID else None


def _entry(cert: Certificate, person: Person, by_id: dict[int, Certificate]) -> dict[str, object]:
    entry: dict[str, object] = {
        "c": cert.code,
        "v": cert.version,
        "n": row_of(cert, person).name,
        "s": cert.status.value,
    }
    if cert.status is CertificateStatus.REVOKED and cert.revoked_at is not None:
        entry["on"] = cert.revoked_at.date().isoformat()
    elif cert.status is CertificateStatus.SUPERSEDED:
        current = _end_of_line(by_id, cert)
        if current is not None:
            entry["by"] = current.code
            entry["bv"] = current.version
    return entry


def workshop_index(session: Session, workshop: Workshop) -> WorkshopIndex:
    """The public index of *workshop*: each code's latest version, consenting holders only."""
    found = session.execute(
        select(Certificate, Person)
        .join(Participation, Participation.id == Certificate.participation_id)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.workshop_id == workshop.id)
        .order_by(Certificate.code, Certificate.version)
    ).all()
    by_id = {cert.id: cert for cert, _person in found}
    latest: dict[str, tuple[Certificate, Person]] = {}
    for cert, person in found:
        latest[cert.code] = (cert, person)  # ordered by version: the last one stays
    entries = []
    left_out = 0
    for cert, person in latest.values():
        if agreed_to_listing(person):
            entries.append(_entry(cert, person, by_id))
        else:
            left_out += 1
    return WorkshopIndex(
        code=workshop.code,
        title=workshop.title,
        dates=(workshop.start_date.isoformat(), workshop.end_date.isoformat()),
        entries=tuple(entries),
        left_out=left_out,
    )


def revoked_list(session: Session) -> list[dict[str, object]]:
    """Every revoked certificate of the register: code, version and date, nothing else.

    The whole register, not only the workshops published: a code says nothing about
    its holder, and a certificate's QR code must show its revocation wherever it comes from.
    """
    rows = session.execute(
        select(Certificate.code, Certificate.version, Certificate.revoked_at)
        .where(Certificate.status == CertificateStatus.REVOKED)
        .order_by(Certificate.code, Certificate.version)
    ).all()
    out: list[dict[str, object]] = []
    for code, version, when in rows:
        item: dict[str, object] = {"c": code, "v": version}
        if when is not None:
            item["on"] = when.date().isoformat()
        out.append(item)
    return out


def superseded_list(session: Session) -> list[dict[str, object]]:
    """Every superseded version of the register with the valid one that replaced it, if any.

    Like revocations, these are codes only: a QR code printed from an old version
    must say so even when its holder is not listed.
    """
    certs = list(
        session.scalars(select(Certificate).order_by(Certificate.code, Certificate.version))
    )
    by_id = {c.id: c for c in certs}
    out: list[dict[str, object]] = []
    for cert in certs:
        if cert.status is not CertificateStatus.SUPERSEDED:
            continue
        item: dict[str, object] = {"c": cert.code, "v": cert.version}
        current = _end_of_line(by_id, cert)
        if current is not None:
            item["by"] = current.code
            item["bv"] = current.version
        out.append(item)
    return out
