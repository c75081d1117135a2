"""``import`` speaks the command line's language: its row lines and its --report workbook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook


def test_skipped_rows_and_the_report_are_in_spanish(walc_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "inscripciones.csv"
    src.write_text(
        "Nombre,Apellido,Correo\nAna,Pérez,ana@example.org\n,,sin-nombre@example.org\n",
        encoding="utf-8",
    )
    report = tmp_path / "resumen.xlsx"
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="es_AR.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("LACWORKSHOP_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "lacworkshop", "--db", str(walc_db), "import", str(src),
         "--workshop", "WALC2026", "--track", "none", "--report", str(report)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "fila 3 omitida (sin nombre)" in done.stdout, done.stdout
    assert "skipped row" not in done.stdout
    book = load_workbook(report, read_only=True)
    assert "Filas" in book.sheetnames and "Rows" not in book.sheetnames
