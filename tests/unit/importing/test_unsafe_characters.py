"""Control characters and bidirectional overrides: removed from every imported value and
every name typed in, with a warning in the preview; never in a file name either."""

from __future__ import annotations

from pathlib import Path

import pytest

from lacworkshop.formats.text.controls import remove_unsafe_characters
from lacworkshop.formats.text.safe_filename import safe_stem, unique_names
from lacworkshop.services.importing.text import clean_text
from lacworkshop.services.people.directory import PersonData, create_person, get_person
from tests.unit.importing.helpers import preview_of


@pytest.mark.parametrize(
    ("text", "clean", "removed"),
    [
        ("Ana\u202eetneserP", "AnaetneserP", ("U+202E RIGHT-TO-LEFT OVERRIDE",)),
        (
            "\u2067Eve\u2069",
            "Eve",
            ("U+2067 RIGHT-TO-LEFT ISOLATE", "U+2069 POP DIRECTIONAL ISOLATE"),
        ),
        ("Lu\x1b[2Jis\x00", "Lu[2Jis", ("U+001B", "U+0000")),
        ("Zo\u200eé\u200b", "Zoé", ("U+200E LEFT-TO-RIGHT MARK", "U+200B ZERO WIDTH SPACE")),
        ("\x85Nguyễn\x9b", "Nguyễn", ("U+0085", "U+009B")),
    ],
)
def test_unsafe_characters_are_removed_and_named(
    text: str, clean: str, removed: tuple[str, ...]
) -> None:
    assert remove_unsafe_characters(text) == (clean, removed)
    assert clean_text(text) == clean


def test_letters_that_names_need_are_kept() -> None:
    # ZWNJ in Persian, ZWJ in Indic scripts, accents, apostrophes, non-Latin scripts.
    for name in ("می\u200cخواهم", "क्\u200dष", "D'Alessandro O'Neill", "Łódź Ődön", "Александра"):
        assert remove_unsafe_characters(name) == (name, ())
    assert clean_text("Ana\tMaría\nJosé") == "Ana María José"


def test_import_preview_warns_with_row_and_column(db, workshop_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.csv"
    path.write_text(
        "Nombre,Apellido,Correo\r\n"
        "Ana\u202eetneserP,Pérez,ana@example.org\r\n"
        "Luis,Gómez\x1b[0m,luis@example.org\r\n"
        "Zoé,Martin,zoe@example.fr\r\n",
        encoding="utf-8",
    )
    preview = preview_of(db, path, workshop_id)
    by_row = {c.row: c for c in preview.candidates}
    assert by_row[2].values["given_names"] == "AnaetneserP"
    [warning] = by_row[2].problems
    assert (warning.column, warning.code, warning.blocking) == (
        "Nombre",
        "control_characters",
        False,
    )
    assert warning.value == "AnaetneserP"
    assert by_row[3].values["family_names"] == "Gómez[0m"
    # What is left of an escape sequence ("[0m") is then flagged as unusual in a name.
    assert [(p.column, p.code) for p in by_row[3].problems] == [
        ("Apellido", "control_characters"),
        ("Apellido", "name_characters"),
    ]
    assert by_row[4].problems == []
    assert preview.counts()["warnings"] == 2


def test_names_typed_in_are_cleaned(db) -> None:  # type: ignore[no-untyped-def]
    pid = create_person(
        db,
        PersonData(
            given_names="\u202eanA",
            family_names="Pérez\x07",
            preferred_name="A\u2066na\u2069",
            email="ana\u200e@example.org",
            notes="Llega el lunes.\nVegetariana\x1b[5m.",
        ),
    )
    person = get_person(db, pid)
    assert (person.given_names, person.family_names, person.preferred_name) == (
        "anA",
        "Pérez",
        "Ana",
    )
    assert person.email == "ana@example.org"
    assert person.notes == "Llega el lunes.\nVegetariana[5m."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (".bashrc", "bashrc"),
        ("..Ana", "Ana"),
        (". .Ana", "Ana"),
        ("Ana\u202egpj.exe", "Anagpj.exe"),
        ("\u202e.hidden", "hidden"),
        (".", "certificate"),
    ],
)
def test_file_names_are_never_hidden_or_disguised(name: str, expected: str) -> None:
    assert safe_stem(name) == expected
    assert not unique_names([name], "pdf")[0].startswith(".")
