"""CSV for Excel and everyone else: UTF-8 with BOM, quoted as needed, injection-safe."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lacworkshop.formats.atomic import atomic_write_bytes
from lacworkshop.formats.cell_safety import csv_safe


def _text(value: Any) -> str:
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
    return csv_safe(str(value))


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """The CSV file as bytes: BOM, CRLF line ends, minimal quoting."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([_text(v) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV atomically; returns the number of data rows."""
    materialised = [list(r) for r in rows]
    atomic_write_bytes(path, csv_bytes(header, materialised))
    return len(materialised)
