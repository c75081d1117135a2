"""Workbooks (xlsx, xlsm, xls, ods) through python-calamine, and the one entry point
that opens any registration file after the guards have passed it, with the reader
the format registry (``reading.registry``) names for it.

calamine gives formula cells by their cached value and date-formatted cells as
``datetime``; it reads only cells that hold a value, so a formatted but empty
cell far down the sheet makes no rows. Trailing blank rows are dropped here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import python_calamine

from lacworkshop.errors import BadFile
from lacworkshop.formats.reading.csv_table import read_text_table
from lacworkshop.formats.reading.input_guards import InputRefused, check_input_file
from lacworkshop.formats.reading.registry import ReadOptions, format_for
from lacworkshop.formats.reading.table_model import CellValue, RawRow, RawTable


class UnreadableFile(BadFile):
    """The file cannot be read as a table; the message is for people."""


def _cell(value: object) -> CellValue:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        # Excel stores every number as a float; 5491122334455.0 is the phone 5491122334455.
        return int(value)
    if isinstance(value, dt.datetime) and value.microsecond and not value.second:
        return value.replace(microsecond=0)
    return value  # type: ignore[return-value]


def read_workbook(path: Path, options: ReadOptions) -> RawTable:
    """The registry's reader for workbooks: the sheet chosen, or the first visible one."""
    return read_workbook_sheet(path, options.sheet)


def read_text(path: Path, options: ReadOptions) -> RawTable:
    """The registry's reader for delimited text, with the encoding and delimiter chosen."""
    return read_text_table(path, encoding=options.encoding, delimiter=options.delimiter)


def read_workbook_sheet(path: Path, sheet: str | None = None) -> RawTable:
    """Read one sheet (the first visible one by default) of a workbook."""
    path = Path(path)
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise UnreadableFile("sheet.password", name=path.name) from None
    except Exception as exc:
        raise UnreadableFile("sheet.unreadable", name=path.name, reason=_short(exc)) from None
    try:
        names = list(wb.sheet_names)
        visible = [
            m.name
            for m in wb.sheets_metadata
            if m.visible == python_calamine.SheetVisibleEnum.Visible
            and m.typ == python_calamine.SheetTypeEnum.WorkSheet
        ] or names
        if sheet is None:
            chosen = visible[0] if visible else None
        else:
            chosen = _match_sheet(sheet, names)
            if chosen is None:
                raise UnreadableFile(
                    "sheet.no_such_sheet", name=path.name, sheet=sheet, sheets=", ".join(names)
                )
        if chosen is None:
            raise UnreadableFile("sheet.no_sheets", name=path.name)
        try:
            data = wb.get_sheet_by_name(chosen)
            start = data.start
            first_row = (start[0] if start else 0) + 1
            rows: list[RawRow] = []
            for offset, values in enumerate(data.iter_rows()):
                raw = RawRow(first_row + offset, tuple(_cell(v) for v in values))
                if not raw.is_blank():
                    rows.append(raw)
        except UnreadableFile:
            raise
        except Exception as exc:
            raise UnreadableFile(
                "sheet.sheet_unreadable", name=path.name, sheet=chosen, reason=_short(exc)
            ) from None
    finally:
        wb.close()
    return RawTable(
        source=path.name,
        sheet=chosen,
        sheet_names=visible,
        rows=rows,
        kind=format_for(path).name,
    )


def _match_sheet(wanted: str, names: list[str]) -> str | None:
    for name in names:
        if name == wanted:
            return name
    for name in names:
        if name.strip().casefold() == wanted.strip().casefold():
            return name
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text[:160]


def load_table(
    path: Path | str,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> RawTable:
    """Any registration file -> RawTable, refused up front when too large or a zip bomb.

    Raises UnreadableFile (including refusals) with a message naming the file.
    """
    path = Path(path)
    if not path.exists():
        raise UnreadableFile("file.missing", path=path)
    if path.is_dir():
        raise UnreadableFile("file.is_folder", path=path)
    try:
        check_input_file(path)
    except InputRefused as exc:
        raise UnreadableFile(exc.key, **exc.values) from None
    reader = format_for(path).reader()
    try:
        return reader(path, ReadOptions(sheet=sheet, encoding=encoding, delimiter=delimiter))
    except UnreadableFile:
        raise
    except BadFile as exc:
        # The readers' own errors (text, JSON) reach callers as the one kind they catch.
        raise UnreadableFile(exc.key, **exc.values) from None
