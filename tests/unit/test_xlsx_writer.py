"""The shared writers keep nasty text as text, and real values as values."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from lacworkshop.formats.writing.csv_file import write_csv
from lacworkshop.formats.writing.xlsx_file import Column, Sheet, write_xlsx

NASTY = [
    "=1+2",
    "+54 11 5555",
    "-Ana",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "\nLF",
    '=HYPERLINK("http://x")',
]


def test_formula_like_text_is_stored_as_text(tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    rows = [[name, -5, dt.date(2026, 10, 12)] for name in NASTY]
    report = write_xlsx(
        out, [Sheet("People", [Column("Name"), Column("n", "int"), Column("d", "date")], rows)]
    )
    assert report.rows == len(NASTY) and report.warnings == []
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    ws = load_workbook(out).active
    # A CR is stored OOXML-escaped (_x000D_), as spreadsheet programs expect.
    assert [unescape(ws.cell(r, 1).value) for r in range(2, len(NASTY) + 2)] == NASTY
    assert all(ws.cell(r, 1).data_type == "s" for r in range(2, len(NASTY) + 2))
    assert ws.cell(2, 2).value == -5 and ws.cell(2, 2).data_type == "n"
    assert ws.cell(2, 3).is_date
    assert ws.freeze_panes == "A2"
    assert ws.cell(1, 1).font.bold


def test_control_characters_are_replaced_with_a_warning(tmp_path: Path) -> None:
    out = tmp_path / "ctl.xlsx"
    report = write_xlsx(out, [Sheet("S", [Column("Name")], [["Ana\x00\x07 Peña"]])])
    assert len(report.warnings) == 1 and "S!A2" in report.warnings[0]
    assert load_workbook(out).active.cell(2, 1).value == "Ana\ufffd\ufffd Peña"


def test_csv_quotes_and_neutralises(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    write_csv(out, ["Name", "n"], [["=1+2", -5], ["O'Brien, Seán", 3], ["Línea\nnueva", 1.5]])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[1] == "'=1+2,-5"
    assert '"O\'Brien, Seán",3' in text
    assert '"Línea\nnueva",1.5' in text


def test_writes_are_atomic(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"previous")

    def broken():
        yield ["ok"]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_xlsx(out, [Sheet("S", [Column("a")], broken())])
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]
