"""Email as data: built-in texts, placeholders, addresses, SMTP URLs, messages as bytes."""

from lacworkshop.formats.email.addresses import address_problem, normalised_address
from lacworkshop.formats.email.builtin_texts import BUILTIN_NAMES, CERTIFICATE, REMINDER, WELCOME
from lacworkshop.formats.email.message import (
    Attachment,
    Outgoing,
    Sender,
    build_message,
    new_message_id,
)
from lacworkshop.formats.email.placeholders import PLACEHOLDERS, fill_subject, fill_text, unknown
from lacworkshop.formats.email.smtp_url import BadSmtpUrl, ServerAddress, parse_smtp_url

__all__ = [
    "BUILTIN_NAMES",
    "CERTIFICATE",
    "PLACEHOLDERS",
    "REMINDER",
    "WELCOME",
    "Attachment",
    "BadSmtpUrl",
    "Outgoing",
    "Sender",
    "ServerAddress",
    "address_problem",
    "build_message",
    "fill_subject",
    "fill_text",
    "new_message_id",
    "normalised_address",
    "parse_smtp_url",
    "unknown",
]
