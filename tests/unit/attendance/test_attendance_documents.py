"""Attendance documents as operations: the register out and back in, sign-in sheets."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from lacworkshop.formats.attendance.register_xlsx import FIRST_PERSON, ID_SHEET
from lacworkshop.model import Mark
from lacworkshop.services.attendance import (
    import_attendance_register,
    print_signin_sheets,
    read_attendance_register,
    write_attendance_register,
)
from lacworkshop.services.attendance.grid import CellState, read_cells
from lacworkshop.services.operations import NOTHING, Cancelled, Change


class Recorder:
    """A progress that keeps what it was told and can cancel at the first check."""

    def __init__(self, cancel: bool = False) -> None:
        self.reports: list[tuple[int, int]] = []
        self.cancel = cancel

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total))

    def check(self) -> None:
        if self.cancel:
            raise Cancelled


def _fill_first_empty(path: Path, letter: str) -> tuple[int, int]:
    """Type *letter* into the first empty mark cell of the first sheet; its (row id, slot id)."""
    wb = openpyxl.load_workbook(path)
    ws = next(s for s in wb.worksheets if s.title != ID_SHEET)
    slot_row = next(r for r in ws.iter_rows() if r[0].value == "#slot")
    slots = {c.column: c.value for c in slot_row[3:] if isinstance(c.value, int)}
    for r in range(FIRST_PERSON, ws.max_row + 1):
        row_id = ws.cell(r, 1).value
        if not isinstance(row_id, int):
            continue
        for column, slot_id in slots.items():
            if not ws.cell(r, column).value:
                ws.cell(r, column).value = letter
                wb.save(path)
                return row_id, slot_id
    raise AssertionError("no empty cell in the register")


def test_the_register_written_read_and_imported(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "registro.xlsx"
    progress = Recorder()
    written = write_attendance_register(db, wid, path, "es", progress=progress)
    assert written.changes == NOTHING
    assert written.value.path == path and path.stat().st_size > 0
    assert progress.reports[-1] == (2, 2)
    key = _fill_first_empty(path, "L")

    read = read_attendance_register(db, wid, path)
    assert read.changes == NOTHING
    assert [(c.participation_id, c.slot_id, c.after) for c in read.value.preview.changes] == [
        (*key, Mark.LATE)
    ]
    assert read.value.cells == {key: CellState(Mark.LATE, None)}
    with db.session() as session:
        assert key not in read_cells(session, wid)  # reading wrote nothing

    dry = import_attendance_register(db, wid, path, dry_run=True)
    assert dry.changes == NOTHING and not dry.value.applied
    done = import_attendance_register(db, wid, path)
    assert done.changes == {Change.ATTENDANCE} and done.value.applied
    with db.session() as session:
        assert read_cells(session, wid)[key].mark is Mark.LATE
    again = import_attendance_register(db, wid, path)
    assert again.changes == NOTHING and again.value.changes == []


def test_writing_the_register_stops_when_cancelled(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "registro.xlsx"
    with pytest.raises(Cancelled):
        write_attendance_register(db, wid, path, progress=Recorder(cancel=True))
    assert not path.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_signin_sheets_as_an_operation(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "firmas.pdf"
    result = print_signin_sheets(
        db, wid, path, track="Única", day=date(2026, 3, 3), paper="letter", language="pt"
    )
    assert result.changes == NOTHING
    assert result.value.sections == 2 and result.value.pages == 2  # that day's two sessions
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Şahin, İlkay" in text and "Laboratorio" in text and "Cierre" in text
    assert "Apertura" not in text  # the first day's plenary is not on that day
