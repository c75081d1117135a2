"""Email as data: built-in texts, placeholders, addresses, SMTP URLs, messages as bytes.

Pure functions: the built-in message texts in four languages, placeholders
filled in, addresses checked, an SMTP server address parsed, and a message
built as bytes with its attachments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.email.addresses import address_problem, normalised_address
    from lacworkshop.formats.email.builtin_texts import (
        BUILTIN_NAMES,
        CERTIFICATE,
        HOURS,
        REMINDER,
        TEST_MESSAGE,
        TEXTS,
        WELCOME,
    )
    from lacworkshop.formats.email.message import (
        Attachment,
        Outgoing,
        Sender,
        build_message,
        new_message_id,
    )
    from lacworkshop.formats.email.placeholders import (
        PLACEHOLDERS,
        fill_subject,
        fill_text,
        unknown,
    )
    from lacworkshop.formats.email.smtp_url import (
        SECURITY,
        BadSmtpUrl,
        ServerAddress,
        parse_smtp_url,
    )

_WHERE = {
    "Attachment": "message",
    "BUILTIN_NAMES": "builtin_texts",
    "BadSmtpUrl": "smtp_url",
    "CERTIFICATE": "builtin_texts",
    "HOURS": "builtin_texts",
    "Outgoing": "message",
    "PLACEHOLDERS": "placeholders",
    "REMINDER": "builtin_texts",
    "SECURITY": "smtp_url",
    "Sender": "message",
    "ServerAddress": "smtp_url",
    "TEST_MESSAGE": "builtin_texts",
    "TEXTS": "builtin_texts",
    "WELCOME": "builtin_texts",
    "address_problem": "addresses",
    "build_message": "message",
    "fill_subject": "placeholders",
    "fill_text": "placeholders",
    "new_message_id": "message",
    "normalised_address": "addresses",
    "parse_smtp_url": "smtp_url",
    "unknown": "placeholders",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "BUILTIN_NAMES",
    "CERTIFICATE",
    "HOURS",
    "PLACEHOLDERS",
    "REMINDER",
    "SECURITY",
    "TEST_MESSAGE",
    "TEXTS",
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
