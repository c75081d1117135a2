"""Attendance: the marks grid, registers and sign-in sheets, standings and the one rule."""

__all__ = [
    "eligibility",
    "grid",
    "marking",
    "overrides",
    "register",
    "signin_sheets",
    "standings",
]
