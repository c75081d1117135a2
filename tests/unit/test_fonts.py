"""Bundled fonts cover the region's names and say which characters they cannot draw."""

from __future__ import annotations

import pytest

from lacworkshop.formats.pdf.fonts import (
    FAMILIES,
    describe_characters,
    missing_glyphs,
    register_family,
)
from lacworkshop.resource_files import resource_path

NAMES = [
    "Łódź",
    "Ődön",
    "Şahin",
    "İlkay",
    "Nguyễn Thị Ánh",
    "João Gonçalves",
    "Françoise L'Ouverture",
    "Ñusta Zúñiga",
]


@pytest.mark.parametrize("family", list(FAMILIES))
def test_every_family_draws_the_regions_names(family: str) -> None:
    faces = register_family(family)
    for face in (faces.regular, faces.bold):
        for name in NAMES:
            assert missing_glyphs(name, face) == [], (family, face, name)


def test_missing_glyphs_are_named() -> None:
    face = register_family().regular
    missing = missing_glyphs("李小龍 Lee", face)
    assert missing == ["李", "小", "龍"]
    assert "U+674E" in describe_characters(missing)


def test_licence_ships_beside_the_fonts() -> None:
    text = resource_path("fonts", "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in text
