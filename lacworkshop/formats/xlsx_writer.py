"""The one xlsx writer every export uses: safe text, real types, readable sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from lacworkshop.formats.atomic import atomic_path
from lacworkshop.formats.cell_safety import strip_illegal

Kind = Literal["text", "int", "number", "hours", "percent", "date", "datetime"]

NUMBER_FORMATS: dict[str, str] = {
    "int": "0",
    "number": "0.##",
    "hours": "0.0",
    "percent": "0%",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
MAX_WIDTH = 60


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: float | None = None  # None: sized to the content


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


@dataclass
class WriteReport:
    rows: int = 0
    warnings: list[str] = field(default_factory=list)


def text_cell(ws: Worksheet, value: str, report: WriteReport, where: str) -> WriteOnlyCell:
    """A cell holding *value* as text, whatever character it starts with."""
    cleaned, replaced = strip_illegal(value)
    if replaced:
        report.warnings.append(f"{where}: control characters replaced in {cleaned!r}")
    cell = WriteOnlyCell(ws, value=cleaned)
    # openpyxl guesses a formula from a leading "="; a person's text is never one.
    cell.data_type = "s"
    if cleaned.startswith(("=", "+", "-", "@")):
        cell.quotePrefix = True
    return cell


def value_cell(
    ws: Worksheet, value: Any, kind: Kind, report: WriteReport, where: str
) -> WriteOnlyCell:
    """A cell for *value* keeping its real type; strings are always text."""
    if value is None:
        return WriteOnlyCell(ws, value=None)
    if isinstance(value, str):
        return text_cell(ws, value, report, where)
    if isinstance(value, bool):
        return WriteOnlyCell(ws, value=value)
    cell = WriteOnlyCell(ws, value=value)
    fmt = NUMBER_FORMATS.get(kind)
    if isinstance(value, dt.datetime):
        cell.number_format = NUMBER_FORMATS["datetime"]
    elif isinstance(value, dt.date):
        cell.number_format = NUMBER_FORMATS["date"]
    elif fmt:
        cell.number_format = fmt
    return cell


def _display_len(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def write_xlsx(
    path: Path | str,
    sheets: Sequence[Sheet],
    *,
    title: str | None = None,
    subject: str | None = None,
    creator: str = "lacworkshop",
) -> WriteReport:
    """Write *sheets* to *path* atomically; returns row count and warnings."""
    report = WriteReport()
    wb = Workbook(write_only=True)
    wb.properties.creator = creator
    wb.properties.title = title
    wb.properties.subject = subject
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_title(sheet.title))
        widths = [len(c.header) + 2 for c in sheet.columns]
        ncols = len(sheet.columns)
        rows = [list(r) for r in sheet.rows]
        for r in rows:
            for i, v in enumerate(r[:ncols]):
                widths[i] = max(widths[i], _display_len(v) + 2)
        for i, col in enumerate(sheet.columns):
            width = col.width or min(MAX_WIDTH, widths[i])
            ws.column_dimensions[get_column_letter(i + 1)].width = width
        ws.freeze_panes = "A2"
        last = get_column_letter(max(1, ncols))
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape" if sum(widths) > 110 else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        header = []
        for i, col in enumerate(sheet.columns):
            cell = text_cell(ws, col.header, report, f"{sheet.title}!{get_column_letter(i + 1)}1")
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        ws.append(header)
        for rn, row in enumerate(rows, start=2):
            ws.append(
                [
                    value_cell(
                        ws,
                        v,
                        sheet.columns[i].kind,
                        report,
                        f"{sheet.title}!{get_column_letter(i + 1)}{rn}",
                    )
                    for i, v in enumerate(row[:ncols])
                ]
            )
            report.rows += 1
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return report


_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(title: str) -> str:
    """Excel refuses some characters and more than 31 characters in a sheet name."""
    cleaned = strip_illegal(title)[0].translate(_BAD_TITLE).strip().strip("'") or "Sheet"
    return cleaned[:31]
