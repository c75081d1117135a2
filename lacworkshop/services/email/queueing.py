"""Putting messages in the outbox: certificates to their holders, a template to a workshop.

Each message is rendered when it is queued (the certificate's PDF included)
and stored whole with its Message-ID, so what is sent later, from whatever
network, is exactly what was previewed. The idempotency key (person, message
and, for a certificate, its code and version) is unique: queueing again finds
what is there, so a second run adds nothing and nobody gets a message twice.
A new version of a certificate (a corrected name) is a new message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.formats.email import CERTIFICATE, Attachment, new_message_id
from lacworkshop.model import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    OutboxMessage,
    OutboxState,
    Person,
    Workshop,
)
from lacworkshop.services.certificates import CertificateRow, candidates, row_of
from lacworkshop.services.email.account import EmailAccount
from lacworkshop.services.email.recipients import Recipient, Skipped, recipients
from lacworkshop.services.email.rendering import (
    CertificateFacts,
    WorkshopFacts,
    message_bytes,
    render,
    sender_domain,
    values_for,
)
from lacworkshop.services.email.templates import message_template
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.organisation import organisation_name
from lacworkshop.storage import Database


@dataclass(frozen=True)
class Planned:
    """One message to one person: queued now, or found in the outbox already."""

    person_id: int
    name: str
    address: str
    language: str
    template: str
    certificate_code: str | None = None
    certificate_version: int | None = None
    state: str = OutboxState.QUEUED  # for one found already: its state there

    @property
    def what(self) -> str:
        if self.certificate_code:
            return f"{self.template} {self.certificate_code} v{self.certificate_version}"
        return self.template


@dataclass
class QueueReport:
    workshop_code: str
    template: str
    dry_run: bool
    queued: list[Planned] = field(default_factory=list)
    already: list[Planned] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def certificate_key(person_id: int, kind: str, code: str, version: int) -> str:
    return f"certificate:{person_id}:{kind}:{code}:v{version}"


def message_key(workshop_id: int, template: str, person_id: int, round_: int = 1) -> str:
    """One message per person and round: a second reminder is round 2, and goes once too."""
    key = f"message:{workshop_id}:{template}:{person_id}"
    return key if round_ == 1 else f"{key}:r{round_}"


def _facts(db: Database, session: Session, ws: Workshop) -> WorkshopFacts:
    place = ", ".join(p for p in (ws.venue, ws.city) if p and p.strip())
    languages = tuple(x.strip() for x in (ws.languages or "es").split(",") if x.strip())
    return WorkshopFacts(
        ws.code, ws.title, ws.start_date, ws.end_date, place, languages, organisation_name(db)
    )


def _existing(session: Session, keys: list[str]) -> dict[str, str]:
    """The state of each key already in the outbox."""
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for key, state in session.execute(
            select(OutboxMessage.idempotency_key, OutboxMessage.state).where(
                OutboxMessage.idempotency_key.in_(chunk)
            )
        ):
            found[key] = state
    return found


def _certificates_sent(session: Session, workshop_id: int, kind: str) -> set[int]:
    """People with a certificate message of *kind* in the outbox already (any version)."""
    rows = session.scalars(
        select(OutboxMessage.idempotency_key).where(
            OutboxMessage.workshop_id == workshop_id,
            OutboxMessage.template == CERTIFICATE,
            OutboxMessage.idempotency_key.like(f"certificate:%:{kind}:%"),
        )
    )
    return {int(k.split(":")[1]) for k in rows}


def _latest_valid(
    session: Session, participation_ids: list[int], kind: CertificateKind
) -> dict[int, tuple[Certificate, Person]]:
    latest: dict[int, tuple[Certificate, Person]] = {}
    if not participation_ids:
        return latest
    rows = session.execute(
        select(Certificate, Person)
        .join(Certificate.participation)
        .join(Person)
        .where(
            Certificate.participation_id.in_(participation_ids),
            Certificate.kind == kind,
            Certificate.status == CertificateStatus.VALID,
        )
        .order_by(Certificate.version)
    )
    for cert, person in rows:
        latest[cert.participation_id] = (cert, person)
    return latest


def queue_certificates(
    db: Database,
    workshop_id: int,
    account: EmailAccount,
    kind: CertificateKind = CertificateKind.PARTICIPATION,
    *,
    only_unsent: bool = False,
    track: str | None = None,
    person_ids: set[int] | None = None,
    attach: bool = True,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[QueueReport]:
    """Queue each holder's latest valid *kind* certificate, in their language, with its PDF.

    People entitled to one that was not issued yet, and people without a usable
    address, are listed in ``skipped`` with the reason; nothing else stops.
    *only_unsent* leaves out everyone who was sent any version of it before.
    """
    from lacworkshop.services.certificates import per_person_pdfs

    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        facts = _facts(db, session, ws)
        people = recipients(session, ws, track, person_ids)
        report = QueueReport(ws.code, CERTIFICATE, dry_run)
        held = _latest_valid(session, [r.participation_id for r in people], kind)
        sent_before = _certificates_sent(session, workshop_id, kind.value) if only_unsent else set()
        entitled = {c.participation_id for c in candidates(db, workshop_id, kind) if c.eligible}
        todo: list[tuple[Recipient, CertificateRow, str]] = []
        for person in people:
            found = held.get(person.participation_id)
            if found is None:
                if person.participation_id in entitled:
                    report.skipped.append(
                        Skipped(person.person_id, person.name, _no_certificate_reason())
                    )
                continue
            if person.person_id in sent_before:
                continue
            if person.problem:
                report.skipped.append(Skipped(person.person_id, person.name, person.problem))
                continue
            row = row_of(*found)
            todo.append(
                (person, row, certificate_key(person.person_id, kind.value, row.code, row.version))
            )
        existing = _existing(session, [key for _p, _r, key in todo])
        fresh: list[tuple[Recipient, CertificateRow, str]] = []
        for person, row, key in todo:
            plan = Planned(
                person.person_id,
                person.name,
                person.address or "",
                person.language,
                CERTIFICATE,
                row.code,
                row.version,
                existing.get(key, OutboxState.QUEUED),
            )
            if key in existing:
                report.already.append(plan)
            else:
                report.queued.append(plan)
                fresh.append((person, row, key))
        if dry_run or not fresh:
            return OpResult(report)
        pdfs: list[tuple[str, bytes]] = []
        if attach:
            pdfs = list(per_person_pdfs(db, [r for _p, r, _k in fresh], workshop_id, progress))
        total = len(fresh)
        for i, (person, row, key) in enumerate(fresh):
            progress.check()
            template = message_template(db, workshop_id, CERTIFICATE, person.language)
            cert = CertificateFacts(row.code, row.version, row.hours, row.name)
            values = values_for(person.name, template.language, facts, account, template.note, cert)
            attachments = (Attachment(pdfs[i][0], pdfs[i][1]),) if attach else ()
            session.add(
                _row(
                    session,
                    ws,
                    person,
                    template.language,
                    values,
                    template,
                    account,
                    key,
                    attachments,
                    row,
                )
            )
            progress.report(i + 1, total, person.name)
    return OpResult(report, changes(Change.OUTBOX))


def _no_certificate_reason() -> str:
    from lacworkshop.errors import message_text

    return message_text("email.reason_no_certificate")


def _row(  # type: ignore[no-untyped-def]
    session: Session,
    ws: Workshop,
    person: Recipient,
    language: str,
    values: dict[str, str],
    template,
    account: EmailAccount,
    key: str,
    attachments: tuple[Attachment, ...],
    certificate: CertificateRow | None = None,
) -> OutboxMessage:
    rendered = render(template, values)
    message_id = new_message_id(sender_domain(account))
    raw = message_bytes(
        rendered, account, person.name, person.address or "", language, message_id, attachments
    )
    return OutboxMessage(
        workshop_id=ws.id,
        person_id=person.person_id,
        template=template.name,
        language=language,
        certificate_id=certificate.id if certificate else None,
        certificate_code=certificate.code if certificate else None,
        certificate_version=certificate.version if certificate else None,
        recipient=person.address or "",
        subject=rendered.subject,
        message_id=message_id,
        raw=raw,
        state=OutboxState.QUEUED,
        idempotency_key=key,
    )


def queue_messages(
    db: Database,
    workshop_id: int,
    account: EmailAccount,
    template_name: str,
    *,
    track: str | None = None,
    person_ids: set[int] | None = None,
    round_: int = 1,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[QueueReport]:
    """Queue the message *template_name* to the workshop's people (a track, or a selection).

    Each person gets it once per *round_*: queueing round 1 again adds nothing, while
    round 2 (a second reminder) goes to everyone once more, and once only.
    """
    if round_ < 1:
        raise ValidationError("email.bad_round", "round", round=round_)
    if template_name == CERTIFICATE:
        raise ValidationError(
            "email.unknown_template", name=template_name, names="welcome, reminder"
        )
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        message_template(db, workshop_id, template_name, workshop_languages_first(ws))
        facts = _facts(db, session, ws)
        people = recipients(session, ws, track, person_ids)
        report = QueueReport(ws.code, template_name, dry_run)
        usable = []
        for person in people:
            if person.problem:
                report.skipped.append(Skipped(person.person_id, person.name, person.problem))
            else:
                usable.append(person)
        keys = [message_key(workshop_id, template_name, p.person_id, round_) for p in usable]
        existing = _existing(session, keys)
        total = len(usable)
        for i, (person, key) in enumerate(zip(usable, keys, strict=True)):
            progress.check()
            template = message_template(db, workshop_id, template_name, person.language)
            plan = Planned(
                person.person_id,
                person.name,
                person.address or "",
                template.language,
                template_name,
                state=existing.get(key, OutboxState.QUEUED),
            )
            if key in existing:
                report.already.append(plan)
                continue
            report.queued.append(plan)
            if not dry_run:
                values = values_for(person.name, template.language, facts, account, template.note)
                session.add(
                    _row(session, ws, person, template.language, values, template, account, key, ())
                )
            progress.report(i + 1, total, person.name)
    return OpResult(
        report, changes(Change.OUTBOX) if report.queued and not dry_run else frozenset()
    )


def workshop_languages_first(ws: Workshop) -> str:
    from lacworkshop.services.email.recipients import workshop_language

    return workshop_language(ws)
