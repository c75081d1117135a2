"""Badge sheets and table tents as PDF: pages of boxes, cut marks, folded faces.

Every box gets an invisible frame (a stroked rectangle at zero opacity) exactly
where the layout table puts it, so the file itself says where each badge sits;
the tests read it back. A badge whose text has a character no bundled font can
draw is left out and named, never printed with a box for a letter.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.formats.badges.badge_drawing import Faces, draw_badge
from lacworkshop.formats.badges.content import Badge, BadgeDesign, RenderReport
from lacworkshop.formats.badges.layouts import A4, LETTER, MM, BadgeLayout
from lacworkshop.formats.certificates import name_in_box
from lacworkshop.formats.pdf import describe_characters, missing_glyphs, prepare, register_family
from lacworkshop.formats.writing import atomic_path

FAMILY = "DejaVu Sans Condensed"
CUT_MARK = 5 * MM  # length of a cut mark, in the margin
CUT_GAP = 1.5 * MM  # between the mark and the badge's edge


def _printable(badges: Iterable[Badge], face: str, report: RenderReport) -> Iterator[Badge]:
    for badge in badges:
        text = " ".join(
            (
                badge.preferred_name,
                badge.family_name,
                badge.organisation,
                badge.country,
                badge.track,
            )
        )
        missing = missing_glyphs(text, face)
        if missing:
            report.skipped.append((badge.key, badge.person, describe_characters(missing)))
            continue
        yield badge


def _frame(c: Canvas, box: tuple[float, float, float, float]) -> None:
    c.saveState()
    c.setStrokeAlpha(0)
    c.setLineWidth(0.1)
    c.rect(*box, stroke=1, fill=0)
    c.restoreState()


def _cut_marks(c: Canvas, layout: BadgeLayout) -> None:
    """Short lines in the margin along every edge between and around the boxes."""
    boxes = layout.boxes()
    xs = sorted({round(b[0], 2) for b in boxes} | {round(b[0] + b[2], 2) for b in boxes})
    ys = sorted({round(b[1], 2) for b in boxes} | {round(b[1] + b[3], 2) for b in boxes})
    left, right, low, high = xs[0], xs[-1], ys[0], ys[-1]
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeColor(HexColor("#000000"))
    for x in xs:
        c.line(x, high + CUT_GAP, x, high + CUT_GAP + CUT_MARK)
        c.line(x, low - CUT_GAP, x, low - CUT_GAP - CUT_MARK)
    for y in ys:
        c.line(left - CUT_GAP, y, left - CUT_GAP - CUT_MARK, y)
        c.line(right + CUT_GAP, y, right + CUT_GAP + CUT_MARK, y)
    c.restoreState()


def _fold_line(c: Canvas, box: tuple[float, float, float, float]) -> None:
    x, y, w, h = box
    c.saveState()
    c.setDash(2, 2)
    c.setLineWidth(0.3)
    c.setStrokeColor(HexColor("#9A9A9A"))
    c.line(x, y + h / 2, x + w, y + h / 2)
    c.restoreState()


def _turned(c: Canvas, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """Turn the canvas 180° about *box*'s centre; returns the box in the turned frame."""
    x, y, w, h = box
    c.translate(x + w / 2, y + h / 2)
    c.rotate(180)
    return (-w / 2, -h / 2, w, h)


def _new_canvas(target: BinaryIO | str, size: tuple[float, float], title: str, face: str) -> Canvas:
    # The initial font is named on every page: one of ours, or Helvetica goes in unembedded.
    c = Canvas(target, pagesize=size, pageCompression=1, initialFontName=face)
    c.setTitle(title)
    c.setCreator("lacworkshop")
    c.setAuthor("")
    return c


def _write(path: Path | str | BinaryIO, draw) -> None:  # type: ignore[no-untyped-def]
    if isinstance(path, (str, Path)):
        with atomic_path(path) as tmp:
            draw(str(tmp))
    else:
        draw(path)


