"""Cell values as clean text: the one normalisation every imported value goes through."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from lacworkshop.formats.text import remove_unsafe_characters

_SPACES = re.compile(r"\s+")


def clean_text(value: object) -> str:
    """A cell as clean text: NFC, trimmed, inner whitespace (tabs, newlines) single spaces,
    control characters and bidirectional overrides removed."""
    return clean_text_noting(value)[0]


def clean_text_noting(value: object) -> tuple[str, tuple[str, ...]]:
    """``clean_text(value)``, and the unsafe characters removed from it (for a warning)."""
    if value is None:
        return "", ()
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, dt.datetime):
        text = (
            value.strftime("%Y-%m-%d %H:%M")
            if (value.hour or value.minute)
            else value.date().isoformat()
        )
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, float):
        text = f"{value:.10g}"
    else:
        text = str(value)
    text = unicodedata.normalize("NFC", text)
    # Spacing controls (tab, newline) become spaces first; the others go.
    text, removed = remove_unsafe_characters(_SPACES.sub(" ", text))
    return _SPACES.sub(" ", text).strip(), removed
