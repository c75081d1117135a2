"""How large a file people hand us may be: every limit of every reader, in one place.

A registration list is a few hundred rows; the largest events have a few
thousand people, and a 20,000-row list is read easily. The limits sit far above
any real list and far below what would exhaust a laptop's memory: a reader
builds a grid from the first cell to the last one holding a value, so the rows,
the columns and the grid they span are all bounded, whatever the file declares.
The README states these numbers; keep them in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from lacworkshop.formats.reading.zip_guard import FileLimits

MB = 1024 * 1024


@dataclass(frozen=True)
class TableLimits:
    """What one sheet (or one text table) may reach. *what* names the file's kind."""

    what: str
    max_rows: int
    max_columns: int
    # Rows x columns from A1 to the farthest value: the grid a reader allocates.
    max_grid_cells: int
    # Excel's own limit for one cell.
    max_field_chars: int = 32_767

    @property
    def a_what(self) -> str:
        """*what* with its article: "a registration list", "an attendance register"."""
        return ("an " if self.what[:1] in "aeiou" else "a ") + self.what


# Registration lists (xlsx, xlsm, xls, ods, csv and other text tables).
MAX_FILE_BYTES = 50 * MB
# Total declared unpacked size of a workbook container.
MAX_UNPACKED_BYTES = 400 * MB
# Spreadsheet XML compresses well (10-30x); bombs compress thousands of times.
MAX_RATIO = 200
MAX_MEMBERS = 10_000
MAX_ROWS = 50_000
MAX_COLUMNS = 1_000
MAX_GRID_CELLS = 1_000_000

REGISTRATION_FILE = FileLimits(
    "registration list",
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    max_members=MAX_MEMBERS,
    max_ratio=MAX_RATIO,
)
REGISTRATION_TABLE = TableLimits("registration list", MAX_ROWS, MAX_COLUMNS, MAX_GRID_CELLS)
# A JSON document (not JSON Lines) is parsed whole: its objects take about ten times
# the file's size in memory, so it stops well below the other formats.
JSON_FILE = FileLimits("registration list", 20 * MB, 20 * MB)

# Attendance registers: 5,000 people x 60 sessions is a few MB; anything far beyond is not one.
REGISTER_FILE = FileLimits("attendance register", 40 * MB, 400 * MB)
REGISTER_TABLE = TableLimits("attendance register", 20_000, MAX_COLUMNS, MAX_GRID_CELLS)
