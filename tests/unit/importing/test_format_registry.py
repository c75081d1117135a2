"""The import format registry: every registered ending is read by its format's reader."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lacworkshop.formats.reading.input_guards import ZIP_SUFFIXES
from lacworkshop.formats.reading.registry import (
    FORMATS,
    SUFFIXES,
    file_patterns,
    format_for,
    is_importable,
    suffix_list,
)
from lacworkshop.formats.reading.spreadsheet import load_table

# A real file of each format, from the registration lists organisers sent.
SAMPLES = {
    "xlsx": "inscricoes.xlsx",
    "xls": "lista_antigua.xls",
    "ods": "participantes.ods",
    "csv": "respuestas_formulario.csv",
}


def _sample(fmt: str, folder: Path, shared_data: Path, suffix: str) -> Path:
    target = folder / f"lista{suffix}"
    if fmt == "json":
        records = [{"Nombre": "José", "Apellido": "Núñez"}, {"Nombre": "Ana", "Apellido": "Paz"}]
        target.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    else:
        shutil.copyfile(shared_data / SAMPLES[fmt], target)
    return target


@pytest.mark.parametrize(
    ("fmt", "suffix"), [(f.name, s) for f in FORMATS for s in f.suffixes], ids=str
)
def test_every_registered_ending_is_read_by_its_reader(
    tmp_path: Path, shared_data: Path, fmt: str, suffix: str
) -> None:
    path = _sample(fmt, tmp_path, shared_data, suffix)
    assert format_for(path).name == fmt
    table = load_table(path)
    assert table.kind == fmt
    assert len(table.rows) >= 3
    assert is_importable(path.name.upper())


def test_the_lists_people_see_name_every_ending() -> None:
    assert len(set(SUFFIXES)) == len(SUFFIXES)  # no ending registered twice
    for suffix in SUFFIXES:
        assert f"*{suffix}" in file_patterns().split()
        assert suffix.removeprefix(".") in suffix_list().split(", ")
    assert set(ZIP_SUFFIXES) == {".xlsx", ".xlsm", ".ods"}
    assert ".tab" in SUFFIXES  # read as text, and once refused by the window


def test_content_beats_a_misleading_ending(tmp_path: Path, shared_data: Path) -> None:
    # Web exports write CSV under a workbook's name, and workbooks travel renamed.
    fake_xlsx = tmp_path / "export.xlsx"
    shutil.copyfile(shared_data / "respuestas_formulario.csv", fake_xlsx)
    assert format_for(fake_xlsx).name == "csv"
    renamed = tmp_path / "lista.csv"
    shutil.copyfile(shared_data / "lista_antigua.xls", renamed)
    assert format_for(renamed).name == "xls"


def test_every_reader_resolves_to_a_function() -> None:
    for fmt in FORMATS:
        assert callable(fmt.reader()), fmt.name
