"""CSV for Excel and everyone else: UTF-8 with BOM, quoted as needed, injection-safe.

The same rules as the xlsx writer: formula-like text gets a leading ``'``,
control characters a spreadsheet cannot hold are replaced (with a warning),
numbers and dates are written as plain numbers and ISO dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lacworkshop.errors import message_text
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
        warnings.append(message_text("warn.control_characters", where=where, value=cleaned))
    return csv_safe(cleaned)


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    warnings: list[str] | None = None,
) -> bytes:
    """The CSV file as bytes: BOM, CRLF line ends, minimal quoting."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_text(h, warnings, f"row 1, column {i + 1}") for i, h in enumerate(header)])
    for rn, row in enumerate(rows, start=2):
        writer.writerow(
            [_text(v, warnings, f"row {rn}, column {i + 1}") for i, v in enumerate(row)]
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    warnings: list[str] | None = None,
) -> int:
    """Write a CSV atomically; returns the number of data rows.

    Pass a list as *warnings* to learn which cells had characters replaced.
    """
    materialised = [list(r) for r in rows]
    atomic_write_bytes(path, csv_bytes(header, materialised, warnings=warnings))
    return len(materialised)
