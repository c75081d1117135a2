"""The one rule for showing a person's name."""

from __future__ import annotations

from lacworkshop.model.display_names import display_name, given_with_preferred


def test_display_name_prefers_the_preferred_name() -> None:
    assert display_name("Majo", "María José", "Núñez D'Ávila") == "Majo"
    assert display_name(None, "María José", "Núñez D'Ávila") == "María José Núñez D'Ávila"
    assert display_name("", "Zé", "") == "Zé"
    assert display_name(None, "", "Ücün") == "Ücün"


def test_given_with_preferred_puts_the_preferred_name_in_brackets() -> None:
    assert given_with_preferred("Jean-Baptiste", "JB") == "Jean-Baptiste (JB)"
    assert given_with_preferred("Jean-Baptiste", None) == "Jean-Baptiste"
    assert given_with_preferred("Jean-Baptiste", "") == "Jean-Baptiste"
