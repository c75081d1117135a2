"""Typography of a print shop: exact hours, no breaks at no-break spaces, a floor for names."""

from __future__ import annotations

import pytest

from lacworkshop.formats import catalogue
from lacworkshop.formats.certificates.text import format_dates, format_hours, hours_number
from lacworkshop.formats.pdf.fonts import register_family
from lacworkshop.formats.pdf.text_fit import fit_name, name_fits, width, wrap
from lacworkshop.formats.text.typography import typeset

FACE = register_family("DejaVu Serif").bold
BODY = register_family("DejaVu Serif").regular
NB = "\u00a0"


@pytest.mark.parametrize(
    ("hours", "language", "printed"),
    [
        (5.25, "es", "5,25"),
        (5.25, "en", "5.25"),
        (8.75, "es", "8,75"),
        (1.75, "pt", "1,75"),
        (1.75, "fr", "1,75"),
        (21.0, "fr", "21"),
        (12.5, "en", "12.5"),
        (1234.5, "en", "1,234.5"),
    ],
)
def test_hours_print_exactly_in_the_language_form(
    hours: float, language: str, printed: str
) -> None:
    assert format_hours(hours, language) == printed


def test_machine_hours_keep_two_decimals() -> None:
    assert hours_number(5.25) == "5.25"
    assert hours_number(35 / 3) == "11.67"
    assert hours_number(21.0) == "21"


def test_ranges_take_an_en_dash() -> None:
    from datetime import date

    assert format_dates(date(2026, 11, 23), date(2026, 11, 25), "en") == "23\u201325 November 2026"
    cross = format_dates(date(2026, 10, 30), date(2026, 11, 2), "en")
    assert cross == "30 October \u2013 2 November 2026" and "-" not in cross


def test_lines_never_break_at_a_no_break_space() -> None:
    text = f"a suivi «{NB}Routage et sécurité des réseaux{NB}», soit 10,5{NB}heures de formation."
    for limit in range(80, 400, 7):
        for line in wrap(text, BODY, 12, limit):
            assert not line.startswith("»") and not line.endswith("«")
            assert not line.startswith("heures") and not line.endswith("10,5")


def test_french_typesetting_of_typed_words() -> None:
    assert typeset("Atelier d'Haïti : routage!", "fr") == f"Atelier d\u2019Haïti{NB}: routage{NB}!"
    assert typeset("« DNS »", "fr") == f"«{NB}DNS{NB}»"
    assert typeset(f"«{NB}DNS{NB}», tenu", "fr") == f"«{NB}DNS{NB}», tenu"  # never doubled
    assert typeset("10 horas", "es") == f"10{NB}horas"
    assert typeset("Let's go: now", "en") == "Let\u2019s go: now"


def test_document_texts_use_typographic_apostrophes_and_the_french_colon() -> None:
    every_key = catalogue.keys()
    for key in every_key:
        for language in catalogue.LANGUAGES:
            text = catalogue.text(key, language)
            assert "'" not in text, (key, language, text)
            if language == "fr":
                for mark in ":;!?":
                    assert f" {mark}" not in text, (key, text)
                    assert f"{mark}" not in text.replace(f"{NB}{mark}", ""), (key, text)


def test_spanish_track_label_is_spanish() -> None:
    assert "Track" not in catalogue.text("col.track", "es")
    assert "Track" not in catalogue.text("certificates.track", "es", track="X")


def test_a_86_character_word_keeps_the_body_size_and_is_hyphenated() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" + "Supercalifragilisticexpialid"
    word = (word * 2)[:86]
    size, lines = fit_name(word, FACE, 640, 70, 36, 20, floor=13.5, language="en")
    assert size >= 13.5
    assert len(lines) >= 2 and all(width(line, FACE, size) <= 640.01 for line in lines)
    assert lines[0].endswith("-")
    assert "".join(line.removesuffix("-") for line in lines) == word
    assert len(lines) * size * 1.12 <= 70.01


def test_a_name_too_long_even_at_the_floor_is_reported() -> None:
    huge = " ".join(["Maximiliano Alejandro de la Santísima Trinidad"] * 8)
    assert not name_fits(huge, FACE, 640, 70, 36, 20, floor=13.5)
    size, lines = fit_name(huge, FACE, 640, 70, 36, 20, floor=13.5)
    assert len(lines) * size * 1.12 <= 70.01  # still inside its box
    assert name_fits("Ana Paz", FACE, 640, 70, 36, 20, floor=13.5)
