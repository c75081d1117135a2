"""CSV and text files in every encoding and delimiter organisers send (bad input 6)."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lacworkshop.formats.reading.csv_table import read_text_table
from lacworkshop.formats.reading.text_encoding import guess_encoding, looks_like_mojibake

ROWS = [
    ["Nombre", "Apellido", "Correo", "Organización"],
    ["José", "Núñez Peña", "jose@example.org", "Asociación Ñandú, S.A."],
    ["João", "da Conceição", "joao@example.com.br", 'Instituto "Ação"'],
    ["Renée", "L'Écuyer", "renee@example.fr", "Université d'État\nHaïti"],
]


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _write(
    tmp_path: Path, rows: list[list[str]], encoding: str, delimiter: str, bom: bool = False
) -> Path:
    data = _csv_text(rows, delimiter).encode(encoding)
    if bom:
        data = codecs.BOM_UTF8 + data
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", False), ("utf-8", True), ("utf-16", False), ("cp1252", False)],
)
def test_every_encoding_and_delimiter_reads_back_exactly(
    tmp_path, encoding, bom, delimiter
) -> None:
    path = _write(tmp_path, ROWS, encoding, delimiter, bom)
    table = read_text_table(path)
    assert table.encoding_certain and table.delimiter_certain
    assert table.delimiter == delimiter
    assert [list(r.cells) for r in table.rows] == ROWS
    # A quoted newline keeps its record together; rows are numbered by the line they start on.
    assert [r.number for r in table.rows] == [1, 2, 3, 4]


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path) -> None:
    text = "\r\n".join("\t".join(r) for r in ROWS[:3]) + "\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table = read_text_table(path)
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert [list(r.cells) for r in table.rows] == ROWS[:3]


def test_utf16_without_bom_is_recognised(tmp_path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes(_csv_text(ROWS, "\t").encode("utf-16-le"))
    table = read_text_table(path)
    assert table.encoding == "utf-16-le" and table.encoding_certain
    assert table.rows[1].cells[1] == "Núñez Peña"


def test_cp1252_excel_csv_is_recognised_with_certainty() -> None:
    data = "Apellido;Nombre\r\nMuñoz;José\r\nCofré;Olga\r\nÁLVAREZ;ÑUSTA\r\n".encode("cp1252")
    guess = guess_encoding(data)
    assert (guess.encoding, guess.certain) == ("cp1252", True)


def test_unusual_bytes_give_an_uncertain_guess_with_choices() -> None:
    # Box-drawing characters from an old DOS export: nothing a name is made of.
    data = b"Nombre;Apellido\r\nJos\x82;\xb0\xb1\xb2\r\n"
    guess = guess_encoding(data)
    assert not guess.certain
    assert guess.alternatives


def test_chosen_encoding_wins_over_the_guess(tmp_path) -> None:
    path = _write(tmp_path, ROWS, "cp1252", ";")
    table = read_text_table(path, encoding="latin-1", delimiter=";")
    assert table.encoding == "latin-1" and table.encoding_certain
    assert table.rows[1].cells[0] == "José"


def test_wrong_encoding_choice_is_a_clear_error(tmp_path) -> None:
    from lacworkshop.formats.reading.csv_table import TextTableError

    path = _write(tmp_path, ROWS, "cp1252", ";")
    with pytest.raises(TextTableError, match=r"list\.csv: the text is not in the utf-8 encoding"):
        read_text_table(path, encoding="utf-8")


def test_mojibake_is_recognised() -> None:
    assert looks_like_mojibake("JosÃ© NÃºÃ±ez")
    assert looks_like_mojibake("Itâ€™s")
    assert not looks_like_mojibake("José Núñez São Conceição ÃO")


def test_shared_files_decode_with_accents_intact(shared_data) -> None:
    table = read_text_table(shared_data / "inscriptos_excel.csv")
    assert (table.encoding, table.delimiter, table.encoding_certain) == ("cp1252", ";", True)
    assert list(table.rows[0].cells) == ["Apellido", "Nombre", "Correo", "Institución", "País"]
    names = {r.cells[1] for r in table.rows}
    assert "María de los Ángeles Guadalupe Esperanza" in names
    form = read_text_table(shared_data / "respuestas_formulario.csv")
    assert (form.encoding, form.delimiter) == ("utf-8", ",")
    assert form.rows[0].cells[1] == "Dirección de correo electrónico"


# ---- property: what goes in comes back --------------------------------------------------

_NAMEISH = st.characters(
    whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Ps", "Pe"),
    whitelist_characters="\r\n\"',;\t@=+-",
    blacklist_characters="\x00",
)
_CP1252 = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;'\"-@\t\r\n")
    # Accented capitals only start words in real names; lower-case ones go anywhere.
    + list("áéíóúñüçãõâêôàèëïî")
    + ["Á", "É", "Ñ", "Ç", "Ã", "Ô"]
).map(lambda ch: f" {ch}" if ch.isupper() and not ch.isascii() else ch)


def _table(cells: st.SearchStrategy[str]) -> st.SearchStrategy[list[list[str]]]:
    return st.integers(2, 5).flatmap(
        lambda width: st.lists(
            st.lists(cells, min_size=width, max_size=width),
            min_size=2,
            max_size=8,
        )
    )


def _check_round_trip(
    tmp_path: Path, rows: list[list[str]], encoding: str, delimiter: str, bom: bool
) -> None:
    path = _write(tmp_path, rows, encoding, delimiter, bom)
    exact = read_text_table(path, encoding="utf-8-sig" if bom else encoding, delimiter=delimiter)
    assert [list(r.cells) for r in exact.rows] == rows
    guessed = read_text_table(path)
    # Never silently wrong: a guess that is wrong must say it is unsure.
    if guessed.encoding_certain and guessed.delimiter_certain:
        assert [list(r.cells) for r in guessed.rows] == rows


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=_table(st.text(_NAMEISH, max_size=12)),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
)
def test_property_utf8_round_trip(tmp_path, rows, delimiter, bom) -> None:
    _check_round_trip(tmp_path, rows, "utf-8", delimiter, bom)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=_table(st.text(_NAMEISH, max_size=12)), delimiter=st.sampled_from([",", ";", "\t"]))
def test_property_utf16_round_trip(tmp_path, rows, delimiter) -> None:
    _check_round_trip(tmp_path, rows, "utf-16", delimiter, False)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=_table(st.lists(_CP1252, max_size=10).map("".join)),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_property_cp1252_round_trip(tmp_path, rows, delimiter) -> None:
    path = _write(tmp_path, rows, "cp1252", delimiter)
    guessed = read_text_table(path)
    if not any(ord(ch) > 127 for row in rows for cell in row for ch in cell):
        assert guessed.encoding == "utf-8"  # plain ASCII reads the same either way
    else:
        assert (guessed.encoding, guessed.encoding_certain) == ("cp1252", True)
    _check_round_trip(tmp_path, rows, "cp1252", delimiter, False)


def test_csv_with_title_lines_above_the_header(tmp_path) -> None:
    from lacworkshop.services.importing.mapping import layout_for

    text = (
        "Lista de inscriptos - Taller DNSSEC;;;\r\n"
        ";;;\r\n"
        "Apellido;Nombre;Correo;País\r\n"
        "Núñez;José;jn@example.org;Perú\r\n"
        "Cofré;Olga;oc@example.org;Chile\r\n"
        ";;;\r\n"
        ";;;\r\n"
    )
    path = tmp_path / "titulo.csv"
    path.write_bytes(text.encode("cp1252"))
    table = read_text_table(path)
    assert (table.delimiter, table.encoding) == (";", "cp1252")
    layout = layout_for(table)
    assert layout.header_row == 3
    assert layout.headers == ["Apellido", "Nombre", "Correo", "País"]
    data = [r for r in table.rows[layout.header_index + 1 :] if not r.is_blank()]
    assert [r.cells[:2] for r in data] == [("Núñez", "José"), ("Cofré", "Olga")]
