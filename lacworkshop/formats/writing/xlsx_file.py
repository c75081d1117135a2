"""The one xlsx writer every export uses: safe text, real types, readable sheets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from lacworkshop.errors import message_text
from lacworkshop.formats.writing.atomic import atomic_path
from lacworkshop.formats.writing.cell_safety import strip_illegal

Kind = Literal["text", "int", "number", "hours", "percent", "date", "datetime"]

NUMBER_FORMATS: dict[str, str] = {
    "int": "0",
    "number": "0.00",
    "hours": "0.0#",  # 5.25 h shows as 5.25, never rounded to 5.3
    "percent": "0%",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}
HEADER_FONT = Font(bold=True)
# Leading characters that get openpyxl's formula guess or a quote prefix.
_PREFIXED = ("=", "+", "-", "@")
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
MAX_WIDTH = 40
MIN_CAPPED = 12  # no column is narrowed below this to keep the print readable
# Beyond this many width units a sheet no longer fits a portrait page legibly.
LANDSCAPE_FROM = 100
# Landscape A4 holds about 137 width units at 100 %: past this total a sheet fitted to
# the page width would print below 70 %, so the widest columns are narrowed (and wrap).
READABLE_TOTAL = 195
WRAP = Alignment(vertical="top", wrap_text=True)
ChartKind = Literal["bar", "column", "pie", "line"]


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: float | None = None  # None: sized to the content


@dataclass(frozen=True)
class Chart:
    """A native spreadsheet chart over a sheet's own cells (no picture)."""

    kind: ChartKind
    title: str
    label_column: int = 0  # zero-based index of the categories column
    value_columns: Sequence[int] = (1,)  # zero-based indexes of the series columns
    max_rows: int | None = None  # chart only the first rows (e.g. the top 15)
    y_title: str | None = None


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    charts: Sequence[Chart] = ()


@dataclass
class WriteReport:
    rows: int = 0
    warnings: list[str] = field(default_factory=list)


_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def ooxml_escape(text: str) -> str:
    """Keep a carriage return (and any literal ``_xHHHH_``) through the XML.

    XML readers turn a bare CR into LF, so spreadsheets expect ``_x000D_``;
    a name that really contains ``_x0041_`` gets its underscore escaped so it
    is not decoded into another character.
    """
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(r"_x005F_\1", text)
    return text.replace("\r", "_x000D_")


def text_cell(ws: Worksheet, value: str, report: WriteReport, where: str) -> WriteOnlyCell:
    """A cell holding *value* as text, whatever character it starts with."""
    cleaned, replaced = strip_illegal(value)
    if replaced:
        report.warnings.append(message_text("warn.control_characters", where=where, value=cleaned))
    cell = WriteOnlyCell(ws, value=ooxml_escape(cleaned))
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


def _is_plain_text(value: str) -> bool:
    """Text openpyxl stores as-is: nothing to neutralise, replace or escape."""
    return (
        not value.startswith(_PREFIXED)
        and "\r" not in value
        and "_x" not in value
        and not ILLEGAL_CHARACTERS_RE.search(value)
    )


def _fast_cell(
    ws: Worksheet,
    value: Any,
    kind: Kind,
    styles: dict[str, StyleArray],
    report: WriteReport,
    sheet_title: str,
    letter: str,
    row: int,
) -> Any:
    """value_cell's result, cheaper for the common cells of a long list.

    Plain text and unformatted values go to openpyxl as they are (it makes the
    same cell); a number format is copied from one styled cell per format
    instead of being looked up again for every cell.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if _is_plain_text(value):
            return value
        return text_cell(ws, value, report, f"{sheet_title}!{letter}{row}")
    if isinstance(value, bool):
        return value
    if isinstance(value, dt.datetime):
        fmt = NUMBER_FORMATS["datetime"]
    elif isinstance(value, dt.date):
        fmt = NUMBER_FORMATS["date"]
    else:
        fmt = NUMBER_FORMATS.get(kind, "")
    if not fmt:
        return value
    if fmt not in styles:
        proto = WriteOnlyCell(ws, value=value)
        proto.number_format = fmt
        styles[fmt] = proto._style
    cell = WriteOnlyCell(ws, value=value)
    cell._style = copy(styles[fmt])
    return cell


def _display_len(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str) and "\n" not in value and "\r" not in value:
        return len(value)
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
    description: str | None = None,
    keywords: str | None = None,
    language: str | None = None,
) -> WriteReport:
    """Write *sheets* to *path* atomically; returns row count and warnings."""
    report = WriteReport()
    wb = Workbook(write_only=True)
    props = wb.properties
    props.creator = creator
    props.lastModifiedBy = creator
    props.title = _prop(title)
    props.subject = _prop(subject)
    props.description = _prop(description)
    props.keywords = _prop(keywords)
    props.language = language
    folder = Path(path).parent
    if not folder.is_dir():  # before any work, and before openpyxl opens temporary files
        raise FileNotFoundError(2, "No such folder", str(folder))
    used: set[str] = set()
    try:
        for sheet in sheets:
            _write_sheet(wb, sheet, report, _unique_title(_sheet_title(sheet.title), used))
        with atomic_path(path) as tmp:
            wb.save(tmp)
    except BaseException:
        _discard(wb)
        raise
    return report


def _discard(wb: Workbook) -> None:
    """Close and remove the temporary files of a write-only workbook that failed."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        try:
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()
        except Exception:  # best effort: the original error is what matters
            pass


