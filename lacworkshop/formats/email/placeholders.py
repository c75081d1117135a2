"""Placeholders of a message text: which there are, which a text uses, filling them.

A text names a value as ``{name}``. Filling is literal (a name holding braces,
``<`` or ``&`` is written as it is). A line whose placeholders are all empty is
left out, so "Código del certificado: {certificate_code}" vanishes from a
message that has no certificate, and an empty ``{note}`` leaves no blank gap. An
empty placeholder in brackets goes with its brackets: "tu certificado ({hours})"
reads "tu certificado" when the certificate states no hours, never "()".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDERS = (
    "name",  # the name as printed on the certificate
    "workshop",  # the workshop's title
    "workshop_code",
    "dates",  # written out in the message's language
    "place",  # venue and city
    "hours",
    "certificate_code",
    "verify_link",  # the organisation's verification address with the code, else the code
    "note",  # the organiser's own text for this message
    "organisation",
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# A placeholder alone in brackets, with the space before it: "certificado ({hours})".
_BRACKETED = re.compile(r"[ \t\u00a0]*[(\[]\{(\w+)\}[)\]]")


def used(text: str) -> list[str]:
    """The placeholder names *text* uses, in order of first use."""
    seen: list[str] = []
    for name in _PLACEHOLDER.findall(text):
        if name not in seen:
            seen.append(name)
    return seen


def unknown(text: str) -> list[str]:
    """The names in *text* that are not placeholders (a typo such as ``{nmae}``)."""
    return [name for name in used(text) if name not in PLACEHOLDERS]


def fill_text(text: str, values: Mapping[str, str]) -> str:
    """*text* with its placeholders filled; lines whose placeholders are all empty dropped."""
    lines: list[str] = []
    for line in text.split("\n"):
        names = [n for n in _PLACEHOLDER.findall(line) if n in PLACEHOLDERS]
        if names and not any(values.get(n, "").strip() for n in names):
            continue
        line = _BRACKETED.sub(
            lambda m: (
                ""
                if m.group(1) in PLACEHOLDERS and not values.get(m.group(1), "").strip()
                else m.group(0)
            ),
            line,
        )
        lines.append(
            _PLACEHOLDER.sub(
                lambda m: values.get(m.group(1), "") if m.group(1) in PLACEHOLDERS else m.group(0),
                line,
            )
        )
    # Dropped lines may leave runs of blank lines: one blank line between paragraphs.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def fill_subject(text: str, values: Mapping[str, str]) -> str:
    """A subject line filled: one line, no newline a header could be split with."""
    filled = fill_text(text, values)
    return " ".join(filled.split())
