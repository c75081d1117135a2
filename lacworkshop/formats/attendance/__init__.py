"""Attendance documents: the register workbook (out and back in) and sign-in sheets."""

__all__ = [
    "register_reader",
    "register_xlsx",
    "signin_sheet_pdf",
]
