"""The attendance register: an xlsx a trainer fills in offline (reading it back:
``attendance_register_reader``).

One sheet per track: people down (a stable id column first), sessions across
grouped by day, a P/L/E/A list in every mark cell, and attended hours, scheduled
hours, share and eligibility as live formulas that reproduce the certificate
rule, so the sheet answers "who is at risk" without the app. A very hidden,
protected sheet carries the workshop's identity and the rule's numbers; the
formulas read the rule from there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.formats.writing import WriteReport, _sheet_title, atomic_path, text_cell

FORMAT_NAME = "lacworkshop-attendance-register"
FORMAT_VERSION = 1
ID_SHEET = "lacworkshop"
SLOT_MARKER = "#slot"
LETTERS = ("P", "L", "E", "A")
# Rows of a track sheet (1-based).
ROW_TITLE, ROW_RULE, ROW_DAY, ROW_HEAD, ROW_HOURS, ROW_IDS, FIRST_PERSON = 1, 2, 3, 4, 5, 6, 7
FIRST_SLOT_COL = 4  # A id, B family names, C given names
# Cells of the identity sheet the formulas read.
RULE_MIN, RULE_LATE, RULE_EXCUSED, RULE_EXCUSED_COUNTS = "$B$6", "$B$7", "$B$8", "$B$9"

MARK_FILLS = {
    "P": PatternFill("solid", fgColor="C8E6C9"),
    "L": PatternFill("solid", fgColor="FFF3B0"),
    "E": PatternFill("solid", fgColor="BBDEFB"),
    "A": PatternFill("solid", fgColor="FFCDD2"),
}
THIN = Side(style="thin", color="9E9E9E")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE7F0")
DAY_FILLS = (PatternFill("solid", fgColor="E8EEF4"), PatternFill("solid", fgColor="F4F1E8"))
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
NAME_WRAP = Alignment(vertical="center", wrap_text=True)
# Landscape A4 holds about this many width units at 100 %; below READABLE_SCALE a fitted
# page is too small to read, so a wide register runs on over pages instead (names repeat).
LANDSCAPE_A4_UNITS = 137
READABLE_SCALE = 70
VERTICAL = Alignment(horizontal="center", vertical="bottom", wrap_text=True, text_rotation=90)


@dataclass(frozen=True)
class RegisterSlot:
    id: int
    day: date
    start: time
    end: time
    topic: str
    hours: float


@dataclass(frozen=True)
class RegisterRow:
    id: int  # the participation id: rows are matched by it, never by name
    family_names: str
    given_names: str
    marks: Mapping[int, str]  # slot id -> "P" | "L" | "E" | "A"
    override: bool | None = None


@dataclass(frozen=True)
class RegisterTrack:
    name: str
    slots: Sequence[RegisterSlot]
    rows: Sequence[RegisterRow]


@dataclass(frozen=True)
class RegisterPolicy:
    """The rule as numbers: credit of a late and an excused slot, and whether excused counts."""

    min_share: float
    late_credit: float
    excused_credit: float
    excused_counts: bool
    description: str = ""


@dataclass(frozen=True)
class Register:
    workshop_id: int
    workshop_code: str
    workshop_title: str
    language: str
    policy: RegisterPolicy
    tracks: Sequence[RegisterTrack]
    token: str = ""  # identifies the workshop in the database that wrote the register


def _styled(ws: Worksheet, value: object, template: WriteOnlyCell) -> WriteOnlyCell:
    # Sharing a prepared style array is far cheaper than assigning style objects per
    # cell; nothing changes a cell's style after this, so the array is never mutated.
    cell = WriteOnlyCell(ws, value=value)
    cell._style = template._style
    return cell


def _template(ws: Worksheet, **style: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _day_label(day: date, language: str) -> str:
    """ "lun 12 oct": the weekday and date a trainer reads; the year is in the title."""
    from babel.dates import format_date

    try:
        # One session a day leaves a narrow column: the label wraps onto two lines.
        return format_date(day, "EEE d MMM", locale=language).replace(".", "")
    except (ValueError, LookupError):
        return day.isoformat()


def write_register(path: Path | str, register: Register) -> WriteReport:
    """Write *register* to *path* atomically."""
    report = WriteReport()
    wb = Workbook(write_only=True)
    wb.properties.creator = "lacworkshop"
    wb.properties.title = f"{register.workshop_code} – {register.workshop_title}"
    wb.properties.subject = FORMAT_NAME
    used: set[str] = set()
    for track in register.tracks:
        title = _sheet_title(track.name or register.workshop_code)
        base, n = title, 2
        while title.casefold() in used:
            suffix = f" ({n})"
            title = base[: 31 - len(suffix)] + suffix
            n += 1
        used.add(title.casefold())
        _write_track(wb, title, register, track, report)
    _write_identity(wb, register)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return report


def _write_identity(wb: Workbook, register: Register) -> None:
    ws = wb.create_sheet(ID_SHEET)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    p = register.policy
    rows: list[tuple[str, object]] = [
        ("format", FORMAT_NAME),
        ("version", FORMAT_VERSION),
        ("workshop_id", register.workshop_id),
        ("workshop_code", register.workshop_code),
        ("workshop_token", register.token),
        ("min_share", p.min_share),
        ("late_credit", p.late_credit),
        ("excused_credit", p.excused_credit),
        ("excused_counts", 1 if p.excused_counts else 0),
    ]
    report = WriteReport()
    for key, value in rows:
        cell = (
            text_cell(ws, value, report, ID_SHEET)
            if isinstance(value, str)
            else WriteOnlyCell(ws, value=value)
        )
        ws.append([WriteOnlyCell(ws, value=key), cell])


def _write_track(
    wb: Workbook, title: str, register: Register, track: RegisterTrack, report: WriteReport
) -> None:
    ws = wb.create_sheet(title)
    lang = register.language
    slots = list(track.slots)
    n = len(slots)
    first = get_column_letter(FIRST_SLOT_COL)
    last = get_column_letter(FIRST_SLOT_COL + n - 1) if n else first
    c_att, c_sched, c_share, c_over, c_elig = (
        get_column_letter(FIRST_SLOT_COL + n + i) for i in range(5)
    )
    n_rows = len(track.rows)
    last_row = FIRST_PERSON + max(n_rows, 1) - 1

    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 22
    for i in range(n):
        dim = ws.column_dimensions[get_column_letter(FIRST_SLOT_COL + i)]
        dim.width = 7
        # What a trainer types into an empty cell takes the column's look.
        dim.alignment = CENTER
        dim.border = BOX
    for col, width in ((c_att, 11), (c_sched, 12), (c_share, 11), (c_over, 11), (c_elig, 11)):
        ws.column_dimensions[col].width = width
    # Session labels run upwards so a week of sessions fits a printed page.
    ws.row_dimensions[ROW_HEAD].height = 120
    ws.row_dimensions[ROW_DAY].height = 30
    ws.row_dimensions[ROW_IDS].hidden = True
    ws.freeze_panes = f"{first}{FIRST_PERSON}"
    ws.print_title_rows = f"{ROW_DAY}:{ROW_HOURS}"
    ws.print_title_cols = "A:C"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    total = 8 + 26 + 22 + 7 * n + 56
    if total * READABLE_SCALE / 100 <= LANDSCAPE_A4_UNITS:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = READABLE_SCALE
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.center.text = f"{register.workshop_code} – {title}".replace("&", "&&")

    # Day groups: merged labels over each day's sessions.
    days: list[tuple[date, int, int]] = []
    for i, s in enumerate(slots):
        if days and days[-1][0] == s.day:
            days[-1] = (s.day, days[-1][1], i)
        else:
            days.append((s.day, i, i))
    for _day, a, b in days:
        if b > a:
            ws.merged_cells.add(
                f"{get_column_letter(FIRST_SLOT_COL + a)}{ROW_DAY}:"
                f"{get_column_letter(FIRST_SLOT_COL + b)}{ROW_DAY}"
            )
    end_col = get_column_letter(FIRST_SLOT_COL + n + 4)
    ws.merged_cells.add(f"A{ROW_TITLE}:{end_col}{ROW_TITLE}")
    ws.merged_cells.add(f"A{ROW_RULE}:{end_col}{ROW_RULE}")

    head = _template(ws, font=BOLD, fill=HEAD_FILL, alignment=CENTER, border=BOX)
    day_tpl = [_template(ws, font=BOLD, fill=f, alignment=CENTER, border=BOX) for f in DAY_FILLS]
    mark_tpl = _template(ws, alignment=CENTER, border=BOX)
    # A long name wraps inside its cell rather than being cut at the column's edge.
    name_tpl = _template(ws, border=BOX, alignment=NAME_WRAP)
    hours_tpl = _template(ws, border=BOX, number_format="0.0#", alignment=CENTER)
    share_tpl = _template(ws, border=BOX, number_format="0%", alignment=CENTER)

    def txt(value: str, where: str, tpl: WriteOnlyCell | None = None) -> WriteOnlyCell:
        cell = text_cell(ws, value, report, f"{title}!{where}")
        if tpl is not None:
            protect = cell.quotePrefix
            cell._style = copy(tpl._style)
            cell.quotePrefix = protect
        return cell

    title_cell = txt(f"{register.workshop_code} – {register.workshop_title} – {title}", "A1")
    title_cell.font = Font(bold=True, size=13)
    ws.append([title_cell])
    ws.append([txt(register.policy.description, "A2")])

    day_row: list[object] = [None, None, None]
    day_index = {i: k for k, (_d, a, b) in enumerate(days) for i in range(a, b + 1)}
    for i, s in enumerate(slots):
        label = _day_label(s.day, lang) if days[day_index[i]][1] == i else None
        day_row.append(_styled(ws, label, day_tpl[day_index[i] % 2]))
    ws.append(day_row)

    t = lambda key: doc_text(key, lang)  # noqa: E731
    head_row = [
        txt(t("register.col.id"), "A4", head),
        txt(t("col.family_names"), "B4", head),
        txt(t("col.given_names"), "C4", head),
    ]
    for i, s in enumerate(slots):
        label = f"{s.start:%H:%M}–{s.end:%H:%M}\n{s.topic}".strip()
        cell = txt(label, f"{get_column_letter(FIRST_SLOT_COL + i)}4", head)
        cell.alignment = VERTICAL
        head_row.append(cell)
    for key, col in (
        ("register.col.attended", c_att),
        ("register.col.scheduled", c_sched),
        ("register.col.share", c_share),
        ("register.col.override", c_over),
        ("register.col.eligible", c_elig),
    ):
        head_row.append(txt(t(key), f"{col}4", head))
    ws.append(head_row)

    hours_row: list[object] = [None, None, txt(t("register.row.hours"), "C5", head)]
    hours_row += [_styled(ws, s.hours, hours_tpl) for s in slots]
    ws.append(hours_row)
    ids_row: list[object] = [WriteOnlyCell(ws, value=SLOT_MARKER), None, None]
    ids_row += [WriteOnlyCell(ws, value=s.id) for s in slots]
    ws.append(ids_row)

    yes, no = t("register.yes"), t("register.no")
    idn = f"{ID_SHEET}!"
    hrs = f"{first}${ROW_HOURS}:{last}${ROW_HOURS}"
    for rn, row in enumerate(track.rows, start=FIRST_PERSON):
        marks = f"{first}{rn}:{last}{rn}"
        values: list[object] = [
            _styled(ws, row.id, name_tpl),
            txt(row.family_names, f"B{rn}", name_tpl),
            txt(row.given_names, f"C{rn}", name_tpl),
        ]
        # Empty mark cells are left out: the column style gives them their look.
        values += [
            _styled(ws, mark, mark_tpl) if (mark := row.marks.get(s.id)) else None for s in slots
        ]
        if n:
            attended = (
                f'=SUMPRODUCT(({marks}="P")*{hrs})'
                f'+{idn}{RULE_LATE}*SUMPRODUCT(({marks}="L")*{hrs})'
                f'+{idn}{RULE_EXCUSED}*SUMPRODUCT(({marks}="E")*{hrs})'
            )
            scheduled = (
                f'=SUM({hrs})-(1-{idn}{RULE_EXCUSED_COUNTS})*SUMPRODUCT(({marks}="E")*{hrs})'
            )
        else:
            attended = scheduled = "=0"
        override = "" if row.override is None else (yes if row.override else no)
        values += [
            _styled(ws, attended, hours_tpl),
            _styled(ws, scheduled, hours_tpl),
            _styled(ws, f"=IF({c_sched}{rn}>0,{c_att}{rn}/{c_sched}{rn},0)", share_tpl),
            txt(override, f"{c_over}{rn}", mark_tpl),
            _styled(
                ws,
                f'=IF({c_over}{rn}<>"",{c_over}{rn},'
                f'IF(AND({c_sched}{rn}>0,{c_share}{rn}+0.000000001>={idn}{RULE_MIN}),"{yes}","{no}"))',
                mark_tpl,
            ),
        ]
        ws.append(values)
        report.rows += 1

    if n:
        grid = f"{first}{FIRST_PERSON}:{last}{last_row}"
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(LETTERS) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=t("register.invalid.title"),
            error=t("register.invalid.text"),
            promptTitle=t("register.prompt.title"),
            prompt=t("register.prompt.text"),
        )
        dv.add(grid)
        ws.data_validations.append(dv)
        for letter, fill in MARK_FILLS.items():
            ws.conditional_formatting.add(
                grid, CellIsRule(operator="equal", formula=[f'"{letter}"'], fill=fill)
            )
    ws.conditional_formatting.add(
        f"{c_elig}{FIRST_PERSON}:{c_elig}{last_row}",
        CellIsRule(operator="equal", formula=[f'"{no}"'], fill=MARK_FILLS["A"]),
    )
