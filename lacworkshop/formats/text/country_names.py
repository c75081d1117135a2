"""Country names in the document language, from the CLDR data babel ships."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return dict(Locale.parse("en").territories)


def country_name(code: str | None, language: str) -> str:
    """``"BR"`` -> ``"Brasil"`` in Spanish; an unknown code comes back as it was."""
    if not code:
        return ""
    key = code.strip().upper()
    return _territories(language).get(key, code)
