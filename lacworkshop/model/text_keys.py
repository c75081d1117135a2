"""Accent- and case-free keys for search, duplicate detection and sorting. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
# Letters that NFKD does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
    }
)
# Particles that begin a family name in the region ("de la Fuente", "da Silva",
# "van der Berg"); the name splitter and the sort key both know them.
FAMILY_NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "du",
        "van",
        "von",
        "le",
    }
)
# Regional sorting passes over the particles at the start of a family name
# ("de la Fuente" files under F; "da Silva" under S), and over a stray joiner.
_SORT_SKIPPED = FAMILY_NAME_PARTICLES | {"y", "e"}


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced: ``"  Núñez  "`` -> ``"nunez"``."""
    if not text:
        return ""
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    # Imports key thousands of rows whose countries, organisations and given names
    # repeat: each distinct text is folded once. ASCII needs no decomposition.
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Case first, so "Æ" and "æ" (which NFKD leaves alone) meet the same replacement.
    stripped = stripped.casefold().translate(_UNDECOMPOSED)
    return _SPACES.sub(" ", stripped).strip()


def email_key(email: str | None) -> str | None:
    """An email compared the way mail servers in practice do: case and spaces ignored."""
    if not email:
        return None
    key = "".join(email.split()).casefold()
    return key or None


def name_key(given: str | None, family: str | None) -> str:
    """Normalised full name for duplicate detection, hyphens and dots as spaces."""
    joined = f"{given or ''} {family or ''}"
    return fold(re.sub(r"[-.,'’]", " ", joined))


def sort_key(given: str | None, family: str | None) -> str:
    """Family name first, leading particles moved behind, accents folded."""
    words = fold(family).split()
    while len(words) > 1 and words[0] in _SORT_SKIPPED:
        words.append(words.pop(0))
    return f"{' '.join(words)}\x1f{fold(given)}"


def search_key(*parts: str | None) -> str:
    """All searchable text of a row, folded, joined by a separator."""
    return "\x1f".join(fold(p) for p in parts if p)
