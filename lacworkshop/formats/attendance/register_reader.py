"""Reading a filled-in attendance register back: its workshop identity and every mark cell.

Cells are located by the ids the register carries (a hidden row of session
ids, an id column of people), so sorted rows or moved columns still match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from lacworkshop.errors import BadFile, message_text
from lacworkshop.formats.attendance.register_xlsx import FORMAT_NAME, ID_SHEET, SLOT_MARKER
from lacworkshop.formats.reading import (
    OLE_MAGIC,
    REGISTER_FILE,
    REGISTER_TABLE,
    InputRefused,
    check_file_size,
    check_xls_extent,
    check_zip_container,
    zip_members,
)


class RegisterFormatError(BadFile, ValueError):
    """The file is not a register this program wrote, or is damaged."""


@dataclass(frozen=True)
class ReadCell:
    where: str  # "Sheet!F12"
    row_id: int
    slot_id: int
    value: str  # as typed, stripped


@dataclass
class ReadRegister:
    workshop_id: int
    workshop_code: str
    token: str = ""
    cells: list[ReadCell] = field(default_factory=list)
    row_names: dict[int, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


LIMITS = REGISTER_FILE


def _check_size(path: Path) -> None:
    """Refuse a file far larger than any register before parsing it: zip bombs, and
    sheets whose real extent (whatever they declare) passes the register's limits."""
    try:
        check_file_size(path, LIMITS)
        with path.open("rb") as fh:
            magic = fh.read(4)
        if magic == OLE_MAGIC:
            check_xls_extent(path, REGISTER_TABLE)
        elif zip_members(path) is not None:  # neither: the spreadsheet reader says what it is
            check_zip_container(path, LIMITS, REGISTER_TABLE)
    except InputRefused as exc:
        raise RegisterFormatError(exc.key, **exc.values) from None


def read_register(path: Path | str) -> ReadRegister:
    """Read a register back: the workshop it belongs to and every mark cell, by ids."""
    from python_calamine import CalamineError, CalamineWorkbook

    name = Path(path).name
    _check_size(Path(path))
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise RegisterFormatError("register.not_spreadsheet", name=name, reason=exc) from exc
    try:
        if ID_SHEET not in wb.sheet_names:
            raise RegisterFormatError("register.no_identity", name=name)
        ident = {
            str(r[0]).strip(): r[1]
            for r in wb.get_sheet_by_name(ID_SHEET).iter_rows()
            if len(r) >= 2 and r[0] != ""
        }
        if ident.get("format") != FORMAT_NAME:
            raise RegisterFormatError("register.not_register", name=name)
        try:
            wid = _as_int(ident["workshop_id"])
            if wid is None:
                raise ValueError("no workshop id")
            out = ReadRegister(
                wid, str(ident["workshop_code"]), str(ident.get("workshop_token") or "")
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RegisterFormatError("register.identity_damaged", name=name) from exc
        for sheet in wb.sheet_names:
            if sheet != ID_SHEET:
                data = wb.get_sheet_by_name(sheet)
                # Rows are numbered from the sheet's first row, which calamine may skip.
                top = data.start[0] if data.start else 0
                _read_track(data.iter_rows(), sheet, out, top)
        return out
    finally:
        wb.close()


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _read_track(
    rows: Iterable[Sequence[object]], sheet: str, out: ReadRegister, top: int = 0
) -> None:
    """The marks of one track's sheet, read row by row (never the whole sheet at once)."""
    slot_cols: dict[int, int] | None = None
    for r, row in enumerate(rows, start=top):
        if slot_cols is None:
            if row and str(row[0]).strip() == SLOT_MARKER:
                slot_cols = {
                    c: sid for c, v in enumerate(row) if c >= 1 and (sid := _as_int(v)) is not None
                }
            continue
        if row:
            _read_row(row, r + 1, slot_cols, sheet, out)
    if slot_cols is None:
        out.problems.append(message_text("marks.no_id_row", sheet=sheet))


def _read_row(
    row: Sequence[object], where_row: int, slot_cols: dict[int, int], sheet: str, out: ReadRegister
) -> None:
    row_id = _as_int(row[0])
    if row_id is None:
        filled = [row[c] for c in slot_cols if c < len(row) and str(row[c]).strip()]
        if filled:
            who = " ".join(str(v) for v in row[1:3] if v).strip() or "?"
            out.problems.append(
                message_text("marks.row_without_id", where=f"{sheet}!A{where_row}", who=who)
            )
        return
    out.row_names[row_id] = " ".join(str(v) for v in row[1:3] if v).strip()
    for c, sid in slot_cols.items():
        value = row[c] if c < len(row) else ""
        value = "" if value is None else str(value).strip()
        out.cells.append(
            ReadCell(f"{sheet}!{get_column_letter(c + 1)}{where_row}", row_id, sid, value)
        )
