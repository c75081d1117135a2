"""Every badge's box sits in the PDF where the layout table says, within 0.5 mm."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from lacworkshop.formats.badges import LAYOUTS, Badge, BadgeDesign, render_badges
from lacworkshop.formats.badges.layouts import MM

TOLERANCE = 0.5  # mm


def _badges(n: int) -> list[Badge]:
    return [
        Badge(
            key=i,
            preferred_name="María José" if i % 2 else "Nguyễn Thị Ánh",
            family_name="Fernández D'Aubigné",
            organisation="Universidad <R&D>",
            country="Paraguay",
            role=("attendee", "trainer", "organiser", "staff")[i % 4],
            role_label="Participante",
            track="Itinerario: Enrutamiento",
            qr_text="K7D2XP9BN",
            code_label="K7D-2XP-9BN",
            person=f"Persona {i}",
        )
        for i in range(n)
    ]


def _expected(layout) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    # From the table's own measures, not from the code that places the boxes.
    return [
        (layout.left + c * layout.pitch_x, layout.top + r * layout.pitch_y)
        for r in range(layout.rows)
        for c in range(layout.columns)
    ]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_box_sits_where_the_table_says(name: str) -> None:
    layout = LAYOUTS[name]
    out = io.BytesIO()
    # One page and a bit: the second page starts the grid again at the first box.
    report = render_badges(_badges(layout.per_page + 1), layout, BadgeDesign(), out)
    assert report.pages == 2 and report.badges == layout.per_page + 1
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        page_w, page_h = pdf.pages[0].width / MM, pdf.pages[0].height / MM
        assert abs(page_w - layout.page[0]) < TOLERANCE
        assert abs(page_h - layout.page[1]) < TOLERANCE
        for page, count in zip(pdf.pages, (layout.per_page, 1), strict=True):
            frames = [
                (r["x0"] / MM, r["top"] / MM)
                for r in page.rects
                if abs(r["width"] / MM - layout.width) < TOLERANCE
                and abs(r["height"] / MM - layout.height) < TOLERANCE
            ]
            assert len(frames) == count, frames
            for (x, top), (ex, etop) in zip(frames, _expected(layout), strict=False):
                assert abs(x - ex) < TOLERANCE and abs(top - etop) < TOLERANCE, (x, top, ex, etop)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_boxes_lie_on_the_page_without_overlapping(name: str) -> None:
    layout = LAYOUTS[name]
    assert layout.left >= 0 and layout.top >= 0
    assert (
        layout.left + (layout.columns - 1) * layout.pitch_x + layout.width <= layout.page[0] + 0.01
    )
    assert layout.top + (layout.rows - 1) * layout.pitch_y + layout.height <= layout.page[1] + 0.01
    assert layout.pitch_x >= layout.width - 0.01 and layout.pitch_y >= layout.height - 0.01


def test_sheets_to_cut_come_in_every_count_on_both_papers() -> None:
    for paper in ("a4", "letter"):
        for n in (2, 4, 6, 8, 10):
            assert LAYOUTS[f"{paper}-{n}"].per_page == n
            assert LAYOUTS[f"{paper}-{n}"].cut_marks
    assert len([lay for lay in LAYOUTS.values() if lay.kind == "label"]) >= 4
    pages = {
        (round(w, 1), round(h, 1))
        for w, h in (lay.page for lay in LAYOUTS.values() if lay.kind == "label")
    }
    assert pages == {(210.0, 297.0), (215.9, 279.4)}
