"""CSV for Excel and everyone else: UTF-8 with BOM, quoted as needed, injection-safe.

The same rules as the xlsx writer: formula-like text gets a leading ``'``,
control characters a spreadsheet cannot hold are replaced (with a warning),
numbers and dates are written as plain numbers and ISO dates.

Whoever opens the file may split it on a comma, a semicolon (the list separator
of Excel in es, pt and fr locales) or a tab, whatever it was written with. So a
field holding any of them, a quote or a line break is always quoted. Quoting is
not enough on its own: a reader splitting on another separator than the file's
sees no quotes where it splits, so ``x;=2+3`` written with commas and opened
with ``;`` would start a cell with ``=2+3``. Whatever follows a separator inside
a text and looks like a formula gets a leading ``'`` too, as at the start of a
field. The BOM tells Excel the text is UTF-8, and the chosen delimiter lets it
open the file in columns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lacworkshop.errors import message_text
from lacworkshop.formats.writing.atomic import atomic_write_bytes
from lacworkshop.formats.writing.cell_safety import csv_safe, is_formula_like, strip_illegal

# Where a reader with another separator (or none for line breaks) would start a cell.
_INNER_SPLIT = re.compile(r"([,;\t\r\n] *)")


def _text(value: Any, warnings: list[str] | None, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    cleaned, replaced = strip_illegal(str(value))
    if replaced and warnings is not None:
        warnings.append(message_text("warn.control_characters", where=where, value=cleaned))
    return _inner_safe(csv_safe(cleaned))


def _inner_safe(text: str) -> str:
    """A ``'`` before each formula-like piece that another separator would make a cell."""
    if _INNER_SPLIT.search(text) is None:
        return text
    parts = _INNER_SPLIT.split(text)
    # parts: text, separator, text, separator, text ...
    for i in range(2, len(parts), 2):
        if is_formula_like(parts[i]):
            parts[i] = "'" + parts[i]
    return "".join(parts)


DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
# Any of these in a field makes it quoted, whichever delimiter the file uses.
_QUOTE_WHEN = frozenset(',;\t"\r\n')


def delimiter_named(name: str) -> str:
    """ "comma", "semicolon", "tab" (or the character itself) -> the delimiter character."""
    if name in DELIMITERS.values():
        return name
    try:
        return DELIMITERS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown CSV delimiter {name!r}: use comma, semicolon or tab") from None


def _field(text: str) -> str:
    if _QUOTE_WHEN.isdisjoint(text):
        return text
    return '"' + text.replace('"', '""') + '"'


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    warnings: list[str] | None = None,
    delimiter: str = ",",
) -> bytes:
    """The CSV file as bytes: BOM, CRLF line ends, *delimiter* between fields, and every
    field holding a separator of any locale, a quote or a line break quoted."""
    if delimiter not in DELIMITERS.values():
        raise ValueError(f"unknown CSV delimiter {delimiter!r}")
    lines = [
        delimiter.join(
            _field(_text(h, warnings, f"row 1, column {i + 1}")) for i, h in enumerate(header)
        )
    ]
    for rn, row in enumerate(rows, start=2):
        lines.append(
            delimiter.join(
                _field(_text(v, warnings, f"row {rn}, column {i + 1}")) for i, v in enumerate(row)
            )
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def write_csv(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    warnings: list[str] | None = None,
    delimiter: str = ",",
) -> int:
    """Write a CSV atomically; returns the number of data rows.

    Pass a list as *warnings* to learn which cells had characters replaced.
    """
    materialised = [list(r) for r in rows]
    data = csv_bytes(header, materialised, warnings=warnings, delimiter=delimiter)
    atomic_write_bytes(path, data)
    return len(materialised)
