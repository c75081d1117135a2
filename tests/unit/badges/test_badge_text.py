"""What a badge prints: names literally and with the right glyphs, long names inside their box,
and a name no bundled font can draw left out with the person and the characters named."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pdfplumber

from lacworkshop.formats.badges import LAYOUTS, Badge, BadgeDesign, render_badges, render_tents
from lacworkshop.formats.badges.layouts import MM


def _badge(key: int, given: str, family: str = "", organisation: str = "") -> Badge:
    return Badge(
        key=key,
        preferred_name=given,
        family_name=family,
        organisation=organisation,
        country="Polonia",
        role="trainer",
        role_label="Instructor/a",
        track="",
        qr_text="K7D2XP9BN",
        code_label="K7D-2XP-9BN",
        person=f"{given} {family}".strip(),
    )


NAMES = [
    _badge(1, "Łódź Ődön", "Şahin İlkay", 'Réseau <R&D> "Ñandú"'),
    _badge(2, "Nguyễn Thị Ánh", "D'Aubigné", "O'Brien & Hijos"),
    _badge(
        3, "Maximiliano Alejandro Sebastián de la Santísima Trinidad", "Hernández-Gutiérrez " * 3
    ),
]


def test_names_print_literally_with_their_glyphs(tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    report = render_badges(NAMES, LAYOUTS["a4-6"], BadgeDesign(), out)
    assert report.badges == 3 and not report.skipped
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Łódź Ődön",
        "Şahin İlkay",
        "Nguyễn Thị Ánh",
        "D'Aubigné",
        "<R&D>",
        "O'Brien & Hijos",
    ):
        assert expected in text, expected
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts


def test_a_long_name_stays_inside_its_badge_on_every_layout() -> None:
    for name, layout in LAYOUTS.items():
        out = io.BytesIO()
        render_badges([NAMES[2]], layout, BadgeDesign(), out)
        x, y, w, h = layout.boxes()[0]
        with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
            page = pdf.pages[0]
            page_h = page.height
            for ch in page.chars:
                bottom = page_h - ch["bottom"]
                assert x - 0.5 <= ch["x0"] and ch["x1"] <= x + w + 0.5, (name, ch["text"])
                assert y - 0.5 <= bottom and page_h - ch["top"] <= y + h + 0.5, (name, ch["text"])


def test_a_name_with_no_glyph_is_left_out_and_named() -> None:
    out = io.BytesIO()
    missing = _badge(9, "王小明", "Chen")
    report = render_badges([NAMES[0], missing], LAYOUTS["cr80"], BadgeDesign(), out)
    assert report.badges == 1 and report.pages == 1
    assert report.skipped and report.skipped[0][0] == 9 and "U+738B" in report.skipped[0][2]


def test_a_tent_has_the_name_on_both_faces_one_turned(tmp_path: Path) -> None:
    out = tmp_path / "tent.pdf"
    report = render_tents([NAMES[1]], "letter", BadgeDesign(), out)
    assert report.pages == 1
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        assert abs(page.width / MM - 215.9) < 0.5
        upright = [c for c in page.chars if c["upright"] and c["text"] == "N"]
        # Both faces draw the name; the upper one is turned 180°, so its glyphs run backwards.
        lower = [c for c in upright if c["top"] > page.height / 2]
        upper = [c for c in page.chars if c["text"] == "N" and c["top"] < page.height / 2]
        assert lower and upper
        assert upper[0]["matrix"][0] < 0  # turned: the text runs right to left on the page
