"""Properties of cell safety: any text reaches a sheet as that text, never as a formula."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from lacworkshop.formats.writing.cell_safety import (
    REPLACEMENT,
    csv_safe,
    is_formula_like,
    strip_illegal,
)
from lacworkshop.formats.writing.csv_file import csv_bytes
from lacworkshop.formats.writing.xlsx_file import Column, Sheet, write_xlsx

# Text as people and hostile files write it: formula starters, quotes, separators,
# line breaks, control characters, accents and the OOXML escape look-alike.
PIECES = st.sampled_from(
    ["=", "+", "-", "@", "\t", "\r", "\n", '"', ";", ",", "'", "\x00", "\x07", "_x000D_", "1"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=8).map("".join)


@given(TEXT)
def test_csv_safe_text_is_never_a_formula(text: str) -> None:
    safe = csv_safe(text)
    assert not is_formula_like(safe)
    assert safe in (text, "'" + text)


@given(TEXT)
def test_strip_illegal_keeps_length_and_marks_what_it_replaced(text: str) -> None:
    cleaned, replaced = strip_illegal(text)
    assert len(cleaned) == len(text)
    assert replaced == (cleaned != text)
    assert all(a == b or b == REPLACEMENT for a, b in zip(text, cleaned, strict=True))


@given(st.lists(TEXT, min_size=1, max_size=4), st.sampled_from([",", ";", "\t"]))
def test_csv_keeps_every_field_and_no_reader_meets_a_formula(row: list[str], sep: str) -> None:
    data = csv_bytes([f"c{i}" for i in range(len(row))], [row], delimiter=sep)
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=sep))
    cleaned = [strip_illegal(v)[0] for v in row]
    # A row of one empty field is an empty line, which readers give back as no fields.
    fields = parsed[1] if parsed[1] or cleaned != [""] else [""]
    # Only protective quotes are added: without them each field is the text itself.
    assert [f.replace("'", "") for f in fields] == [c.replace("'", "") for c in cleaned]
    # Whatever separator a reader splits on, no piece it makes a cell starts a formula.
    for field in fields:
        for piece in re.split(r"[,;\t\r\n] *", field):
            assert not is_formula_like(piece), (field, piece)


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _as_spreadsheets_read(stored: str) -> str:
    """Decode ``_xHHHH_`` as Excel and LibreOffice do (openpyxl leaves it encoded)."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), stored)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_xlsx_keeps_every_text_as_text(tmp_path: Path, row: list[str]) -> None:
    path = tmp_path / "cells.xlsx"
    write_xlsx(path, [Sheet("S", [Column(f"c{i}") for i in range(len(row))], [row])])
    sheet = load_workbook(path, read_only=True).worksheets[0]
    cells = next(iter(sheet.iter_rows(min_row=2, max_row=2)))
    for value, cell in zip(row, cells, strict=True):
        expected = strip_illegal(value)[0]
        assert _as_spreadsheets_read(cell.value or "") == expected
        assert cell.data_type == "s" or (expected == "" and cell.value is None)
