"""A template made into one person's message: the values of the placeholders, then the bytes."""

from __future__ import annotations

from dataclasses import dataclass

from lacworkshop.formats.certificates import format_dates, format_hours
from lacworkshop.formats.email import (
    HOURS,
    Attachment,
    Outgoing,
    Sender,
    build_message,
    fill_subject,
    fill_text,
)
from lacworkshop.services.email.account import EmailAccount
from lacworkshop.services.email.templates import MessageTemplate


@dataclass(frozen=True)
class WorkshopFacts:
    """What the placeholders say of the workshop, read once per run."""

    code: str
    title: str
    start: object  # a date; kept loose so callers pass the model's value as it is
    end: object
    place: str
    languages: tuple[str, ...]
    organisation: str


@dataclass(frozen=True)
class CertificateFacts:
    code: str
    version: int
    hours: float | None
    name: str  # the name as printed on it


def verify_link(account: EmailAccount, code: str) -> str:
    """The organisation's verification address with *code*; the code alone without one."""
    url = account.verify_url.strip()
    if not url:
        return code
    return url.replace("{code}", code) if "{code}" in url else url + code


def values_for(
    name: str,
    language: str,
    workshop: WorkshopFacts,
    account: EmailAccount,
    note: str,
    certificate: CertificateFacts | None = None,
) -> dict[str, str]:
    """The text of every placeholder for one person in *language*."""
    hours = ""
    code = link = ""
    if certificate is not None:
        name = certificate.name or name
        code = certificate.code
        link = verify_link(account, code)
        if certificate.hours:
            hours = HOURS[language].format(hours=format_hours(certificate.hours, language))
    return {
        "name": name,
        "workshop": workshop.title,
        "workshop_code": workshop.code,
        "dates": format_dates(workshop.start, workshop.end, language),  # type: ignore[arg-type]
        "place": workshop.place,
        "hours": hours,
        "certificate_code": code,
        "verify_link": link,
        "note": note,
        "organisation": workshop.organisation or account.sender_name,
    }


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def render(template: MessageTemplate, values: dict[str, str]) -> Rendered:
    """Subject and body of *template* with *values* filled in (the note's own placeholders too)."""
    filled = dict(values, note=fill_text(template.note, values).strip() if template.note else "")
    return Rendered(fill_subject(template.subject, filled), fill_text(template.body, filled))


def message_bytes(
    rendered: Rendered,
    account: EmailAccount,
    to_name: str,
    to_address: str,
    language: str,
    message_id: str,
    attachments: tuple[Attachment, ...] = (),
) -> bytes:
    """The whole message from the account's sender to one person."""
    outgoing = Outgoing(to_name, to_address, rendered.subject, rendered.body, language, attachments)
    sender = Sender(account.sender_name, account.sender_address, account.reply_to)
    return build_message(outgoing, sender, message_id)


def sender_domain(account: EmailAccount) -> str:
    return account.sender_address.rpartition("@")[2]
