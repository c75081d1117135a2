"""Message templates of a workshop: the built-in texts, or the organiser's own per language.

Kept in the settings under the workshop (``email.templates.<id>``) as
``{name: {language: {subject, body, note}}}``; a language the organiser has
not written falls back to the built-in text of that name, when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lacworkshop.errors import Invalid, NotFound
from lacworkshop.formats.email import BUILTIN_NAMES, PLACEHOLDERS, TEXTS, unknown
from lacworkshop.formats.messages import LANGUAGES
from lacworkshop.services.operations import Change, OpResult, changes
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database

_NAME = re.compile(r"^[\w-]{1,60}$")


@dataclass(frozen=True)
class MessageTemplate:
    name: str
    language: str
    subject: str
    body: str
    note: str  # the organiser's own text, filled in as {note}
    builtin: bool  # True while it is the built-in text, unchanged


def _key(workshop_id: int) -> str:
    return f"email.templates.{workshop_id}"


def _stored(db: Database, workshop_id: int) -> dict[str, dict[str, dict[str, str]]]:
    value = get_setting(db, _key(workshop_id), {})
    return value if isinstance(value, dict) else {}


def template_names(db: Database, workshop_id: int) -> list[str]:
    """The built-in names, then the workshop's own, in the order they were added."""
    own = [n for n in _stored(db, workshop_id) if n not in BUILTIN_NAMES]
    return [*BUILTIN_NAMES, *own]


def message_template(db: Database, workshop_id: int, name: str, language: str) -> MessageTemplate:
    """The text of *name* in *language* for the workshop; NotFound when there is no such name."""
    language = language if language in LANGUAGES else "en"
    stored = _stored(db, workshop_id).get(name, {})
    own = stored.get(language)
    if own:
        return MessageTemplate(
            name, language, own.get("subject", ""), own.get("body", ""), own.get("note", ""), False
        )
    if name in TEXTS:
        subject, body = TEXTS[name][language]
        return MessageTemplate(name, language, subject, body, "", True)
    if stored:  # the organiser's own message, not written in this language: their first one
        first_language, first = next(iter(stored.items()))
        return MessageTemplate(
            name,
            first_language,
            first.get("subject", ""),
            first.get("body", ""),
            first.get("note", ""),
            False,
        )
    raise NotFound(
        "email.unknown_template", name=name, names=", ".join(template_names(db, workshop_id))
    )


def save_template(
    db: Database,
    workshop_id: int,
    name: str,
    language: str,
    subject: str,
    body: str,
    note: str = "",
) -> OpResult[MessageTemplate]:
    """Keep the workshop's own text of *name* in *language* (checked for unknown placeholders)."""
    name = name.strip()
    if not _NAME.match(name):
        raise Invalid("email.template_name", field="name")
    if language not in LANGUAGES:
        raise Invalid("email.template_language", field="language", language=language)
    if not subject.strip() or not body.strip():
        raise Invalid("email.empty_subject", field="subject")
    wrong = unknown(subject) + unknown(body) + unknown(note)
    if wrong:
        raise Invalid(
            "email.unknown_placeholder",
            field="body",
            names=", ".join("{" + w + "}" for w in dict.fromkeys(wrong)),
            known=", ".join("{" + p + "}" for p in PLACEHOLDERS),
        )
    stored = _stored(db, workshop_id)
    stored.setdefault(name, {})[language] = {"subject": subject, "body": body, "note": note}
    set_setting(db, _key(workshop_id), stored)
    return OpResult(
        MessageTemplate(name, language, subject, body, note, False), changes(Change.TEMPLATES)
    )


def reset_template(
    db: Database, workshop_id: int, name: str, language: str
) -> OpResult[MessageTemplate]:
    """Drop the workshop's own text of *name* in *language*: the built-in one is used again."""
    stored = _stored(db, workshop_id)
    texts = stored.get(name, {})
    texts.pop(language, None)
    if not texts:
        stored.pop(name, None)
    set_setting(db, _key(workshop_id), stored)
    return OpResult(message_template(db, workshop_id, name, language), changes(Change.TEMPLATES))
