"""Properties of certificate codes: typed any way they are read back; one slip is caught."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lacworkshop.formats.certificates.code import (
    ALPHABET,
    BODY_LENGTH,
    check_character,
    is_valid,
    normalise,
    parse,
)

BODY = st.text(alphabet=ALPHABET, min_size=BODY_LENGTH, max_size=BODY_LENGTH)


def _code(body: str) -> str:
    return parse(body + check_character(body))


@given(BODY)
def test_a_code_reads_back_however_it_is_typed(body: str) -> None:
    code = _code(body)
    assert parse(code) == code
    assert parse(code.lower().replace("-", " ")) == code
    assert parse(code.replace("1", "I").replace("0", "o")) == code


@given(BODY, st.integers(0, BODY_LENGTH), st.sampled_from(ALPHABET))
def test_every_single_wrong_character_is_caught(body: str, at: int, ch: str) -> None:
    raw = normalise(_code(body))
    if raw[at] == ch:
        return
    assert not is_valid(raw[:at] + ch + raw[at + 1 :])


@given(BODY, st.integers(0, BODY_LENGTH - 1))
def test_swapped_neighbours_are_caught_but_for_zero_and_z(body: str, at: int) -> None:
    raw = normalise(_code(body))
    a, b = raw[at], raw[at + 1]
    if a == b or {a, b} == {"0", "Z"}:
        return
    assert not is_valid(raw[:at] + b + a + raw[at + 2 :])
