"""Certificate codes and safe file names."""

from __future__ import annotations

import re

import pytest

from lacworkshop.formats.certificates.code import (
    ALPHABET,
    InvalidCode,
    check_character,
    is_valid,
    new_code,
    parse,
)
from lacworkshop.formats.text.safe_filename import safe_filename, safe_stem, unique_names


def test_new_codes_are_grouped_valid_and_distinct() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in list(codes)[:50]:
        assert re.fullmatch(
            r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code
        )
        assert parse(code) == code


def test_reading_forgives_case_separators_and_look_alikes() -> None:
    code = new_code()
    sloppy = code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert parse(sloppy) == code
    assert parse(f"  {code.replace('-', '')}  ") == code


def test_every_single_typo_and_neighbour_swap_is_caught() -> None:
    code = parse(new_code()).replace("-", "")
    for i, original in enumerate(code):
        for ch in ALPHABET:
            if ch != original:
                assert not is_valid(code[:i] + ch + code[i + 1 :])
    for i in range(len(code) - 1):
        if code[i] != code[i + 1] and {code[i], code[i + 1]} != {"0", "Z"}:
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            assert not is_valid(swapped)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty"),
        ("ABCD-EFGH-JKU1", "'U'"),
        ("ABCD-EFGH", "12 characters"),
        ("ABCD!EFGH#JKMN", "'!'"),
    ],
)
def test_malformed_codes_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(InvalidCode, match=re.escape(says)):
        parse(text)


def test_every_neighbour_swap_but_zero_and_z_is_caught() -> None:
    for a in ALPHABET:
        for b in ALPHABET:
            if a == b or {a, b} == {"0", "Z"}:
                continue
            body = f"7{a}{b}KQ2M9XD4"
            assert not is_valid(f"7{b}{a}KQ2M9XD4" + check_character(body))


def test_check_character_is_in_the_alphabet() -> None:
    assert check_character("0000000000") in ALPHABET


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Łódź-Wiśniewski, Łukasz", "Łódź-Wiśniewski, Łukasz"),
        ("a/b\\c", "a_b_c"),
        ('<script> & "Quotes" O\'Brien', "_script_ & _Quotes_ O'Brien"),
        ("what?*|:", "what____"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("LPT1", "_LPT1"),
        ("Nul ", "_Nul"),
        ("trailing dots...", "trailing dots"),
        ("  ", "certificate"),
        ("...", "certificate"),
        ("tab\tand\nnewline", "tab and newline"),
    ],
)
def test_safe_stems(name: str, expected: str) -> None:
    assert safe_stem(name) == expected


def test_safe_filename_and_collisions() -> None:
    assert safe_filename("Ánh Nguyễn", "pdf") == "Ánh Nguyễn.pdf"
    assert unique_names(["Ana", "ANA", "ana"], "pdf") == ["Ana.pdf", "ANA (2).pdf", "ana (3).pdf"]
    assert len(safe_stem("x" * 400)) <= 150
