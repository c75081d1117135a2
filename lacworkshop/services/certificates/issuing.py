"""Issuing certificates: who gets what, codes, signed QR payloads, versions, revocation.

Every issued certificate is a row in the register holding a snapshot of its
printed words, so it can be printed again exactly and verified later. Issuing
again without changes reuses the rows (same content hash). A change of what it
attests (a corrected name, other hours, the workshop's title or dates) makes a
new version under the same code and marks the old one superseded; another
template or language for the same facts is a reprint: same code, version, date
and QR text. A revoked certificate stays, with its reason.
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
from lacworkshop.formats.certificates import name_set_smaller, new_code, unprintable
from lacworkshop.formats.pdf import describe_characters
from lacworkshop.model import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    Participation,
    Person,
)
from lacworkshop.model.base import utcnow
from lacworkshop.services import audit
from lacworkshop.services.certificates.readiness import require_certificate_readiness
from lacworkshop.services.certificates.recipients import Candidate, candidates
from lacworkshop.services.certificates.templates import (
    LANGUAGES,
    TemplateInfo,
    design_for,
    get_template,
)
from lacworkshop.services.certificates.timing import refuse_before_end
from lacworkshop.services.certificates.wording import (
    certified_facts,
    content_hash,
    facts_hash,
    finish,
    languages_for,
    printed_content,
)
from lacworkshop.services.data_safety import backup_before
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.lookup import require, require_workshop
from lacworkshop.services.verification import Signer, certificate_qr, next_status_index, signer
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
    # The holder asked for their data to be erased: the certificate still verifies,
    # but no output prints it again (it would print "(erased)").
    holder_erased: bool = False


@dataclass(frozen=True)
class Blocked:
    """Someone not issued a certificate, and why (in words an organiser reads)."""

    participation_id: int
    name: str
    reason: str


@dataclass
class IssueReport:
    """What a run issued (or, dry, would issue), reprinted, superseded and skipped."""

    workshop_code: str
    kind: CertificateKind
    template: str
    dry_run: bool = False
    issued: list[CertificateRow] = field(default_factory=list)  # new certificates and versions
    reused: list[CertificateRow] = field(default_factory=list)  # unchanged, printed as they are
    reprinted: list[CertificateRow] = field(default_factory=list)  # same facts, other print
    superseded_rows: list[CertificateRow] = field(default_factory=list)  # replaced versions
    blocked: list[Blocked] = field(default_factory=list)
    ineligible: list[Blocked] = field(default_factory=list)
    warnings: list[Blocked] = field(default_factory=list)  # issued, but look at the print
    backup: Path | None = None  # the copy of the database made just before issuing

    @property
    def superseded(self) -> int:
        return len(self.superseded_rows)

    @property
    def not_eligible(self) -> int:
        return len(self.ineligible)

    @property
    def not_issued(self) -> list[Blocked]:
        """Everyone left without a certificate, with the reason, in register order."""
        order = {pid: i for i, pid in enumerate(self._order)}
        return sorted(
            [*self.ineligible, *self.blocked], key=lambda b: order.get(b.participation_id, 0)
        )

    @property
    def certificates(self) -> list[CertificateRow]:
        """Every valid certificate of the run, sorted by family name."""
        rows = [*self.issued, *self.reprinted, *self.reused]
        order = {pid: i for i, pid in enumerate(self._order)}
        return sorted(rows, key=lambda r: order.get(r.participation_id, 0))

    _order: list[int] = field(default_factory=list)


class _DryRunDone(Exception):
    """Raised at the end of a dry run so its unit of work is rolled back, not committed."""


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
        holder_erased=person.erased_at is not None,
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


def _same_facts(previous: Certificate, facts: dict[str, Any], digest: str) -> bool:
    """Whether *previous* attests the same facts; rows from before facts were digested
    are compared by what their snapshot holds (name, kind and hours)."""
    if previous.facts_hash:
        return previous.facts_hash == digest
    try:
        snap = json.loads(previous.snapshot or "{}")
    except ValueError:
        return False
    hours = snap.get("hours")
    return (
        snap.get("name") == facts["name"]
        and snap.get("kind") == facts["kind"]
        and (None if hours is None else round(float(hours), 2)) == facts["hours"]
    )


def _issued_on(cert: Certificate) -> date:
    """The date printed on *cert*: a reprint keeps it, so its QR text stays the same."""
    try:
        return date.fromisoformat(json.loads(cert.snapshot or "{}").get("issued", ""))
    except (ValueError, TypeError, AttributeError):
        return cert.issued_at.date()


def _blocked_reason(
    design: Any, name: str, previous: Certificate | None, reissuing: bool
) -> str | None:
    if not name:
        return message_text("blocked.no_name")
    missing = unprintable(design, name)
    if missing:
        return message_text(
            "blocked.unprintable", font=design.title_family, chars=describe_characters(missing)
        )
    if previous is not None and previous.status is CertificateStatus.REVOKED and not reissuing:
        return message_text("blocked.revoked", code=previous.code, reason=previous.revoked_reason)
    return None


def issue_certificates(
    db: Database,
    workshop_id: int,
    kind: CertificateKind = CertificateKind.PARTICIPATION,
    template: str | None = None,
    language: str = "auto",
    today: date | None = None,
    progress: ProgressLike | None = None,
    only: set[int] | None = None,
    *,
    dry_run: bool = False,
    before_end: bool = False,
    now: datetime | None = None,
) -> IssueReport:
    """Issue *kind* certificates to everyone entitled in the workshop, in one transaction.

    A certificate keeps its code: what it attests changing makes a new version
    (the old one superseded); another language or template for the same facts
    is a reprint of the same version, so every copy already sent still
    verifies. *only* limits the run to those participation ids (a reissue from
    the register). *dry_run* works everything out and writes nothing. Issuing
    before the workshop's last session ended needs *before_end*.
    """
    if language not in (*LANGUAGES, "auto"):
        raise ValidationError("certificate.language", "language", languages=", ".join(LANGUAGES))
    require_certificate_readiness(db, workshop_id, template)
    if not before_end:
        refuse_before_end(db, workshop_id, now)
    info = get_template(db, template)
    design = design_for(db, info, workshop_id)
    people = [
        c for c in candidates(db, workshop_id, kind) if only is None or c.participation_id in only
    ]
    issued_on = today or date.today()
    # Issuing writes many rows and supersedes versions: keep the state before it.
    backup = backup_before(db, "certificates") if people and not dry_run else None
    report: IssueReport | None = None
    try:
        with db.session() as session:
            report = _issue_in(
                session,
                workshop_id,
                kind,
                info,
                design,
                people,
                language,
                issued_on,
                progress,
                only is not None,
            )
            report.dry_run = dry_run
            report.backup = backup
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    assert report is not None
    return report


def _issue_in(
    session: Session,
    workshop_id: int,
    kind: CertificateKind,
    info: TemplateInfo,
    design: Any,
    people: list[Candidate],
    language: str,
    issued_on: date,
    progress: ProgressLike | None,
    reissuing: bool,
) -> IssueReport:
    ws = require_workshop(session, workshop_id)
    report = IssueReport(ws.code, kind, info.name)
    report._order = [c.participation_id for c in people]
    # The key is fetched for the first new certificate: a run that only reprints or is
    # blocked needs none (and a lost key then stops nothing it does not have to).
    signing: Signer | None = None
    latest = _latest(session, [c.participation_id for c in people], kind)
    persons = {
        p.id: p
        for p in session.scalars(select(Person).where(Person.id.in_([c.person_id for c in people])))
    }
    taken: set[str] = set()
    total = len(people)
    for i, c in enumerate(people):
        if progress is not None:
            progress.check()
            if i % 25 == 0:
                progress.report(i, total, c.name)
        if not c.eligible:
            report.ineligible.append(Blocked(c.participation_id, c.name, c.why_not))
            continue
        if persons[c.person_id].erased_at is not None:
            # Reissuing would print "(erased)" and supersede the certificate they hold.
            report.blocked.append(
                Blocked(c.participation_id, "(erased)", message_text("blocked.erased"))
            )
            continue
        previous = latest.get(c.participation_id)
        reason = _blocked_reason(design, c.name, previous, reissuing)
        if reason is not None:
            name = c.name or message_text("blocked.no_name_label")
            report.blocked.append(Blocked(c.participation_id, name, reason))
            continue
        langs = languages_for(c.language, ws, language, info.bilingual)
        if name_set_smaller(design, c.name, langs[0]):
            report.warnings.append(
                Blocked(
                    c.participation_id,
                    c.name,
                    "the name is too long for its place even wrapped and hyphenated; it is "
                    "printed smaller than the body text",
                )
            )
        content = printed_content(info, kind, c, ws, langs)
        digest = content_hash(content)
        facts = certified_facts(kind, c, ws)
        facts_digest = facts_hash(facts)
        person = persons[c.person_id]
        current = (
            previous
            if previous is not None and previous.status is CertificateStatus.VALID
            else None
        )
        if current is not None and _same_facts(current, facts, facts_digest):
            current.facts_hash = facts_digest
            if current.content_hash == digest:
                report.reused.append(row_of(current, person))
                continue
            # Same facts, another language or template: the same certificate printed anew.
            # Code, version, date and QR text stay, so every earlier print still verifies.
            current.snapshot = json.dumps(
                finish(content, current.code, ws, _issued_on(current)), ensure_ascii=False
            )
            current.content_hash = digest
            current.language = "+".join(langs)
            current.template_name = info.name
            session.flush()
            report.reprinted.append(row_of(current, person))
            continue
        # A revoked certificate comes back under a new code: its copies stay revoked.
        code = current.code if current is not None else _fresh_code(session, taken)
        snapshot = finish(content, code, ws, issued_on)
        version = (previous.version + 1) if previous is not None else 1
        signing = signing or signer(session)
        cert = Certificate(
            participation_id=c.participation_id,
            kind=kind,
            code=code,
            version=version,
            hours=c.hours,
            language="+".join(langs),
            template_name=info.name,
            issued_at=utcnow(),
            snapshot=json.dumps(snapshot, ensure_ascii=False),
            content_hash=digest,
            facts_hash=facts_digest,
            payload=certificate_qr(
                session,
                signing,
                code=code,
                version=version,
                name=c.name,
                ws=ws,
                hours=facts["hours"],
                kind=kind.value,
            ),
            status_index=next_status_index(session),
            status=CertificateStatus.VALID,
        )
        session.add(cert)
        session.flush()
        if current is not None:
            current.status = CertificateStatus.SUPERSEDED
            current.superseded_by_id = cert.id
            report.superseded_rows.append(row_of(current, person))
        report.issued.append(row_of(cert, person))
    if report.issued or report.reprinted:
        audit.record(
            session,
            "issue",
            "certificate",
            None,
            f"{len(report.issued)} {kind.value} certificate(s) issued, "
            f"{len(report.reprinted)} reprinted for {ws.code}",
            {
                "codes": [r.code for r in report.issued][:200],
                "reprinted": [r.code for r in report.reprinted][:200],
                "superseded": report.superseded,
                "template": info.name,
            },
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
    *,
    before_end: bool = False,
) -> IssueReport:
    """Issue the certificate again from today's data: a new version when what it attests
    changed, a new certificate when it was revoked, a reprint for another language or
    template, the same row when nothing did."""
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
        before_end=before_end,
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