def render_badges(
    badges: Iterable[Badge],
    layout: BadgeLayout,
    design: BadgeDesign,
    target: Path | str | BinaryIO,
    title: str = "Badges",
) -> RenderReport:
    """Draw *badges* on *layout*'s pages into *target* (a path is written atomically)."""
    family = register_family(FAMILY)
    faces = Faces.of(family)
    logo = prepare(design.logo) if design.logo else None
    report = RenderReport()
    boxes = layout.boxes()

    def draw(out: BinaryIO | str) -> None:
        c = _new_canvas(out, layout.page_points, title, faces.regular)
        slot = 0
        for badge in _printable(badges, faces.bold, report):
            if slot == len(boxes):
                c.showPage()
                slot = 0
            if slot == 0:
                report.pages += 1
                if layout.cut_marks:
                    _cut_marks(c, layout)
            box = boxes[slot]
            _frame(c, box)
            if layout.folded:
                x, y, w, h = box
                draw_badge(c, badge, design, faces, logo, (x, y, w, h / 2))
                c.saveState()
                draw_badge(c, badge, design, faces, logo, _turned(c, (x, y + h / 2, w, h / 2)))
                c.restoreState()
                _fold_line(c, box)
            else:
                draw_badge(c, badge, design, faces, logo, box)
            report.badges += 1
            slot += 1
        if report.pages == 0:
            report.pages = 1  # an empty document still has one page; the caller refuses earlier
        c.showPage()
        c.save()

    _write(target, draw)
    return report


TENT_PAPERS = {"a4": A4, "letter": LETTER}


def _tent_face(
    c: Canvas, badge: Badge, design: BadgeDesign, faces: Faces, box: tuple[float, ...]
) -> None:
    """One face of a tent: the name as large as the face allows, organisation below."""
    x, y, w, h = box
    pad = 12 * MM
    band = 8 * MM if "role" in design.fields else 0.0
    if band:
        fill = design.colours.get(badge.role, "#0072B2")
        c.setFillColor(HexColor(fill))
        c.rect(x, y, w, band, stroke=0, fill=1)
        c.setFillColor(HexColor("#1A1A1A"))
    org = badge.organisation if "organisation" in design.fields else ""
    name = badge.preferred_name
    if "family_name" in design.fields and badge.family_name:
        name = f"{badge.preferred_name} {badge.family_name}"
    name_box = (x + pad, y + band + h * 0.30, w - 2 * pad, h * 0.52)
    name_in_box(c, name, faces.bold, name_box, 96, 44, "centre", floor=20)
    if org:
        name_in_box(
            c, org, faces.regular, (x + pad, y + band + h * 0.1, w - 2 * pad, h * 0.16), 28, 14
        )


def render_tents(
    badges: Iterable[Badge],
    paper: str,
    design: BadgeDesign,
    target: Path | str | BinaryIO,
    title: str = "Table tents",
) -> RenderReport:
    """A folded tent per person: landscape page folded across, the name on both faces.

    The lower half faces the audience when the sheet stands; the upper half is
    turned 180° so it reads the right way up from the other side.
    """
    family = register_family(FAMILY)
    faces = Faces.of(family)
    width_mm, height_mm = TENT_PAPERS[paper]
    size = (width_mm * MM, height_mm * MM)  # portrait, folded across the middle
    report = RenderReport()

    def draw(out: BinaryIO | str) -> None:
        c = _new_canvas(out, size, title, faces.regular)
        w, h = size
        for badge in _printable(badges, faces.bold, report):
            _tent_face(c, badge, design, faces, (0, 0, w, h / 2))
            c.saveState()
            _tent_face(c, badge, design, faces, _turned(c, (0, h / 2, w, h / 2)))
            c.restoreState()
            _fold_line(c, (0, 0, w, h))
            c.showPage()
            report.pages += 1
            report.badges += 1
        if report.pages == 0:
            c.showPage()
        c.save()

    _write(target, draw)
    return report
