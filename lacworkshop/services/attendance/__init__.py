"""Attendance: the marks grid, registers and sign-in sheets, standings and the one rule.

Marks are set in the grid or a session at a time (``mark_session``);
``workshop_standings`` applies the one eligibility rule the grid, the exports and
the certificates share. The register (an xlsx a trainer fills in) goes out with
``write_attendance_register`` and comes back with ``read_attendance_register`` (a
preview) or ``import_attendance_register``; ``print_signin_sheets`` prints a sheet
per session. Each of those is an operation (see ``services.operations``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.attendance.documents import (
        RegisterReading,
        RegisterWritten,
        import_attendance_register,
        read_attendance_register,
        write_attendance_register,
    )
    from lacworkshop.services.attendance.eligibility import (
        Result,
        Rule,
        SlotHours,
        Standing,
        evaluate,
    )
    from lacworkshop.services.attendance.grid import (
        EMPTY,
        AttendanceGrid,
        CellKey,
        CellState,
        GridPerson,
        GridSlot,
        list_tracks,
        load_grid,
        read_cells,
        set_cells,
        write_cells,
    )
    from lacworkshop.services.attendance.marking import mark_session, parse_mark
    from lacworkshop.services.attendance.overrides import (
        OverrideState,
        restore_override,
        set_override,
    )
    from lacworkshop.services.attendance.register import ImportPreview, document_language
    from lacworkshop.services.attendance.signin_sheets import SigninResult, print_signin_sheets
    from lacworkshop.services.attendance.standings import ParticipantStanding, workshop_standings

_WHERE = {
    "evaluate": "eligibility",
    "SlotHours": "eligibility",
    "Rule": "eligibility",
    "AttendanceGrid": "grid",
    "CellKey": "grid",
    "CellState": "grid",
    "EMPTY": "grid",
    "GridPerson": "grid",
    "GridSlot": "grid",
    "ImportPreview": "register",
    "OverrideState": "overrides",
    "ParticipantStanding": "standings",
    "RegisterReading": "documents",
    "RegisterWritten": "documents",
    "Result": "eligibility",
    "SigninResult": "signin_sheets",
    "Standing": "eligibility",
    "document_language": "register",
    "import_attendance_register": "documents",
    "list_tracks": "grid",
    "load_grid": "grid",
    "mark_session": "marking",
    "parse_mark": "marking",
    "print_signin_sheets": "signin_sheets",
    "read_attendance_register": "documents",
    "read_cells": "grid",
    "restore_override": "overrides",
    "set_cells": "grid",
    "set_override": "overrides",
    "workshop_standings": "standings",
    "write_attendance_register": "documents",
    "write_cells": "grid",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "EMPTY",
    "AttendanceGrid",
    "CellKey",
    "CellState",
    "GridPerson",
    "GridSlot",
    "ImportPreview",
    "OverrideState",
    "ParticipantStanding",
    "RegisterReading",
    "RegisterWritten",
    "Result",
    "Rule",
    "SigninResult",
    "SlotHours",
    "Standing",
    "document_language",
    "evaluate",
    "import_attendance_register",
    "list_tracks",
    "load_grid",
    "mark_session",
    "parse_mark",
    "print_signin_sheets",
    "read_attendance_register",
    "read_cells",
    "restore_override",
    "set_cells",
    "set_override",
    "workshop_standings",
    "write_attendance_register",
    "write_cells",
]
