"""Bounded input whatever the file claims (bad input 15): far cells, false <dimension>,
too many rows, columns or cells, fields of megabytes; one line, small memory.

Files that would make a reader abort the interpreter are loaded in a child process
(load_in_child): without the guards these tests fail on the child's death
(signal 6, "memory allocation of 549755813888 bytes failed") or on its memory.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lacworkshop.formats.reading.input_limits import (
    MAX_COLUMNS,
    MAX_GRID_CELLS,
    MAX_ROWS,
    REGISTRATION_TABLE,
)
from lacworkshop.formats.reading.spreadsheet import UnreadableFile, load_table
from tests.unit.importing.helpers import SHEET_OPEN, hand_made_xlsx, load_in_child

HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nombre</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Correo</t></is></c></row>'
)


def _sheet(*pieces: str, dimension: str | None = None) -> Iterator[str]:
    yield SHEET_OPEN
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from pieces
    yield "</sheetData></worksheet>"


FAR_CELL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'


@pytest.mark.parametrize("dimension", [None, "A1:B1", "A1"], ids=["none", "false", "one-cell"])
def test_a_value_at_xfd1048576_in_a_tiny_xlsx_is_one_line(
    tmp_path: Path, dimension: str | None
) -> None:
    path = hand_made_xlsx(
        tmp_path / "lejos.xlsx", _sheet(HEADER_ROW, FAR_CELL, dimension=dimension)
    )
    assert path.stat().st_size < 2048
    result = load_in_child(path)
    assert result["msg"] == (
        "lejos.xlsx: sheet 'Inscripciones': cell XFD1048576 holds a value below row 50,000, "
        "more rows than any registration list may have; it was not read. Delete what is in that cell "
        "(or split the list), save, and try again."
    )
    assert result["peak_mb"] < 60, result


def test_a_value_far_right_is_refused_by_its_column(tmp_path: Path) -> None:
    row = '<row r="2"><c r="A2"><v>1</v></c><c r="ALN2" t="inlineStr"><is><t>x</t></is></c></row>'
    path = hand_made_xlsx(tmp_path / "ancho.xlsx", _sheet(HEADER_ROW, row, dimension="A1:B2"))
    result = load_in_child(path)
    assert result["msg"].startswith(
        "ancho.xlsx: sheet 'Inscripciones': cell ALN2 holds a value right of column ALL "
        f"({MAX_COLUMNS:,} columns), more columns than any registration list may have"
    )


def test_rows_and_columns_within_limits_but_a_grid_too_large(tmp_path: Path) -> None:
    # 40,000 rows x 38 columns: each within its limit, the grid between them is not.
    far = '<row r="40000"><c r="AL40000"><v>7</v></c></row>'
    path = hand_made_xlsx(tmp_path / "grilla.xlsx", _sheet(HEADER_ROW, far))
    assert MAX_ROWS >= 40_000 and MAX_COLUMNS >= 38 and MAX_GRID_CELLS < 40_000 * 38
    result = load_in_child(path)
    assert result["msg"].startswith(
        "grilla.xlsx: sheet 'Inscripciones': values reach row 40,000 and column AL (cell AL40000):"
        f" 1,520,000 cells, more than the {MAX_GRID_CELLS:,} any registration list may span"
    )
    assert result["peak_mb"] < 60, result


def test_formatted_empty_cells_far_away_make_no_refusal(tmp_path: Path) -> None:
    far_styles = '<row r="1048576"><c r="XFD1048576" s="1"/><c r="XFC1048576" s="1"></c></row>'
    path = hand_made_xlsx(tmp_path / "formato.xlsx", _sheet(HEADER_ROW, far_styles))
    table = load_table(path)
    assert [r.cells for r in table.rows] == [("Nombre", "Correo")]


@pytest.mark.parametrize(
    "pieces",
    [
        # Cells without references follow the row's: XFD is the 16,384th cell.
        ('<row r="1048576">' + "<c><v>1</v></c>" * 3 + "</row>",),
        # Rows without references follow the previous one.
        ('<row r="150000"><c r="A150000"><v>1</v></c></row>', "<row><c><v>2</v></c></row>"),
        # A cell reference spelled with a character reference.
        ('<row r="1048576"><c r="&#88;FD1048576"><v>1</v></c></row>',),
        # An attribute whose value looks like the end of an empty cell.
        ('<row r="1048576"><c r="XFD1048576" x="/>"><v>1</v></c></row>',),
        # Single quotes around an attribute.
        ('<row r="1048576"><c r="XFD1048576" t=\'n\'><v>1</v></c></row>',),
    ],
    ids=["cells-without-r", "rows-without-r", "char-reference", "tricky-attribute", "quotes"],
)
def test_unusual_spellings_are_read_exactly(tmp_path: Path, pieces: tuple[str, ...]) -> None:
    path = hand_made_xlsx(tmp_path / "raro.xlsx", _sheet(HEADER_ROW, *pieces))
    result = load_in_child(path)
    assert result["msg"] is not None and result["msg"].startswith("raro.xlsx: sheet ")
    assert "holds a value below row 50,000" in result["msg"]


def test_prefixed_elements_are_read_exactly(tmp_path: Path) -> None:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (
        f'<?xml version="1.0"?><x:worksheet xmlns:x="{ns}"><x:sheetData>'
        '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>'
        '<x:row r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    path = hand_made_xlsx(tmp_path / "prefijo.xlsx", [sheet])
    result = load_in_child(path)
    assert re.match(r"prefijo\.xlsx: sheet .*cell XFD1048576", result["msg"]), result


def test_broken_sheet_xml_is_one_line(tmp_path: Path) -> None:
    path = hand_made_xlsx(
        tmp_path / "roto.xlsx", [SHEET_OPEN, "<sheetData><row><c><v>1</sheetData>"]
    )
    with pytest.raises(UnreadableFile, match=r"^roto\.xlsx: the file is damaged \(part xl/"):
        load_table(path)


def _million_rows() -> Iterator[str]:
    yield SHEET_OPEN + '<dimension ref="A1:C3"/><sheetData>'
    for start in range(1, 1_000_001, 10_000):
        yield "".join(
            f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>Ana {i}</t></is></c>'
            f'<c r="B{i}"><v>{i}</v></c><c r="C{i}" t="inlineStr"><is><t>a{i}@x.org</t></is></c>'
            "</row>"
            for i in range(start, start + 10_000)
        )
    yield "</sheetData></worksheet>"


@pytest.mark.slow
def test_a_million_rows_are_refused_early_with_small_memory(tmp_path: Path) -> None:
    path = hand_made_xlsx(tmp_path / "millon.xlsx", _million_rows())
    result = load_in_child(path)
    # The scan stops within the chunk that crosses the limit, a million rows before the end.
    assert re.match(
        r"millon\.xlsx: sheet 'Inscripciones': cell C5\d\d\d\d holds a value below row 50,000",
        result["msg"],
    ), result
    assert result["peak_mb"] < 60, result


# --- OpenDocument ------------------------------------------------------------------

_ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Inscripciones">'
    "{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
)
_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _ods(path: Path, rows: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        zf.writestr("content.xml", _ODS_CONTENT.format(rows=rows))
    return path


def _text_cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


ODS_HEADER = f"<table:table-row>{_text_cell('Nombre')}{_text_cell('Correo')}</table:table-row>"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            # A million empty rows, then one value: the reader expands the empty ones.
            '<table:table-row table:number-rows-repeated="1048574"><table:table-cell/>'
            f"</table:table-row><table:table-row>{_text_cell('x')}</table:table-row>",
            "cell A1048576 holds a value below row 50,000",
        ),
        (
            # Empty cells repeated across the sheet, then a value in the last column.
            '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
            f"{_text_cell('x')}</table:table-row>",
            "cell XFD2 holds a value right of column ALL",
        ),
        (
            # One value repeated down a million rows.
            f'<table:table-row table:number-rows-repeated="1000000">{_text_cell("x")}'
            "</table:table-row>",
            "cell A1000001 holds a value below row 50,000",
        ),
    ],
    ids=["repeated-rows", "repeated-columns", "repeated-value"],
)
def test_ods_repetitions_are_counted_as_readers_expand_them(
    tmp_path: Path, rows: str, expected: str
) -> None:
    path = _ods(tmp_path / "lejos.ods", ODS_HEADER + rows)
    assert path.stat().st_size < 4096
    result = load_in_child(path)
    assert result["msg"] is not None, result
    assert result["msg"].startswith(f"lejos.ods: sheet 'Inscripciones': {expected}"), result
    assert result["peak_mb"] < 60, result


def test_ods_within_limits_is_read(tmp_path: Path) -> None:
    body = (
        ODS_HEADER
        + f"<table:table-row>{_text_cell('Ana')}{_text_cell('ana@example.org')}</table:table-row>"
        + '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
    )
    table = load_table(_ods(tmp_path / "bien.ods", body))
    assert [r.cells for r in table.rows] == [("Nombre", "Correo"), ("Ana", "ana@example.org")]


# --- Text tables -------------------------------------------------------------------


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [40_000, 200_000], ids=["over-ours", "over-csv-module"])
def test_a_field_too_long_is_one_line_naming_line_and_limit(tmp_path: Path, size: int) -> None:
    path = _csv(
        tmp_path / "largo.csv",
        ["Nombre;Apellido;Correo", "Ana;Pérez;ana@example.org", f"Eva;{'x' * size};e@x.org"],
    )
    with pytest.raises(UnreadableFile) as caught:
        load_table(path)
    assert str(caught.value).startswith(
        "largo.csv: line 3: a field is longer than "
        f"{REGISTRATION_TABLE.max_field_chars:,} characters"
    )


def test_an_open_quote_swallowing_the_file_is_one_line(tmp_path: Path) -> None:
    lines = ["Nombre,Correo", 'Ana,"ana@example.org'] + [
        f"Persona {i},p{i}@x.org" for i in range(20_000)
    ]
    with pytest.raises(UnreadableFile, match=r"^abierta\.csv: line 2: a field is longer"):
        load_table(_csv(tmp_path / "abierta.csv", lines))


def test_too_many_rows_or_columns_in_a_text_table(tmp_path: Path) -> None:
    rows = _csv(
        tmp_path / "filas.csv", ["Nombre,Correo"] + [f"P{i},p{i}@x.org" for i in range(MAX_ROWS)]
    )
    with pytest.raises(
        UnreadableFile,
        match=rf"^filas\.csv: line {MAX_ROWS + 1}: more than {MAX_ROWS:,} rows, more than any "
        "registration list may have",
    ):
        load_table(rows)
    wide = _csv(tmp_path / "ancha.csv", ["Nombre,Correo", ",".join(["x"] * (MAX_COLUMNS + 1))])
    with pytest.raises(UnreadableFile, match=rf"^ancha\.csv: line 2: {MAX_COLUMNS + 1:,} columns"):
        load_table(wide)


def test_largest_text_table_the_limits_allow_is_read(tmp_path: Path) -> None:
    width = MAX_GRID_CELLS // MAX_ROWS
    lines = [",".join(f"c{j}" for j in range(width))]
    lines += [",".join(f"{i}" for _ in range(width)) for i in range(MAX_ROWS - 1)]
    table = load_table(_csv(tmp_path / "justo.csv", lines))
    assert len(table.rows) == MAX_ROWS and table.width == width


# --- Attendance registers ----------------------------------------------------------


def test_a_register_with_a_far_cell_is_one_line_in_small_memory(tmp_path: Path) -> None:
    path = hand_made_xlsx(tmp_path / "registro.xlsx", _sheet(HEADER_ROW, FAR_CELL), name="WALC")
    result = load_in_child(path, "read_register")
    assert result["msg"] == (
        "registro.xlsx: sheet 'WALC': cell XFD1048576 holds a value below row 20,000, more rows "
        "than any attendance register may have; it was not read. Delete what is in that cell (or "
        "split the list), save, and try again."
    )
    assert result["peak_mb"] < 60, result


# --- Legacy Excel (.xls) -----------------------------------------------------------


def test_an_xls_with_a_value_at_iv65536_is_one_line_in_small_memory(
    shared_data: Path, tmp_path: Path
) -> None:
    """The organisers' old .xls with its last text cell moved to IV65536 (the last cell
    BIFF8 has): a reader would build a grid of 16 million cells (a gigabyte)."""
    import shutil
    import struct

    import olefile

    path = tmp_path / "antigua.xls"
    shutil.copy(shared_data / "lista_antigua.xls", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        pos, last_label = 0, -1
        while pos + 4 <= len(data):
            kind, size = struct.unpack_from("<HH", data, pos)
            if kind == 0x00FD:  # LABELSST: row, column, style, string index
                last_label = pos
            pos += 4 + size
        struct.pack_into("<HH", data, last_label + 4, 65535, 255)
        ole.write_stream("Workbook", bytes(data))
    result = load_in_child(path)
    assert result["msg"] == (
        "antigua.xls: sheet 'Participantes': cell IV65536 holds a value below row 50,000, more "
        "rows than any registration list may have; it was not read. Delete what is in that cell (or "
        "split the list), save, and try again."
    )
    assert result["peak_mb"] < 60, result
