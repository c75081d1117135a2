"""The attendance register as operations: written, read back for a preview, imported.

Each is one action for the person (the window's Export register… and Import
register…; the command line's ``export attendance`` and ``attendance import``),
so each is one use case here returning an :class:`OpResult`. (Sign-in sheets,
drawn with another library, are ``signin_sheets.print_signin_sheets``.) Reading a register for the window's preview
changes nothing: the window applies the planned cells through its undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lacworkshop.formats.attendance import write_register
from lacworkshop.services.attendance.grid import CellKey, CellState
from lacworkshop.services.attendance.register import (
    ImportPreview,
    apply_import,
    build_register,
    planned_cells,
    preview_import,
)
from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.storage import Database


@dataclass(frozen=True)
class RegisterWritten:
    """The register file written and what could not go into it as it was."""

    path: Path
    warnings: list[str]


@dataclass(frozen=True)
class RegisterReading:
    """A filled-in register compared with the database: what it would change, cell by cell.

    ``cells`` are the marks to write, each keeping the note its cell has now.
    """

    preview: ImportPreview
    cells: dict[CellKey, CellState]


def write_attendance_register(
    db: Database,
    workshop_id: int,
    path: Path | str,
    language: str | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> OpResult[RegisterWritten]:
    """Write the attendance register of *workshop_id* (xlsx, a sheet per track) to *path*."""
    progress.report(0, 2)
    register = build_register(db, workshop_id, language)
    progress.check()
    progress.report(1, 2)
    report = write_register(path, register)
    progress.report(2, 2)
    # The register's token may be new in the settings, but no page shows it.
    return OpResult(RegisterWritten(Path(path), list(report.warnings)), NOTHING)


def read_attendance_register(
    db: Database,
    workshop_id: int,
    path: Path | str,
    clear_blanks: bool = False,
    *,
    progress: Progress = NO_PROGRESS,
) -> OpResult[RegisterReading]:
    """Compare a filled-in register with the database; nothing is written."""
    progress.report(0, 2)
    preview = preview_import(db, workshop_id, path, clear_blanks)
    progress.check()
    progress.report(1, 2)
    cells = planned_cells(db, workshop_id, preview)
    progress.report(2, 2)
    return OpResult(RegisterReading(preview, cells), NOTHING)


def import_attendance_register(
    db: Database,
    workshop_id: int,
    path: Path | str,
    clear_blanks: bool = False,
    *,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[ImportPreview]:
    """Apply a filled-in register's marks in one transaction (or, dry, only compare)."""
    progress.report(0, 1)
    if dry_run:
        preview = preview_import(db, workshop_id, path, clear_blanks)
    else:
        preview = apply_import(db, workshop_id, path, clear_blanks)
    progress.report(1, 1)
    return OpResult(preview, changes(Change.ATTENDANCE) if preview.applied else NOTHING)
