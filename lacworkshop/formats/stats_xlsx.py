"""The statistics workbook: one sheet per table, each with its native chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lacworkshop.formats.writing import Chart, Column, Sheet, WriteReport, write_xlsx


@dataclass(frozen=True)
class StatTable:
    """A table of a report, as shown on screen and written to a sheet."""

    key: str  # stable identifier: "country", "by_day", ...
    title: str  # in the document language; also the sheet name
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    chart: Chart | None = None


def stats_sheets(tables: Sequence[StatTable]) -> list[Sheet]:
    return [Sheet(t.title, t.columns, t.rows, charts=(t.chart,) if t.chart else ()) for t in tables]


def write_stats_xlsx(
    path: Path | str,
    tables: Sequence[StatTable],
    *,
    title: str,
    subject: str,
    language: str,
) -> WriteReport:
    """Write the report to *path* atomically."""
    return write_xlsx(
        path,
        stats_sheets(tables),
        title=title,
        subject=subject,
        language=language,
        keywords="statistics",
    )
