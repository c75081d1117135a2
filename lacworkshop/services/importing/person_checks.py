"""Checks of one imported person beyond the format: names that look like formulas or
markup or hold odd characters, and genders that are none of the known spellings.

Both are warnings: the row is imported (names as text, a gender as self-described)
and the preview says what it saw, so nothing passes in silence.
"""

from __future__ import annotations

import re
import unicodedata

from lacworkshop.errors import message_text
from lacworkshop.formats.messages import Term
from lacworkshop.model.gender_words import gender_code_and_text
from lacworkshop.services.importing.rows import Problem

NAME_FIELDS = ("given_names", "family_names", "preferred_name")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>|&(?:[A-Za-z]+|#\d+);")
# Punctuation a name may hold: apostrophes, hyphens, dots, commas, parentheses.
_NAME_PUNCTUATION = frozenset("'’‘ʼ-‐‑.,()·")


def odd_characters(text: str) -> str:
    """The characters of *text* no name should hold (digits, symbols, controls), once each."""
    odd: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LM" or ch == " " or ch in _NAME_PUNCTUATION:
            continue
        if ch not in odd:
            odd.append(ch)
    return "".join(odd)


def _shown(chars: str) -> str:
    return ", ".join(
        repr(c) if unicodedata.category(c)[0] != "C" else f"U+{ord(c):04X}" for c in chars
    )


def name_problems(values: dict[str, str], column_of: dict[str, str]) -> list[Problem]:
    """Warnings for names that look like a formula or markup or hold odd characters."""
    found: list[Problem] = []
    for fld in NAME_FIELDS:
        text = values.get(fld) or ""
        if not text:
            continue
        column = column_of.get(fld) or column_of.get("full_name")
        label = Term(fld.replace("_", " "))  # said in the message's language
        if text.startswith(FORMULA_START):
            found.append(
                Problem(
                    column,
                    message_text("problem.name_formula", field=label, value=text),
                    False,
                    "name_formula",
                    text,
                )
            )
        elif _MARKUP.search(text):
            found.append(
                Problem(
                    column,
                    message_text("problem.name_markup", field=label, value=text),
                    False,
                    "name_markup",
                    text,
                )
            )
        else:
            odd = odd_characters(text)
            if odd:
                found.append(
                    Problem(
                        column,
                        message_text(
                            "problem.name_characters",
                            field=label,
                            value=text,
                            characters=_shown(odd),
                        ),
                        False,
                        "name_characters",
                        text,
                    )
                )
    return found


def gender_values(raw: str, column: str | None) -> tuple[str | None, str | None, list[Problem]]:
    """(code, own words, warnings) for a gender as written in the file."""
    code, own = gender_code_and_text(raw)
    if own is None:
        return code, None, []
    return (
        code,
        own,
        [
            Problem(
                column,
                message_text("problem.unknown_gender", value=raw),
                False,
                "unknown_gender",
                own,
            )
        ],
    )
