"""Issuing certificates: who gets what, codes, signed QR payloads, versions, revocation.

Every issued certificate is a row in the register holding a snapshot of its
printed words, so it can be printed again exactly and verified later. Issuing
again without changes reuses the rows (same content hash); a change (a
corrected name, other hours, another template or language) makes a new version
and marks the old one superseded. A revoked certificate stays, with its reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lacworkshop.errors import message_text
from lacworkshop.formats.certificate_code import new_code
from lacworkshop.formats.certificate_pdf import unprintable
from lacworkshop.formats.fonts import describe_characters
from lacworkshop.model import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    Participation,
    Person,
)
from lacworkshop.model.base import utcnow
from lacworkshop.services import audit
from lacworkshop.services.backups import backup_before
from lacworkshop.services.certificate_candidates import candidates
from lacworkshop.services.certificate_readiness import require_certificate_readiness
from lacworkshop.services.certificate_signing import make_payload, signing_key
from lacworkshop.services.certificate_templates import (
    LANGUAGES,
    design_for,
    get_template,
)
from lacworkshop.services.certificate_wording import (
    content_hash,
    finish,
    languages_for,
    printed_content,
)
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.lookup import require, require_workshop
from lacworkshop.storage import Database


class ProgressLike(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...
    def check(self) -> None: ...


@dataclass(frozen=True)
class CertificateRow:
    id: int
    code: str
    version: int
    kind: CertificateKind
    participation_id: int
    person_id: int
    name: str
    given_names: str
    family_names: str
    hours: float | None
    language: str
    template_name: str | None
    issued_at: datetime
    status: CertificateStatus
    payload: str
    snapshot: dict[str, Any]
    revoked_reason: str | None = None
    revoked_at: datetime | None = None
    superseded_by_id: int | None = None


@dataclass(frozen=True)
class Blocked:
    participation_id: int
    name: str
    reason: str


@dataclass
class IssueReport:
    workshop_code: str
    kind: CertificateKind
    template: str
    issued: list[CertificateRow] = field(default_factory=list)
    reused: list[CertificateRow] = field(default_factory=list)
    superseded: int = 0
    blocked: list[Blocked] = field(default_factory=list)
    not_eligible: int = 0
    backup: Path | None = None  # the copy of the database made just before issuing

    @property
    def certificates(self) -> list[CertificateRow]:
        """Every valid certificate of the run, sorted by family name."""
        rows = [*self.issued, *self.reused]
        order = {pid: i for i, pid in enumerate(self._order)}
        return sorted(rows, key=lambda r: order.get(r.participation_id, 0))

    _order: list[int] = field(default_factory=list)


def row_of(cert: Certificate, person: Person) -> CertificateRow:
    try:
        snapshot = json.loads(cert.snapshot or "{}")
    except ValueError:
        snapshot = {}
    return CertificateRow(
        id=cert.id,
        code=cert.code,
        version=cert.version,
        kind=cert.kind,
        participation_id=cert.participation_id,
        person_id=person.id,
        name=snapshot.get("name") or person.display_name,
        given_names=person.given_names,
        family_names=person.family_names,
        hours=cert.hours,
        language=cert.language,
        template_name=cert.template_name,
        issued_at=cert.issued_at,
        status=cert.status,
        payload=cert.payload,
        snapshot=snapshot,
        revoked_reason=cert.revoked_reason,
        revoked_at=cert.revoked_at,
        superseded_by_id=cert.superseded_by_id,
    )


def _fresh_code(session: Session, taken: set[str]) -> str:
    while True:
        code = new_code()
        if (
            code not in taken
            and session.scalar(select(Certificate.id).where(Certificate.code == code)) is None
        ):
            taken.add(code)
            return code


def _latest(
    session: Session, participation_ids: list[int], kind: CertificateKind
) -> dict[int, Certificate]:
    latest: dict[int, Certificate] = {}
    for start in range(0, len(participation_ids), 500):
        chunk = participation_ids[start : start + 500]
        for cert in session.scalars(
            select(Certificate)
            .where(Certificate.participation_id.in_(chunk), Certificate.kind == kind)
            .order_by(Certificate.version)
        ):
            latest[cert.participation_id] = cert
    return latest


def issue_certificates(
    db: Database,
    workshop_id: int,
    kind: CertificateKind = CertificateKind.PARTICIPATION,
    template: str | None = None,
    language: str = "auto",
    today: date | None = None,
    progress: ProgressLike | None = None,
    only: set[int] | None = None,
) -> IssueReport:
    """Issue *kind* certificates to everyone entitled in the workshop, in one transaction.

    *only* limits the run to those participation ids (a reissue from the register).
    """
    if language not in (*LANGUAGES, "auto"):
        raise ValidationError("certificate.language", "language", languages=", ".join(LANGUAGES))
    require_certificate_readiness(db, workshop_id, template)
    info = get_template(db, template)
    design = design_for(db, info, workshop_id)
    people = [
        c for c in candidates(db, workshop_id, kind) if only is None or c.participation_id in only
    ]
    issued_on = today or date.today()
    # Issuing writes many rows and supersedes versions: keep the state before it.
    backup = backup_before(db, "certificates") if people else None
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        report = IssueReport(ws.code, kind, info.name, backup=backup)
        report._order = [c.participation_id for c in people]
        key = signing_key(session)
        latest = _latest(session, [c.participation_id for c in people], kind)
        persons = {
            p.id: p
            for p in session.scalars(
                select(Person).where(Person.id.in_([c.person_id for c in people]))
            )
        }
        taken: set[str] = set()
        total = len(people)
        for i, c in enumerate(people):
            if progress is not None:
                progress.check()
                if i % 25 == 0:
                    progress.report(i, total, c.name)
            if not c.eligible:
                report.not_eligible += 1
                continue
            if not c.name:
                report.blocked.append(
                    Blocked(
                        c.participation_id,
                        message_text("blocked.no_name_label"),
                        message_text("blocked.no_name"),
                    )
                )
                continue
            if persons[c.person_id].erased_at is not None:
                # Reissuing would print "(erased)" and supersede the certificate they hold.
                report.blocked.append(
                    Blocked(c.participation_id, "(erased)", message_text("blocked.erased"))
                )
                continue
            missing = unprintable(design, c.name)
            if missing:
                report.blocked.append(
                    Blocked(
                        c.participation_id,
                        c.name,
                        message_text(
                            "blocked.unprintable",
                            font=design.title_family,
                            chars=describe_characters(missing),
                        ),
                    )
                )
                continue
            previous = latest.get(c.participation_id)
            if (
                previous is not None
                and previous.status is CertificateStatus.REVOKED
                and only is None
            ):
                report.blocked.append(
                    Blocked(
                        c.participation_id,
                        c.name,
                        message_text(
                            "blocked.revoked", code=previous.code, reason=previous.revoked_reason
                        ),
                    )
                )
                continue
            langs = languages_for(c.language, ws, language, info.bilingual)
            content = printed_content(info, kind, c, ws, langs)
            digest = content_hash(content)
            person = persons[c.person_id]
            if (
                previous is not None
                and previous.status is CertificateStatus.VALID
                and previous.content_hash == digest
            ):
                report.reused.append(row_of(previous, person))
                continue
            code = _fresh_code(session, taken)
            snapshot = finish(content, code, ws, issued_on)
            cert = Certificate(
                participation_id=c.participation_id,
                kind=kind,
                code=code,
                version=(previous.version + 1) if previous is not None else 1,
                hours=c.hours,
                language="+".join(langs),
                template_name=info.name,
                issued_at=utcnow(),
                snapshot=json.dumps(snapshot, ensure_ascii=False),
                content_hash=digest,
                payload=make_payload(
                    key, code, ws.code, c.name, content["hours"], issued_on.isoformat()
                ),
                status=CertificateStatus.VALID,
            )
            session.add(cert)
            session.flush()
            if previous is not None and previous.status is CertificateStatus.VALID:
                previous.status = CertificateStatus.SUPERSEDED
                previous.superseded_by_id = cert.id
                report.superseded += 1
            report.issued.append(row_of(cert, person))
        if report.issued:
            audit.record(
                session,
                "issue",
                "certificate",
                None,
                f"{len(report.issued)} {kind.value} certificate(s) for {ws.code}",
                {"codes": [r.code for r in report.issued][:200], "superseded": report.superseded},
            )
        if progress is not None:
            progress.report(total, total, "")
            progress.check()  # a Cancel pressed at the very end still issues nothing
    return report


def list_certificates(
    db: Database, workshop_id: int, kind: CertificateKind | None = None, only_valid: bool = False
) -> list[CertificateRow]:
    """The register of a workshop: sorted by family name, kind and version."""
    stmt = (
        select(Certificate, Person)
        .join(Participation, Participation.id == Certificate.participation_id)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.workshop_id == workshop_id)
        .order_by(Person.sort_key, Person.id, Certificate.kind, Certificate.version)
    )
    if kind is not None:
        stmt = stmt.where(Certificate.kind == kind)
    if only_valid:
        stmt = stmt.where(Certificate.status == CertificateStatus.VALID)
    with db.session() as session:
        return [row_of(c, p) for c, p in session.execute(stmt)]


def get_certificate(db: Database, certificate_id: int) -> CertificateRow:
    with db.session() as session:
        found = session.execute(
            select(Certificate, Person)
            .join(Participation, Participation.id == Certificate.participation_id)
            .join(Person, Person.id == Participation.person_id)
            .where(Certificate.id == certificate_id)
        ).first()
        if found is None:
            raise NotFoundError("certificate.no_id", id=certificate_id)
        return row_of(*found)


def revoke(db: Database, certificate_id: int, reason: str) -> CertificateRow:
    """Revoke a certificate; the row stays in the register with the reason."""
    if not reason.strip():
        raise ValidationError("certificate.reason_required", "reason")
    with db.session() as session:
        cert = require(
            session,
            Certificate,
            certificate_id,
            "certificate.no_id",
            id=certificate_id,
        )
        if cert.status is CertificateStatus.REVOKED:
            raise ValidationError("certificate.already_revoked", code=cert.code)
        cert.status = CertificateStatus.REVOKED
        cert.revoked_at = utcnow()
        cert.revoked_reason = reason.strip()
        audit.record(
            session, "revoke", "certificate", cert.id, f"Revoked {cert.code}: {reason.strip()}"
        )
    return get_certificate(db, certificate_id)


def reissue(
    db: Database,
    certificate_id: int,
    template: str | None = None,
    language: str = "auto",
    today: date | None = None,
) -> IssueReport:
    """Issue the certificate again from today's data: a new version when anything changed,
    or when it was revoked; the same row when nothing did."""
    old = get_certificate(db, certificate_id)
    with db.session() as session:
        workshop_id = session.scalar(
            select(Participation.workshop_id).where(Participation.id == old.participation_id)
        )
    assert workshop_id is not None
    return issue_certificates(
        db,
        workshop_id,
        old.kind,
        template or old.template_name,
        language if language != "auto" else old.language.split("+")[0],
        today=today,
        only={old.participation_id},
    )


def count_certificates(db: Database, workshop_id: int) -> int:
    with db.session() as session:
        return (
            session.scalar(
                select(func.count(Certificate.id))
                .join(Participation, Participation.id == Certificate.participation_id)
                .where(Participation.workshop_id == workshop_id)
            )
            or 0
        )
