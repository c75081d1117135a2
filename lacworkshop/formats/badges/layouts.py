"""Badge stock: every sheet, label and card a badge can be printed on, in one table.

A layout is a grid of equal boxes on a page: the first box's top-left corner
(from the page's top-left, as label makers publish it), the box size and the
pitch from one box to the next. Measures are in millimetres. Label sheets carry
the maker's published measures; cut sheets (plain paper, cut by hand) share the
page with no gutter, so one cut separates two badges, and get cut marks in the
margin. A folded layout holds each badge twice in a box of twice its height:
the upper copy is turned 180° so both faces read once the box is folded.
"""

from __future__ import annotations

from dataclasses import dataclass

from lacworkshop.errors import Invalid

MM = 72 / 25.4  # points per millimetre
INCH = 25.4  # millimetres per inch

A4 = (210.0, 297.0)
LETTER = (8.5 * INCH, 11 * INCH)


@dataclass(frozen=True)
class BadgeLayout:
    """One stock: page size, grid and box measures (mm), and how it is used."""

    name: str
    description: str
    page: tuple[float, float]  # width, height
    columns: int
    rows: int
    left: float  # first box's left edge from the page's left edge
    top: float  # first box's top edge from the page's top edge
    width: float  # one box
    height: float
    pitch_x: float  # left edge to the next box's left edge
    pitch_y: float
    cut_marks: bool = False
    folded: bool = False  # each box is a badge folded in two (front and back)
    kind: str = "sheet"  # sheet (cut by hand), label (pre-cut stock), card (one per page)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """Each box as (x, y, width, height) in points from the page's lower left, in
        reading order (left to right, top to bottom)."""
        page_h = self.page[1]
        out = []
        for row in range(self.rows):
            for col in range(self.columns):
                x = self.left + col * self.pitch_x
                top = self.top + row * self.pitch_y
                out.append(
                    (x * MM, (page_h - top - self.height) * MM, self.width * MM, self.height * MM)
                )
        return out

    @property
    def page_points(self) -> tuple[float, float]:
        return self.page[0] * MM, self.page[1] * MM


def _cut_sheet(page_name: str, page: tuple[float, float], count: int) -> BadgeLayout:
    """*count* badges on plain *page* paper, in two columns (one for 2), 10 mm margins."""
    margin = 10.0
    columns = 1 if count == 2 else 2
    rows = count // columns
    width = (page[0] - 2 * margin) / columns
    height = (page[1] - 2 * margin) / rows
    return BadgeLayout(
        name=f"{page_name}-{count}",
        description=f"{page_name.upper() if page_name == 'a4' else 'Letter'}, "
        f"{count} badges to cut ({width:.0f} x {height:.0f} mm)",
        page=page,
        columns=columns,
        rows=rows,
        left=margin,
        top=margin,
        width=width,
        height=height,
        pitch_x=width,
        pitch_y=height,
        cut_marks=True,
    )


def _folded_sheet(page_name: str, page: tuple[float, float]) -> BadgeLayout:
    """Four badges folded in two: each box is two faces, cut out then folded across."""
    margin = 10.0
    width = (page[0] - 2 * margin) / 2
    height = (page[1] - 2 * margin) / 2
    return BadgeLayout(
        name=f"{page_name}-folded-4",
        description=f"{'A4' if page_name == 'a4' else 'Letter'}, 4 badges to cut and fold "
        f"(both faces, {width:.0f} x {height / 2:.0f} mm folded)",
        page=page,
        columns=2,
        rows=2,
        left=margin,
        top=margin,
        width=width,
        height=height,
        pitch_x=width,
        pitch_y=height,
        cut_marks=True,
        folded=True,
    )


def _card(name: str, description: str, width: float, height: float) -> BadgeLayout:
    return BadgeLayout(
        name=name,
        description=description,
        page=(width, height),
        columns=1,
        rows=1,
        left=0.0,
        top=0.0,
        width=width,
        height=height,
        pitch_x=width,
        pitch_y=height,
        kind="card",
    )


def _label(
    name: str,
    description: str,
    page: tuple[float, float],
    grid: tuple[int, int],
    first: tuple[float, float],
    size: tuple[float, float],
    pitch: tuple[float, float],
) -> BadgeLayout:
    return BadgeLayout(
        name=name,
        description=description,
        page=page,
        columns=grid[0],
        rows=grid[1],
        left=first[0],
        top=first[1],
        width=size[0],
        height=size[1],
        pitch_x=pitch[0],
        pitch_y=pitch[1],
        kind="label",
    )


# Label sheets: the makers' published measures (grid, first label's corner, label, pitch).
_LABELS = (
    _label(
        "avery-l4785",
        "Avery L4785 name badge labels, A4, 10 of 80 x 50 mm",
        A4,
        (2, 5),
        (18.0, 13.0),
        (80.0, 50.0),
        (95.0, 55.0),
    ),
    _label(
        "avery-l7165",
        "Avery L7165, A4, 8 labels of 99.1 x 67.7 mm",
        A4,
        (2, 4),
        (4.65, 13.1),
        (99.1, 67.7),
        (101.6, 67.7),
    ),
    _label(
        "avery-l7163",
        "Avery L7163, A4, 14 labels of 99.1 x 38.1 mm",
        A4,
        (2, 7),
        (4.65, 15.15),
        (99.1, 38.1),
        (101.6, 38.1),
    ),
    _label(
        "avery-5395",
        "Avery 5395 name badge labels, Letter, 8 of 3 3/8 x 2 1/3 in",
        LETTER,
        (2, 4),
        (0.6875 * INCH, 0.583333 * INCH),
        (3.375 * INCH, 2.333333 * INCH),
        (3.75 * INCH, 2.5 * INCH),
    ),
    _label(
        "avery-5392",
        "Avery 5392 name badge inserts, Letter, 6 of 4 x 3 in",
        LETTER,
        (2, 3),
        (0.25 * INCH, 1.0 * INCH),
        (4.0 * INCH, 3.0 * INCH),
        (4.0 * INCH, 3.0 * INCH),
    ),
)

LAYOUTS: dict[str, BadgeLayout] = {
    layout.name: layout
    for layout in (
        *(_cut_sheet("a4", A4, n) for n in (2, 4, 6, 8, 10)),
        *(_cut_sheet("letter", LETTER, n) for n in (2, 4, 6, 8, 10)),
        _folded_sheet("a4", A4),
        _folded_sheet("letter", LETTER),
        *_LABELS,
        _card("cr80", "CR80 card printer, one 54 x 85.6 mm card per page", 53.98, 85.6),
        _card("a6", "A6, one badge per page (105 x 148 mm)", 105.0, 148.0),
    )
}
DEFAULT_LAYOUT = "a4-8"


def get_layout(name: str) -> BadgeLayout:
    """The layout called *name* (case does not matter); Invalid names the choices."""
    layout = LAYOUTS.get(name.strip().lower())
    if layout is None:
        raise Invalid("badges.unknown_layout", layout=name, layouts=", ".join(LAYOUTS))
    return layout
