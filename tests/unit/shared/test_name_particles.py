"""The splitter and the sort key share one list of family-name particles."""

from __future__ import annotations

import pytest

from lacworkshop.model.text_keys import FAMILY_NAME_PARTICLES, sort_key
from lacworkshop.services.importing.names import split_full_name


@pytest.mark.parametrize("particle", sorted(FAMILY_NAME_PARTICLES))
def test_every_particle_starts_a_family_name_and_sorts_behind(particle: str) -> None:
    given, family = split_full_name(f"Ana María {particle} Cunha Ortiz")
    assert family.split()[0] == particle
    assert sort_key(given, f"{particle} Cunha").startswith(f"cunha {particle}")


def test_the_splitter_also_knows_the_apostrophe_form() -> None:
    assert split_full_name("Bruno d' Ávila") == ("Bruno", "d' Ávila")
