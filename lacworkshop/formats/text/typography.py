"""Print-shop typography for words typed by people (template texts, workshop titles).

The document texts of the catalogue are written this way already; these rules
bring what organisers type to the same standard: typographic apostrophes, a
no-break space between a number and its unit, and the French spacing before
``: ; ! ?`` and inside guillemets. Names of people are never passed through
here: they print exactly as stored.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_NUMBER_UNIT = re.compile(r"(?<=\d) (?=(?:horas?|hours?|heures?|h|min)\b)")
_FRENCH_BEFORE = re.compile(r"[ \u00a0\u202f]?([:;!?»])(?=\s|$|[.,)])")
_FRENCH_AFTER = re.compile(r"«[ \u00a0\u202f]?")


def apostrophes(text: str) -> str:
    """``d'Ivoire`` -> ``d’Ivoire``: the apostrophe a typesetter uses."""
    return _APOSTROPHE.sub("\u2019", text)


def tie_units(text: str) -> str:
    """A no-break space between a number and its unit: "10,5 horas" never breaks."""
    return _NUMBER_UNIT.sub(NBSP, text)


def french_spacing(text: str) -> str:
    """No-break spaces before ``: ; ! ?`` and ``»`` and after ``«``, as French prints them."""
    text = _FRENCH_BEFORE.sub(lambda m: NBSP + m.group(1), text)
    return _FRENCH_AFTER.sub("«" + NBSP, text)


def typeset(text: str, language: str) -> str:
    """All the rules of *language* applied to *text*."""
    text = tie_units(apostrophes(text))
    return french_spacing(text) if language == "fr" else text
