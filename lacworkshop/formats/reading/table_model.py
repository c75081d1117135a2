"""What every reader hands back: rows of cells with their numbers in the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# A cell as read: text, a number, a truth value, or a date/time. Empty cells are "".
CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta


@dataclass(frozen=True)
class RawRow:
    number: int  # 1-based row (spreadsheet) or record start line (text) in the file
    cells: tuple[CellValue, ...]

    def is_blank(self) -> bool:
        return all(
            c == "" or c is None or (isinstance(c, str) and not c.strip()) for c in self.cells
        )


@dataclass
class RawTable:
    """One sheet (or the one table of a text file) as read, before any header is chosen."""

    source: str  # the file name, for messages
    sheet: str
    sheet_names: list[str]
    rows: list[RawRow]
    kind: str  # "xlsx", "xls", "ods", "csv"
    encoding: str | None = None
    encoding_certain: bool = True
    encoding_reason: str = ""
    encoding_choices: tuple[str, ...] = ()
    delimiter: str | None = None
    delimiter_certain: bool = True
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
