"""Tests of one cell's text: does it look like an email, a name, a phone, a date, an id?"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
# Digits with the separators people type in phone numbers; 7 to 15 digits (E.164).
PHONE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
DATE = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?(\s?[ap]\.?\s?m\.?)?)?"
    r"(\s?(GMT|UTC|[+-]\d{2}:?\d{2}|[A-Z]{3,4}))?$",
    re.IGNORECASE,
)
TIME = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
# Letters of any script, and what joins the parts of a name: spaces, apostrophes, hyphens.
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:(?:[\s'’.\-]|,\s)+[^\W\d_]+)*\.?$")


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: how headers and values are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def is_email(text: str) -> bool:
    return bool(EMAIL.match("".join(text.split())))


def is_phone(text: str) -> bool:
    if not PHONE.match(text):
        return False
    digits = sum(c.isdigit() for c in text)
    # A bare run of digits is as likely an id; a phone has a + or separators, or is long.
    return 7 <= digits <= 15 and (text.startswith("+") or not text.isdigit() or digits >= 10)


def is_date(text: str) -> bool:
    return bool(DATE.match(text) or TIME.match(text))


def is_number(text: str) -> bool:
    """An id or a count: digits, perhaps with letters mixed in ("A-1023", "EB123456")."""
    compact = text.replace("-", "").replace(" ", "").replace("#", "")
    return bool(compact) and any(c.isdigit() for c in compact) and compact.isalnum()


def name_words(text: str) -> int:
    """How many words a name has (0 when the text is not name-like at all)."""
    if not _NAME_CHARS.match(text):
        return 0
    return len([w for w in re.split(r"[\s,]+", text) if w])


@cache
def _countries() -> frozenset[str]:
    from babel import Locale

    names: set[str] = set()
    for lang in ("es", "pt", "en", "fr"):
        for code, name in Locale.parse(lang).territories.items():
            if len(str(code)) == 2 and str(code).isalpha():
                names.add(_country_key(name))
    names.update(_country_key(a) for a in _ALIASES)
    return frozenset(names)


@cache
def _codes() -> frozenset[str]:
    from babel import Locale

    codes = (str(c) for c in Locale.parse("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha())


_ALIASES = (
    "EEUU",
    "EE.UU.",
    "USA",
    "EUA",
    "UK",
    "Rep. Dominicana",
    "República Dominicana",
    "Trinidad y Tobago",
    "Trinidad and Tobago",
    "Holanda",
    "Inglaterra",
)


def _country_key(text: str) -> str:
    return re.sub(r"[^a-z ]", "", fold(text).replace("-", " ").replace(".", " ")).strip()


def is_country(text: str) -> bool:
    """An ISO 3166 code (BR) or a country's name in es/pt/en/fr ("Perú", "Brésil")."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.isupper():
        return stripped in _codes()
    return _country_key(stripped) in _countries()
