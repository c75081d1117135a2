"""What one person would receive, shown before anything is queued."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lacworkshop.errors import NotFound
from lacworkshop.formats.email import CERTIFICATE
from lacworkshop.model import Certificate, CertificateKind, CertificateStatus, Participation
from lacworkshop.services.email.account import EmailAccount
from lacworkshop.services.email.queueing import _facts
from lacworkshop.services.email.recipients import recipients
from lacworkshop.services.email.rendering import CertificateFacts, render, values_for
from lacworkshop.services.email.templates import message_template
from lacworkshop.services.lookup import require_workshop
from lacworkshop.storage import Database

SAMPLE_CODE = "7KQ2-M9XD-4HBR"


@dataclass(frozen=True)
class Preview:
    to: str  # "Name <address>", or the reason nothing can be sent
    language: str
    subject: str
    body: str
    sendable: bool
    attachment: str  # the certificate it would carry; empty for other messages


def preview_message(
    db: Database,
    workshop_id: int,
    template_name: str,
    person_id: int,
    account: EmailAccount,
    kind: CertificateKind = CertificateKind.PARTICIPATION,
) -> Preview:
    """The message *template_name* as *person_id* would get it, in their language."""
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        facts = _facts(db, session, ws)
        found = recipients(session, ws, person_ids={person_id}, include_cancelled=True)
        if not found:
            raise NotFound("email.no_person")
        person = found[0]
        cert_facts = None
        attachment = ""
        if template_name == CERTIFICATE:
            cert = session.scalar(
                select(Certificate)
                .join(Participation)
                .where(
                    Participation.workshop_id == workshop_id,
                    Participation.person_id == person_id,
                    Certificate.kind == kind,
                    Certificate.status == CertificateStatus.VALID,
                )
                .order_by(Certificate.version.desc())
                .limit(1)
            )
            if cert is not None:
                cert_facts = CertificateFacts(cert.code, cert.version, cert.hours, person.name)
                attachment = f"{cert.code} v{cert.version}"
            else:
                cert_facts = CertificateFacts(SAMPLE_CODE, 1, None, person.name)
    template = message_template(db, workshop_id, template_name, person.language)
    values = values_for(person.name, template.language, facts, account, template.note, cert_facts)
    rendered = render(template, values)
    to = f"{person.name} <{person.address}>" if person.address else person.problem
    return Preview(
        to, template.language, rendered.subject, rendered.body, not person.problem, attachment
    )
