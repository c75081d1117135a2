"""Workbooks through calamine (bad input 7) and files refused before parsing (bad input 8)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from lacworkshop.formats.reading.spreadsheet import UnreadableFile, load_table
from lacworkshop.services.importing.mapping import layout_for
from tests.unit.importing.helpers import load_in_child


@pytest.mark.parametrize("name", ["tricky.xlsx", "tricky.ods"])
def test_header_below_title_dates_formulas_hidden_column(import_data: Path, name: str) -> None:
    table = load_table(import_data / name)
    assert table.sheet == "Inscripciones"
    assert table.sheet_names == ["Inscripciones", "Notas"]
    layout = layout_for(table)
    assert layout.header_row == 5  # below a merged title, a note and blank rows
    assert layout.headers[:5] == ["Nombre", "Apellidos", "Correo", "País", "Fecha de inscripción"]
    data = table.rows[layout.header_index + 1 :]
    assert len(data) == 4  # formatted blank rows below make no phantom rows
    first = data[0].cells
    assert first[0] == "María José"
    assert first[2] == "mjfernandez@example.org"  # formula, by its cached value
    assert first[4] == dt.date(2026, 3, 1)  # a date, not a serial number
    assert first[5] == "MJFERNANDEZ@EXAMPLE.ORG"  # the hidden column is still read
    assert [r.cells[1] for r in data] == [
        "Fernández Núñez",
        "da Conceição",
        "L'Écuyer",
        "Quispe Mamani",
    ]


def test_second_sheet_is_chosen_by_name(import_data: Path) -> None:
    table = load_table(import_data / "tricky.xlsx", sheet="notas")
    assert table.sheet == "Notas"
    with pytest.raises(
        UnreadableFile,
        match=r"tricky\.xlsx: there is no sheet 'Otra'; sheets: Inscripciones, Notas",
    ):
        load_table(import_data / "tricky.xlsx", sheet="Otra")


def test_formatted_empty_cell_a_million_rows_down(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Inscripciones 2026"
    ws.merge_cells("A1:C1")
    ws.append([])
    ws.append(["Nombre", "Apellido", "Correo"])
    ws.append(["Ana", "Pérez", "ana@example.org"])
    ws.append(["Luis", "Gómez", "luis@example.org"])
    ws.append([None, None, None])
    ws.cell(1_000_000, 2).fill = PatternFill("solid", fgColor="FFFF00")
    # Wide enough that the guard scans the sheet, and finds no value down there.
    ws.cell(1_000_000, 8).fill = PatternFill("solid", fgColor="FFFF00")
    path = tmp_path / "far.xlsx"
    wb.save(path)
    table = load_table(path)
    layout = layout_for(table)
    assert layout.header_row == 3
    assert [r.cells[:2] for r in table.rows[layout.header_index + 1 :]] == [
        ("Ana", "Pérez"),
        ("Luis", "Gómez"),
    ]
    assert table.rows[-1].number == 5


def test_shared_workbooks(shared_data: Path) -> None:
    xlsx = load_table(shared_data / "inscricoes.xlsx")
    layout = layout_for(xlsx)
    assert layout.header_row == 3
    assert layout.headers[0] == "Nome completo"
    assert isinstance(xlsx.rows[layout.header_index + 1].cells[5], dt.datetime)
    for name in ("lista_antigua.xls", "participantes.ods"):
        table = load_table(shared_data / name)
        layout = layout_for(table)
        assert layout.header_row == 1
        assert len(table.rows) - 1 == 60
        assert table.rows[-1].cells[:2] == ("Ramón", "Vanegas Correa")
        assert table.rows[4].cells[:2] == ("Juana", "Farías")


def test_damaged_workbook_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(UnreadableFile, match=r"broken\.xlsx: the file is damaged"):
        load_table(path)


def test_file_far_too_large_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    with pytest.raises(UnreadableFile, match=r"huge\.csv: the file is 60 MB, far larger"):
        load_table(path)


def _ratio_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"<row/>" * 100_000
            for _ in range(300):  # 180 MB of XML that packs into a few hundred KB
                member.write(block)


def _declared_bomb(path: Path) -> None:
    """A small zip whose directory claims 4 GB unpacked (the size bombs declare)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"<sheetData/>" * 10)
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("make", [_ratio_bomb, _declared_bomb])
def test_zip_bombs_are_refused_with_small_memory(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    bomb = tmp_path / "inscritos.xlsx"
    make(bomb)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    result = load_in_child(bomb)
    assert result["msg"] is not None and result["msg"].startswith("inscritos.xlsx: ")
    assert "not opened" in result["msg"]
    assert result["peak_mb"] < 60, result


def _lying_bomb(path: Path) -> None:
    """A part whose directory says 1 KB but which unpacks to 150 MB."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(150):
            member.write(b"<row/>" * 174_763)
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (1024).to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_lying_zip_bomb_is_refused_with_small_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "mentira.xlsx"
    _lying_bomb(bomb)
    result = load_in_child(bomb)
    assert result["msg"] is not None and result["msg"].startswith("mentira.xlsx: ")
    assert "not opened" in result["msg"]
    assert result["peak_mb"] < 60, result


def test_a_stray_value_a_million_rows_down_is_refused_with_small_memory(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nombre", "Apellido", "Correo", "País", "Institución", "Género", "Rol", "Notas"])
    ws.append(["Ana", "Pérez", "ana@example.org", "Perú", "UNI", "", "", ""])
    ws.cell(1_000_000, 8).value = " "
    path = tmp_path / "espacio.xlsx"
    wb.save(path)
    result = load_in_child(path)
    assert result["msg"] == (
        "espacio.xlsx: sheet 'Sheet': cell H1000000 holds a value below row 50,000, more rows than any "
        "registration list may have; it was not read. Delete what is in that cell (or split the "
        "list), save, and try again."
    )
    assert result["peak_mb"] < 60, result
