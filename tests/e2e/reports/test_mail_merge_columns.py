"""``export people`` with the certificate columns: a mail merge finds each person's PDF."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from python_calamine import CalamineWorkbook

COLUMNS = "full_name,email,certificate_code,certificate_status,certificate_hours,certificate_file"


def test_file_names_match_the_per_person_output(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    run_cli("demo", "--people", "60", "--workshops", "1", db=db, check=True)
    folder = tmp_path / "pdfs"
    run_cli("certificates", "issue", "--workshop", "WALC2026", "--per-person", str(folder),
            db=db, check=True)  # fmt: skip
    written = {p.name for p in folder.glob("*.pdf")}
    assert written

    out = tmp_path / "merge.csv"
    run_cli("export", "people", "--workshop", "WALC2026", "--columns", COLUMNS,
            "--language", "es", "-o", str(out), db=db, check=True)  # fmt: skip
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert header == [
        "Nombre completo",
        "Correo electrónico",
        "Código del certificado",
        "Estado del certificado",
        "Horas del certificado",
        "Archivo del certificado",
    ]
    named = {r[5] for r in body if r[5]}
    assert named == written  # every PDF written has its row, every row's PDF exists
    con = sqlite3.connect(db)
    valid = dict(con.execute("SELECT code, hours FROM certificate WHERE status = 'valid'"))
    con.close()
    for r in body:
        if r[2]:
            assert r[2] in valid and r[3] == "Válido"
            assert r[2] in r[5]  # the code is part of the file name
            assert float(r[4].replace(",", ".")) == round(valid[r[2]], 2)
        else:
            assert r[3] == "Sin certificado" and r[5] == ""
    assert any(not r[2] for r in body)  # those not eligible are listed without a file


def test_xlsx_holds_the_same_names(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    run_cli("demo", "--people", "30", "--workshops", "1", db=db, check=True)
    folder = tmp_path / "pdfs"
    run_cli("certificates", "issue", "--workshop", "WALC2026", "--per-person", str(folder),
            db=db, check=True)  # fmt: skip
    out = tmp_path / "merge.xlsx"
    run_cli("export", "people", "--workshop", "WALC2026", "--columns", COLUMNS, "-o", str(out),
            db=db, check=True)  # fmt: skip
    wb = CalamineWorkbook.from_path(str(out))
    sheet = wb.get_sheet_by_name(wb.sheet_names[0]).to_python()
    header_row = next(i for i, r in enumerate(sheet) if "Certificate file" in r or
                      "Archivo del certificado" in r)  # fmt: skip
    col = [c for c in sheet[header_row]].index(
        next(c for c in sheet[header_row] if c in ("Certificate file", "Archivo del certificado"))
    )
    names = {r[col] for r in sheet[header_row + 1 :] if r[col]}
    assert names == {p.name for p in folder.glob("*.pdf")}
