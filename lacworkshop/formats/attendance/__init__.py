"""Attendance documents: the register workbook (out and back in) and sign-in sheets.

Pure functions from plain data to bytes and back: ``write_register`` draws the
register with live formulas, ``read_register`` reads a filled-in one within the
same limits as every reader, ``write_signin_pdf`` draws the sign-in sheets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.attendance.register_reader import RegisterFormatError, read_register
    from lacworkshop.formats.attendance.register_xlsx import (
        Register,
        RegisterPolicy,
        RegisterRow,
        RegisterSlot,
        RegisterTrack,
        write_register,
    )
    from lacworkshop.formats.attendance.signin_sheet_pdf import (
        SigninPerson,
        SigninSection,
        write_signin_pdf,
    )

_WHERE = {
    "Register": "register_xlsx",
    "RegisterFormatError": "register_reader",
    "RegisterPolicy": "register_xlsx",
    "RegisterRow": "register_xlsx",
    "RegisterSlot": "register_xlsx",
    "RegisterTrack": "register_xlsx",
    "SigninPerson": "signin_sheet_pdf",
    "SigninSection": "signin_sheet_pdf",
    "read_register": "register_reader",
    "write_register": "register_xlsx",
    "write_signin_pdf": "signin_sheet_pdf",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "Register",
    "RegisterFormatError",
    "RegisterPolicy",
    "RegisterRow",
    "RegisterSlot",
    "RegisterTrack",
    "SigninPerson",
    "SigninSection",
    "read_register",
    "write_register",
    "write_signin_pdf",
]
