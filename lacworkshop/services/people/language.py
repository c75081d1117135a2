"""A person's language when nobody wrote it down: from their country, else the workshop's."""

from __future__ import annotations

from lacworkshop.model.enums import Language

_BY_COUNTRY: dict[Language, frozenset[str]] = {
    Language.PT: frozenset({"BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"}),
    # Haiti, the French Caribbean and the other French-speaking countries.
    Language.FR: frozenset(
        {
            "HT", "FR", "GF", "GP", "MQ", "BL", "MF", "PM", "RE", "YT", "NC", "PF", "WF", "MC",
            "SN", "CI", "CM", "ML", "BF", "NE", "TG", "BJ", "GA", "CG", "CD", "MG", "GN", "TD",
            "CF", "DJ", "KM", "BI", "LU",
        }
    ),
    # The English-speaking Caribbean, and English-speaking countries further away.
    Language.EN: frozenset(
        {
            "AG", "BS", "BB", "BZ", "DM", "GD", "GY", "JM", "KN", "LC", "VC", "TT", "AI", "BM",
            "VG", "KY", "MS", "TC", "VI", "FK", "US", "GB", "IE", "CA", "AU", "NZ",
        }
    ),
    Language.ES: frozenset(
        {
            "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA",
            "PY", "PE", "PR", "UY", "VE", "ES", "GQ",
        }
    ),
}  # fmt: skip
_INDEX = {code: language for language, codes in _BY_COUNTRY.items() for code in codes}


def language_of_country(country: str | None) -> Language | None:
    """The language people of *country* (ISO code) are written to, when it is clear."""
    return _INDEX.get((country or "").strip().upper())


def guess_language(country: str | None, workshop_languages: str) -> Language:
    """Country first (BR: pt, HT: fr, JM: en, AR: es), else the workshop's first language."""
    found = language_of_country(country)
    if found is not None:
        return found
    first = (workshop_languages or "es").split(",")[0].strip()
    try:
        return Language(first)
    except ValueError:
        return Language.ES
