"""One message as bytes: headers for names with accents, a plain-text body, attachments.

Built with the standard library's ``email`` package (the modern policy), so a
name such as "José Ñúñez O'Brien" is an RFC 2047 encoded word in the header
and the body is UTF-8. The Message-ID is given by the caller: it is made once
when the message is queued and stays with it, so a copy sent again after a
crash carries the same Message-ID and mail programs see it as the same message.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, localtime


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "pdf"


@dataclass(frozen=True)
class Outgoing:
    """What a message says and to whom; the sender comes from the account."""

    to_name: str
    to_address: str
    subject: str
    body: str
    language: str
    attachments: tuple[Attachment, ...] = field(default=())


@dataclass(frozen=True)
class Sender:
    name: str
    address: str
    reply_to: str = ""


def new_message_id(domain: str) -> str:
    """A fresh, globally unique Message-ID under *domain* (the sender's)."""
    return f"<{uuid.uuid4().hex}@{domain or 'lacworkshop.invalid'}>"


def _address(name: str, address: str) -> Address:
    local, _, domain = address.rpartition("@")
    return Address(display_name=name, username=local, domain=domain)


def build_message(outgoing: Outgoing, sender: Sender, message_id: str) -> bytes:
    """The whole message, ready for SMTP (CRLF line ends)."""
    msg = EmailMessage()
    msg["From"] = _address(sender.name, sender.address)
    msg["To"] = _address(outgoing.to_name, outgoing.to_address)
    if sender.reply_to:
        msg["Reply-To"] = sender.reply_to
    msg["Subject"] = outgoing.subject
    msg["Date"] = format_datetime(localtime())
    msg["Message-ID"] = message_id
    msg.set_content(outgoing.body, subtype="plain", charset="utf-8")
    for item in outgoing.attachments:
        msg.add_attachment(
            item.data, maintype=item.maintype, subtype=item.subtype, filename=item.filename
        )
    # Last: set_content and add_attachment move or drop the Content-* headers set before.
    msg["Content-Language"] = outgoing.language
    return msg.as_bytes(policy=SMTP)
