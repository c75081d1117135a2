"""The words of a certificate: placeholders filled, dates and numbers in the reader's language.

Date ranges follow each language's own habit, built from Babel's month names:
"del 12 al 16 de octubre de 2026", "de 12 a 16 de outubro de 2026",
"12–16 October 2026", "du 12 au 16 octobre 2026". Ranges take an en dash, never a hyphen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import get_month_names
from babel.numbers import format_decimal

PLACEHOLDERS = (
    "name",
    "workshop",
    "dates",
    "hours",
    "city",
    "country",
    "track",
    "role",
    "code",
    "modules",
)
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@cache
def _months(language: str) -> dict[int, str]:
    return dict(get_month_names("wide", context="format", locale=language))


def _day(d: date, language: str) -> str:
    if language == "fr" and d.day == 1:
        return "1er"
    return str(d.day)


def _es(start: date, end: date, m: dict[int, str]) -> str:
    if start == end:
        return f"el {start.day} de {m[start.month]} de {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"del {start.day} al {end.day} de {m[end.month]} de {end.year}"
    if start.year == end.year:
        return f"del {start.day} de {m[start.month]} al {end.day} de {m[end.month]} de {end.year}"
    return (
        f"del {start.day} de {m[start.month]} de {start.year} "
        f"al {end.day} de {m[end.month]} de {end.year}"
    )


def _pt(start: date, end: date, m: dict[int, str]) -> str:
    if start == end:
        return f"em {start.day} de {m[start.month]} de {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"de {start.day} a {end.day} de {m[end.month]} de {end.year}"
    if start.year == end.year:
        return f"de {start.day} de {m[start.month]} a {end.day} de {m[end.month]} de {end.year}"
    return (
        f"de {start.day} de {m[start.month]} de {start.year} "
        f"a {end.day} de {m[end.month]} de {end.year}"
    )


def _en(start: date, end: date, m: dict[int, str]) -> str:
    if start == end:
        return f"{start.day} {m[start.month]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {m[end.month]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {m[start.month]} \u2013 {end.day} {m[end.month]} {end.year}"
    return f"{start.day} {m[start.month]} {start.year} \u2013 {end.day} {m[end.month]} {end.year}"


def _fr(start: date, end: date, m: dict[int, str]) -> str:
    s, e = _day(start, "fr"), _day(end, "fr")
    if start == end:
        return f"le {s} {m[start.month]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"du {s} au {e} {m[end.month]} {end.year}"
    if start.year == end.year:
        return f"du {s} {m[start.month]} au {e} {m[end.month]} {end.year}"
    return f"du {s} {m[start.month]} {start.year} au {e} {m[end.month]} {end.year}"


_RANGES = {"es": _es, "pt": _pt, "en": _en, "fr": _fr}


def format_dates(start: date, end: date, language: str) -> str:
    """The date range of a workshop as it is written in *language*."""
    if end < start:
        start, end = end, start
    build = _RANGES.get(language, _en)
    return build(start, end, _months(language if language in _RANGES else "en"))


def format_date(d: date, language: str) -> str:
    """One date written out: "16 de octubre de 2026", "16 October 2026"."""
    m = _months(language if language in _RANGES else "en")
    if language in ("es", "pt"):
        return f"{d.day} de {m[d.month]} de {d.year}"
    return f"{_day(d, language)} {m[d.month]} {d.year}"


def format_hours(hours: float | None, language: str) -> str:
    """Hours exactly, in the language's decimal form: "5,25" (es, pt, fr), "5.25" (en).

    Session lengths are whole minutes, so two decimals are exact for quarter hours
    (1 h 45 min is 1,75) and never round 5.25 to "5.2". Every document that prints
    hours uses this one form, so a certificate and a register never disagree.
    """
    if hours is None:
        return ""
    return str(format_decimal(round(hours, 2), format="#,##0.##", locale=language))


def hours_number(hours: float) -> str:
    """Hours for machine-readable output (tab-separated, logs): "12.5", "1.75", never "5.2"."""
    return f"{round(hours, 2):g}"


def country_name(code: str | None, language: str) -> str:
    """The name of an ISO 3166 country in *language*; the code itself when unknown."""
    if not code:
        return ""
    return str(Locale.parse(language).territories.get(code.upper(), code))


def join_list(items: list[str], language: str) -> str:
    """ "a, b y c" / "a, b e c" / "a, b and c" / "a, b et c"."""
    if len(items) <= 1:
        return "".join(items)
    word = {"es": "y", "pt": "e", "en": "and", "fr": "et"}.get(language, "and")
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def fill(template: str, values: Mapping[str, str]) -> str:
    """*template* with its known ``{placeholders}`` replaced; other braces stay as written.

    Values are inserted literally: a name holding braces, ``<`` or ``&`` prints as it is.
    """
    empty = [key for key, value in values.items() if not value.strip()]
    for key in empty:
        template = _without_empty(template, key)
    text = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), template)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text) if empty else text


def _without_empty(template: str, key: str) -> str:
    """Drop the punctuation that framed an empty value: "San José ({country})" -> "San José".

    A workshop saved without a country would otherwise print "San José ()" or
    "held in San José, , on ...".
    """
    slot = re.escape("{" + key + "}")
    template = re.sub(r"\s*\(" + slot + r"\)", "", template)
    template = re.sub(slot + r"\s*\((\{\w+\})\)", r"\1", template)  # "{city} ({country})"
    template = re.sub(r",\s*" + slot + r"(?=\s*[,.;])", "", template)
    return re.sub(slot + r",\s*", "", template)
