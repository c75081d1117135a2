"""Values that are safe to put in a spreadsheet cell.

A name such as ``=HYPERLINK(...)`` or ``-Ana`` must reach the sheet as text,
never as a formula (CSV/formula injection), and control characters that the
xlsx format cannot hold are replaced rather than crashing the export.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# Leading characters a spreadsheet program may read as the start of a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
REPLACEMENT = "\ufffd"
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def strip_illegal(text: str) -> tuple[str, bool]:
    """Replace control characters xlsx cannot store; True if any were replaced."""
    cleaned, n = ILLEGAL_CHARACTERS_RE.subn(REPLACEMENT, text)
    return cleaned, n > 0


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would treat *text* as a formula if typed in."""
    return text.startswith(FORMULA_TRIGGERS) and not _NUMBER.match(text)


def csv_safe(text: str) -> str:
    """Text for a CSV cell: a leading ``'`` before anything formula-like."""
    return "'" + text if is_formula_like(text) else text
