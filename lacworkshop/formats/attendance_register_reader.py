"""Reading a filled-in attendance register back: its workshop identity and every mark cell.

Cells are located by the ids the register carries (a hidden row of session
ids, an id column of people), so sorted rows or moved columns still match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from lacworkshop.errors import BadFile, message_text
from lacworkshop.formats.attendance_register_xlsx import FORMAT_NAME, ID_SHEET, SLOT_MARKER
from lacworkshop.formats.zip_guard import (
    FileLimits,
    InputRefused,
    check_file_size,
    check_zip_directory,
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


# A register of 5,000 people x 60 sessions is a few MB; anything far beyond is not one.
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
LIMITS = FileLimits("attendance register", MAX_FILE_BYTES, MAX_UNPACKED_BYTES)


def _check_size(path: Path) -> None:
    """Refuse a file far larger than any register before parsing it (zip bombs too)."""
    try:
        check_file_size(path, LIMITS)
        infos = zip_members(path)
        if infos is not None:  # not a zip: the spreadsheet reader says what it is
            check_zip_directory(path.name, infos, LIMITS)
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
            for r in wb.get_sheet_by_name(ID_SHEET).to_python(skip_empty_area=False)
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
                _read_track(
                    wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False), sheet, out
                )
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


def _read_track(rows: Sequence[Sequence[object]], sheet: str, out: ReadRegister) -> None:
    marker = next((i for i, r in enumerate(rows) if r and str(r[0]).strip() == SLOT_MARKER), None)
    if marker is None:
        out.problems.append(message_text("marks.no_id_row", sheet=sheet))
        return
    slot_cols = {
        c: sid for c, v in enumerate(rows[marker]) if c >= 1 and (sid := _as_int(v)) is not None
    }
    for r in range(marker + 1, len(rows)):
        row = rows[r]
        if not row:
            continue
        row_id = _as_int(row[0])
        where_row = r + 1
        if row_id is None:
            filled = [row[c] for c in slot_cols if c < len(row) and str(row[c]).strip()]
            if filled:
                who = " ".join(str(v) for v in row[1:3] if v).strip() or "?"
                out.problems.append(
                    message_text("marks.row_without_id", where=f"{sheet}!A{where_row}", who=who)
                )
            continue
        out.row_names[row_id] = " ".join(str(v) for v in row[1:3] if v).strip()
        for c, sid in slot_cols.items():
            value = row[c] if c < len(row) else ""
            value = "" if value is None else str(value).strip()
            out.cells.append(
                ReadCell(f"{sheet}!{get_column_letter(c + 1)}{where_row}", row_id, sid, value)
            )
