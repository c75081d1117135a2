"""Registration lists exported by forms tools as JSON or JSON Lines, read and imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from lacworkshop.formats.reading.spreadsheet import UnreadableFile, load_table
from lacworkshop.model import Person
from lacworkshop.services.importing.apply import run_import
from tests.unit.importing.helpers import preview_of

PEOPLE = [
    {
        "Nombre": "José",
        "Apellido": "D'Alessandro O'Neill",
        "Correo": "jose@example.org",
        "País": "Uruguay",
        "Institución": {"nombre": "ANTEL", "sigla": "AN"},
        "Talleres": ["DNS", "BGP"],
    },
    {
        "Nombre": "Łukasz Ődön",
        "Apellido": "Şahin-İlkay",
        "Correo": "lukasz@example.org",
        "País": "Perú",
        "Edad": 31,
        "Acepta": True,
    },
    {"Nombre": "Nguyễn Thị", "Apellido": "Ánh", "Correo": None, "País": "Brasil"},
]


def _write_lines(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    return path


def test_a_wrapped_json_array_becomes_a_header_and_rows(tmp_path: Path) -> None:
    path = tmp_path / "kobo.json"
    path.write_text(
        json.dumps({"count": 3, "next": None, "results": PEOPLE}, ensure_ascii=False),
        encoding="utf-8",
    )
    table = load_table(path)
    assert table.kind == "json"
    header, *rows = table.rows
    assert header.number == 1
    assert header.cells == (
        "Nombre",
        "Apellido",
        "Correo",
        "País",
        "Institución.nombre",
        "Institución.sigla",
        "Talleres",
        "Edad",
        "Acepta",
    )
    assert [r.number for r in rows] == [2, 3, 4]
    assert rows[0].cells[:7] == (
        "José",
        "D'Alessandro O'Neill",
        "jose@example.org",
        "Uruguay",
        "ANTEL",
        "AN",
        "DNS; BGP",
    )
    assert rows[1].cells[7:] == (31, True)
    assert rows[2].cells[2] == ""  # null is an empty cell


def test_json_lines_with_a_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "tally.jsonl"
    text = "\n\n".join(json.dumps(r, ensure_ascii=False) for r in PEOPLE)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = load_table(path)
    assert [r.cells[0] for r in table.rows] == [
        "Nombre",
        "José",
        "Łukasz Ődön",
        "Nguyễn Thị",
    ]


def test_json_lines_named_json_are_read_as_lines(tmp_path: Path) -> None:
    table = load_table(_write_lines(tmp_path / "export.json", PEOPLE))
    assert len(table.rows) == 4 and table.rows[3].cells[1] == "Ánh"


@pytest.mark.parametrize(
    ("content", "key_words"),
    [
        ('[{"Nombre": "Ana",}]', "not valid JSON at line 1"),
        ('{"total": 0}', "holds no list of responses"),
        ("[]", "holds no list of responses"),
        ('[{"Nombre": "Ana"}, ["Luis"]]', "row 3: expected a response with fields"),
    ],
)
def test_what_is_no_list_of_responses_is_one_clear_line(
    tmp_path: Path, content: str, key_words: str
) -> None:
    path = tmp_path / "respuestas.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        load_table(path)
    assert str(caught.value).startswith("respuestas.json")
    assert key_words in str(caught.value)


def test_a_broken_line_is_named_by_its_number(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"Nombre": "Ana"}\n{"Nombre": "Luis"\n', encoding="utf-8")
    with pytest.raises(UnreadableFile, match="line 2"):
        load_table(path)


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes('[{"Nombre": "José"}]'.encode("cp1252"))
    with pytest.raises(UnreadableFile, match="must be UTF-8"):
        load_table(path)


def test_a_json_document_past_its_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[")
        fh.write(",".join(json.dumps({"n": "x" * 1000}) for _ in range(21_000)))
        fh.write("]")
    with pytest.raises(UnreadableFile, match="far larger than any registration list"):
        load_table(path)


def test_rows_past_the_limit_stop_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(50_001):
            fh.write(json.dumps({"n": n}) + "\n")
    with pytest.raises(UnreadableFile, match="50,000"):
        load_table(path)


def test_imported_from_json_lines_with_names_intact(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _write_lines(tmp_path / "respuestas.jsonl", PEOPLE)
    result = run_import(db, preview_of(db, path, workshop_id))
    assert result.created == 3
    with db.session() as s:
        people = set(s.execute(select(Person.given_names, Person.family_names, Person.country)))
    assert people == {
        ("José", "D'Alessandro O'Neill", "UY"),
        ("Łukasz Ődön", "Şahin-İlkay", "PE"),
        ("Nguyễn Thị", "Ánh", "BR"),
    }
