"""Check-in codes read back the same however they were typed or scanned."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lacworkshop.formats.badges.checkin_code import ALPHABET, LENGTH, display, new_code, normalise

US_TO_AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


@given(st.text(alphabet=ALPHABET, min_size=LENGTH, max_size=LENGTH))
def test_a_code_reads_back_typed_grouped_lowercase_or_from_an_azerty_scanner(code: str) -> None:
    assert normalise(code) == code
    assert normalise(display(code)) == code
    assert normalise(display(code).lower()) == code
    assert normalise(f"  {code}\r\n") == code
    # A scanner sends US key codes; an AZERTY keyboard turns the digit row into symbols.
    assert normalise(code.translate(US_TO_AZERTY)) == code


def test_names_and_near_misses_are_not_codes() -> None:
    assert normalise("María") is None
    assert normalise("Fernandez") is None  # nine letters, but not all in the alphabet
    assert normalise("K7D2XP9B") is None  # one short
    assert normalise("") is None


def test_new_codes_avoid_the_taken_ones_and_the_letters_layouts_move() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert not set("".join(codes)) & set("AQZWYMILOU")
    taken = set(codes)
    assert new_code(taken) not in taken
