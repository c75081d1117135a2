"""CSV for Excel and everyone else: UTF-8 with BOM, quoted as needed, injection-safe.

The same rules as the xlsx writer: formula-like text gets a leading ``'``,
control characters a spreadsheet cannot hold are replaced (with a warning),
numbers and dates are written as plain numbers and ISO dates.

Whoever opens the file may split it on a comma, a semicolon (the list separator
of Excel in es, pt and fr locales) or a tab, whatever it was written with. So a
field holding any of them, a quote or a line break is always quoted: ``x;=2+3``
written with commas stays one text cell when opened with ``;``. The BOM tells
Excel the text is UTF-8, and the chosen delimiter lets it open the file in columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lacworkshop.formats.atomic import atomic_write_bytes
from lacworkshop.formats.cell_safety import csv_safe, strip_illegal


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
        warnings.append(f"{where}: control characters replaced in {cleaned!r}")
    return csv_safe(cleaned)


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
