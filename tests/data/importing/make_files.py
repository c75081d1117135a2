"""Regenerate the small workbooks these tests read (needs openpyxl and LibreOffice).

openpyxl writes formulas without their results; LibreOffice recalculates them
on conversion and stores the cached values, as Excel does when it saves.
Run: python tests/data/importing/make_files.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent

PEOPLE = [
    ("María José", "Fernández Núñez", "MJFERNANDEZ@EXAMPLE.ORG", "Argentina", dt.date(2026, 3, 1)),
    ("João", "da Conceição", "JOAO@EXAMPLE.COM.BR", "Brasil", dt.date(2026, 3, 2)),
    ("Renée", "L'Écuyer", "RENEE@EXAMPLE.FR", "Haïti", dt.date(2026, 3, 3)),
    ("Ñusta", "Quispe Mamani", "NUSTA@EXAMPLE.PE", "Perú", dt.date(2026, 3, 4)),
]


def tricky() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Inscripciones"
    ws["A1"] = "Taller de DNSSEC — Inscripciones"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A3"] = "Actualizado por la secretaría"
    ws.append([])
    ws.append(["Nombre", "Apellidos", "Correo", "País", "Fecha de inscripción", "Correo original"])
    for i, (given, family, email, country, day) in enumerate(PEOPLE, start=6):
        ws.append([given, family, f"=LOWER(F{i})", country, day, email])
        ws.cell(i, 5).number_format = "dd/mm/yyyy"
    ws.column_dimensions["F"].hidden = True
    for r in range(10, 14):  # formatted blank trailing rows
        ws.cell(r, 1).font = Font(bold=True)
    other = wb.create_sheet("Notas")
    other["A1"] = "Nada que importar"
    return wb


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "tricky_src.xlsx"
        tricky().save(src)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        assert soffice, "LibreOffice is needed to store formula results"
        for ext in ("xlsx", "ods"):
            out = Path(tmp) / ext
            out.mkdir()
            subprocess.run(
                [soffice, "--headless", "--convert-to", ext, "--outdir", str(out), str(src)],
                check=True,
                capture_output=True,
            )
            shutil.copy(out / f"tricky_src.{ext}", HERE / f"tricky.{ext}")


if __name__ == "__main__":
    main()
