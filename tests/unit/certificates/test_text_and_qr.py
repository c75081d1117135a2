"""Localised certificate words, fitted names and the QR code's rectangles."""

from __future__ import annotations

from datetime import date

import pytest

from lacworkshop.formats.certificates.text import (
    country_name,
    fill,
    format_date,
    format_dates,
    format_hours,
    join_list,
)
from lacworkshop.formats.pdf import qr
from lacworkshop.formats.pdf.fonts import register_family
from lacworkshop.formats.pdf.text_fit import fit_block, fit_name, width

OCT = (date(2026, 10, 12), date(2026, 10, 16))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "del 12 al 16 de octubre de 2026"),
        ("pt", "de 12 a 16 de outubro de 2026"),
        ("en", "12\u201316 October 2026"),
        ("fr", "du 12 au 16 octobre 2026"),
    ],
)
def test_date_ranges_in_each_language(language: str, expected: str) -> None:
    assert format_dates(*OCT, language) == expected


@pytest.mark.parametrize(
    ("language", "across_months", "across_years", "one_day"),
    [
        (
            "es",
            "del 30 de septiembre al 2 de octubre de 2026",
            "del 30 de diciembre de 2026 al 2 de enero de 2027",
            "el 1 de octubre de 2026",
        ),
        (
            "pt",
            "de 30 de setembro a 2 de outubro de 2026",
            "de 30 de dezembro de 2026 a 2 de janeiro de 2027",
            "em 1 de outubro de 2026",
        ),
        (
            "en",
            "30 September \u2013 2 October 2026",
            "30 December 2026 \u2013 2 January 2027",
            "1 October 2026",
        ),
        (
            "fr",
            "du 30 septembre au 2 octobre 2026",
            "du 30 décembre 2026 au 2 janvier 2027",
            "le 1er octobre 2026",
        ),
    ],
)
def test_other_ranges(language: str, across_months: str, across_years: str, one_day: str) -> None:
    assert format_dates(date(2026, 9, 30), date(2026, 10, 2), language) == across_months
    assert format_dates(date(2026, 12, 30), date(2027, 1, 2), language) == across_years
    assert format_dates(date(2026, 10, 1), date(2026, 10, 1), language) == one_day


def test_dates_numbers_countries_lists() -> None:
    assert format_date(date(2026, 10, 16), "es") == "16 de octubre de 2026"
    assert format_date(date(2026, 10, 1), "fr") == "1er octobre 2026"
    assert format_hours(37.5, "es") == "37,5"
    assert format_hours(37.5, "en") == "37.5"
    assert format_hours(40.0, "pt") == "40"
    assert format_hours(None, "fr") == ""
    assert country_name("BR", "en") == "Brazil" and country_name("BR", "fr") == "Brésil"
    assert country_name("PY", "pt") == "Paraguai"
    assert join_list(["a", "b", "c"], "es") == "a, b y c"
    assert join_list(["a", "b"], "fr") == "a et b"


def test_fill_is_literal_and_keeps_other_braces() -> None:
    values = {"name": "<b>{workshop}</b> & O'Brien", "workshop": "WALC"}
    assert fill("{name} at {workshop} {unknown} {}", values) == (
        "<b>{workshop}</b> & O'Brien at WALC {unknown} {}"
    )
    assert fill("{hours} h", {}) == " h"


FACE = register_family("DejaVu Serif").bold


def test_short_name_one_line_at_full_size() -> None:
    size, lines = fit_name("Ana Paz", FACE, 600, 70, 36, 20)
    assert (size, lines) == (36, ["Ana Paz"])


def test_long_name_shrinks_then_wraps_inside_the_box() -> None:
    name = (
        "Maximiliano Alejandro de la Santísima Trinidad Fernández-Castañeda y Villalobos Ñañez Ücün"
    )
    size, lines = fit_name(name, FACE, 600, 70, 36, 20)
    assert len(lines) == 2 and size <= 20
    assert " ".join(lines) == name
    assert all(width(line, FACE, size) <= 600 + 0.01 for line in lines)
    assert 2 * size * 1.12 <= 70


def test_medium_name_only_shrinks() -> None:
    size, lines = fit_name("María José Fernández Castañeda", FACE, 400, 70, 36, 20)
    assert len(lines) == 1 and 20 <= size < 36
    assert width(lines[0], FACE, size) <= 400.01


def test_a_name_with_no_spaces_is_still_kept_inside() -> None:
    size, lines = fit_name("X" * 300, FACE, 600, 70, 36, 20)
    assert len(lines) >= 2 and all(width(line, FACE, size) <= 600.01 for line in lines)
    assert len(lines) * size * 1.12 <= 70.01


def test_body_blocks_shrink_to_fit() -> None:
    text = "palabra " * 120
    size, lines = fit_block(text, FACE, 500, 72, 13.5, 9, 4)
    assert len(lines) * size * 1.22 <= 72.01
    assert all(width(line, FACE, size) <= 500.01 for line in lines)


def test_qr_rectangles_cover_exactly_the_dark_modules() -> None:
    matrix = qr.encode("LACW1|7KQ2-M9XD-4HBR|WALC2026|Nguyễn Thị Ánh|37.5|2026-10-16|ABCDEFGHJKMN")
    painted = [[0] * matrix.size for _ in range(matrix.size)]
    rects = qr.rectangles(matrix)
    for x, y, w, h in rects:
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                painted[yy][xx] += 1
    for y in range(matrix.size):
        for x in range(matrix.size):
            assert painted[y][x] == (1 if matrix.dark(x, y) else 0)
    dark = sum(sum(r) for r in matrix.rows)
    assert len(rects) < dark / 2  # merged, not one square per module
    ops = qr.pdf_operators(matrix, 10, 20, 62)
    assert ops.endswith("f") and ops.count(" re") == len(rects)
