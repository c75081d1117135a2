"""An attendee list of 5,000 people x 12 columns through the shared xlsx writer,
against raw openpyxl write-only of the same cells (same bold header and number
formats; none of the writer's checks, escaping, sizing or print set-up)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from cases._measure import Measurement, best_of

ROWS, COLS = 5000, 12


def _data() -> list[list[object]]:
    """Names (some formula-like), hours and organisations, as a real list holds."""
    return [
        [
            (f"=Nombre {r}" if r % 50 == 0 else f"Nombre {r} Peña")
            if c % 3 == 0
            else (r * 0.5 if c % 3 == 1 else f"Organización {c}")
            for c in range(COLS)
        ]
        for r in range(ROWS)
    ]


def run() -> Measurement:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from lacworkshop.formats.writing.xlsx_file import Column, Sheet, write_xlsx

    rows = _data()
    folder = Path(tempfile.mkdtemp())
    columns = [Column(f"Col {c}", "hours" if c % 3 == 1 else "text") for c in range(COLS)]

    def app() -> None:
        write_xlsx(folder / "app.xlsx", [Sheet("People", columns, rows)])

    def floor() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("People")
        bold = Font(bold=True)
        from openpyxl.cell import WriteOnlyCell

        header = []
        for c in range(COLS):
            cell = WriteOnlyCell(ws, value=f"Col {c}")
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for r in rows:
            # The same output: hours carry their number format, as the writer gives them.
            out = []
            for c, v in enumerate(r):
                if c % 3 == 1:
                    cell = WriteOnlyCell(ws, value=v)
                    cell.number_format = "0.0#"
                    out.append(cell)
                else:
                    out.append(v)
            ws.append(out)
        wb.save(folder / "raw.xlsx")

    f = best_of(floor, repeat=3)
    a = best_of(app, repeat=3)
    return Measurement(
        a, f, [f"{ROWS}x{COLS} cells", "budget 2x: " + ("ok" if a <= 2 * f else "OVER")]
    )
