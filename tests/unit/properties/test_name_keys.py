"""Properties of the name keys: the same person is found however the name is typed."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from lacworkshop.model.text_keys import fold, name_key, sort_key

# Letters of the region's names, with and without accents, and what sits between them.
LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúàâêôãõçñüÁÉÍÓÚÇÑÜ"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=10)
NAME = st.lists(WORD, min_size=1, max_size=4).map(" ".join)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(NAME, NAME)
def test_name_key_ignores_case_accents_and_normal_form(given_name: str, family: str) -> None:
    key = name_key(given_name, family)
    assert name_key(given_name.upper(), family.lower()) == key
    assert name_key(_strip_accents(given_name), _strip_accents(family)) == key
    nfd = unicodedata.normalize("NFD", given_name), unicodedata.normalize("NFD", family)
    assert name_key(*nfd) == key


@given(NAME, NAME, st.sampled_from([" ", "  ", "\t", "-", "'", "’", "."]))
def test_name_key_ignores_how_words_are_joined(given_name: str, family: str, joiner: str) -> None:
    retyped = joiner.join(family.split(" "))
    assert name_key(f"  {given_name} ", retyped) == name_key(given_name, family)


@given(NAME, WORD, st.sampled_from(["de", "da", "del", "dos", "de la"]))
def test_a_leading_particle_files_under_the_name_itself(
    given_name: str, surname: str, particle: str
) -> None:
    with_particle = sort_key(given_name, f"{particle} {surname}")
    assert with_particle.startswith(fold(surname))
    assert sort_key(given_name.upper(), surname) < sort_key(given_name, surname + "zz")
