"""Absurd files through the command line (bad input 15): one line, no traceback, nothing
written, for a registration list and an attendance register alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.unit.importing.helpers import SHEET_OPEN, hand_made_xlsx

FAR = (
    SHEET_OPEN + '<dimension ref="A1:B2"/><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nombre</t></is></c></row>'
    '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
)


def _one_error_line(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("lacworkshop: error: ")
    return lines[0]


def _people(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def test_far_cell_and_long_field_imports_are_one_line(
    run_cli, walc_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    far = hand_made_xlsx(tmp_path / "lejos.xlsx", [FAR])
    line = _one_error_line(
        run_cli("import", str(far), "--workshop", "walc2026", "--dry-run", db=walc_db)
    )
    assert "lejos.xlsx: sheet 'Inscripciones': cell XFD1048576 holds a value below row" in line
    long_field = tmp_path / "largo.csv"
    long_field.write_text("Nombre,Correo\r\nAna," + "x" * 200_000 + "\r\n", encoding="utf-8")
    line = _one_error_line(run_cli("import", str(long_field), "--workshop", "walc2026", db=walc_db))
    assert "largo.csv: line 2: a field is longer than 32,767 characters" in line
    assert _people(walc_db) == 0


def test_far_cell_register_is_one_line(run_cli, walc_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    far = hand_made_xlsx(tmp_path / "registro.xlsx", [FAR], name="Routing")
    line = _one_error_line(
        run_cli("attendance", "import", str(far), "--workshop", "walc2026", db=walc_db)
    )
    assert "registro.xlsx: sheet 'Routing': cell XFD1048576 holds a value below row 20,000" in line