def _prop(value: str | None) -> str | None:
    return strip_illegal(value)[0] if value else value


def _write_sheet(wb: Workbook, sheet: Sheet, report: WriteReport, name: str) -> None:
    ws = wb.create_sheet(name)
    ncols = len(sheet.columns)
    rows = [list(r) for r in sheet.rows]
    widths = [_display_len(c.header) + 3 for c in sheet.columns]
    for r in rows:
        for i, v in enumerate(r[:ncols]):
            widths[i] = max(widths[i], _display_len(v) + 2)
    final = _readable_widths(
        [col.width or min(MAX_WIDTH, widths[i]) for i, col in enumerate(sheet.columns)]
    )
    for i, width in enumerate(final):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    _print_setup(ws, ncols, len(rows), sum(final))
    header = []
    for i, col in enumerate(sheet.columns):
        cell = text_cell(ws, col.header, report, f"{sheet.title}!{get_column_letter(i + 1)}1")
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=False)
        header.append(cell)
    ws.append(header)
    kinds = [c.kind for c in sheet.columns]
    letters = [get_column_letter(i + 1) for i in range(ncols)]
    styles: dict[str, StyleArray] = {}
    for rn, row in enumerate(rows, start=2):
        cells = [
            _fast_cell(ws, v, kinds[i], styles, report, sheet.title, letters[i], rn)
            for i, v in enumerate(row[:ncols])
        ]
        for i, v in enumerate(row[:ncols]):
            # Text wider than its (capped) column wraps inside the cell instead of being cut.
            if isinstance(v, str) and len(v) > final[i]:
                cell = cells[i]
                if isinstance(cell, str):  # plain text went in bare: give it a cell
                    cell = text_cell(ws, v, report, f"{sheet.title}!{letters[i]}{rn}")
                cell.alignment = WRAP
                cells[i] = cell
        ws.append(cells)
        report.rows += 1
    for n, chart in enumerate(sheet.charts):
        _add_chart(ws, chart, len(rows), ncols, n)


def _readable_widths(widths: list[float]) -> list[float]:
    """Narrow the widest columns until the sheet prints at a readable size; they wrap."""
    widths = list(widths)
    while sum(widths) > READABLE_TOTAL:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_CAPPED:
            break
        widths[widest] -= 1
    return widths


def _print_setup(ws: Worksheet, ncols: int, nrows: int, total_width: float) -> None:
    """Bold frozen header, filter, and a print-out that fits the page width."""
    ws.freeze_panes = "A2"
    last = get_column_letter(max(1, ncols))
    ws.auto_filter.ref = f"A1:{last}{nrows + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape" if total_width > LANDSCAPE_FROM else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.center.text = "&A"


def _add_chart(ws: Worksheet, spec: Chart, nrows: int, ncols: int, index: int) -> None:
    count = nrows if spec.max_rows is None else min(nrows, spec.max_rows)
    if count == 0:
        return
    chart: BarChart | LineChart | PieChart
    if spec.kind == "pie":
        chart = PieChart()
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showPercent = True
    elif spec.kind == "line":
        chart = LineChart()
    else:
        chart = BarChart()
        chart.type = "bar" if spec.kind == "bar" else "col"
        if spec.kind == "bar":
            # Categories read top-down like the table beside the chart.
            chart.x_axis.scaling.orientation = "maxMin"
        chart.gapWidth = 60
    chart.title = strip_illegal(spec.title)[0]
    if not isinstance(chart, PieChart):
        chart.y_axis.title = spec.y_title
        chart.y_axis.majorGridlines = None
        # openpyxl hides axes by default since 3.1; LibreOffice and Excel honour that.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        if len(spec.value_columns) == 1:
            chart.legend = None
    for col in spec.value_columns:
        data = Reference(ws, min_col=col + 1, min_row=1, max_row=count + 1)
        chart.add_data(data, titles_from_data=True)
    cats = Reference(ws, min_col=spec.label_column + 1, min_row=2, max_row=count + 1)
    chart.set_categories(cats)
    chart.width = 18
    chart.height = max(7.5, min(30.0, 0.6 * count + 3)) if spec.kind == "bar" else 9
    ws.add_chart(chart, f"{get_column_letter(ncols + 2)}{2 + index * 22}")


def _unique_title(name: str, used: set[str]) -> str:
    candidate, n = name, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate = name[: 31 - len(suffix)] + suffix
        n += 1
    used.add(candidate.casefold())
    return candidate


_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(title: str) -> str:
    """Excel refuses some characters and more than 31 characters in a sheet name."""
    cleaned = strip_illegal(title)[0].translate(_BAD_TITLE).strip().strip("'") or "Sheet"
    return cleaned[:31]
