"""One badge drawn into its box on a reportlab canvas, whatever the box's shape.

A tall box (cards, most sheets) stacks: role band, logo and title, the
preferred name large across the whole width, the family name, then the details
beside the QR at the bottom. A wide, short box (address-style labels) puts the
QR at the right and everything else in a column beside it. Sizes follow the
box, so the same drawing serves a 38 mm label and an A6 page.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.formats.badges.content import Badge, BadgeDesign
from lacworkshop.formats.badges.layouts import MM
from lacworkshop.formats.badges.palette import DEFAULT_COLOURS, ink_on
from lacworkshop.formats.certificates import image_fit, name_in_box
from lacworkshop.formats.pdf import LEADING, Family, PreparedImage, draw_qr, fit_block, width

INK = HexColor("#1A1A1A")
MUTED = HexColor("#4D4D4D")


@dataclass(frozen=True)
class Faces:
    regular: str
    bold: str

    @classmethod
    def of(cls, family: Family) -> Faces:
        return cls(family.regular, family.bold)


def _one_line(c: Canvas, text: str, face: str, size: float, x: float, y: float, w: float) -> None:
    """*text* on one line from (x, y), shrunk to *w* (down to 5 pt, then cut with an ellipsis)."""
    while size > 5 and width(text, face, size) > w:
        size -= 0.5
    if width(text, face, size) > w:
        while text and width(text + "…", face, size) > w:
            text = text[:-1]
        text += "…"
    c.setFont(face, size)
    c.drawString(x, y, text)


def _band(
    c: Canvas, badge: Badge, design: BadgeDesign, faces: Faces, box: tuple[float, ...]
) -> float:
    """The role's colour band across the top with the role in words; returns its height."""
    x, y, w, h = box
    band = min(max(0.13 * h, 4 * MM), 13 * MM)
    fill = design.colours.get(badge.role) or DEFAULT_COLOURS.get(badge.role, "#0072B2")
    c.setFillColor(HexColor(fill))
    c.rect(x, y + h - band, w, band, stroke=0, fill=1)
    size = band * 0.55
    while size > 5 and width(badge.role_label, faces.bold, size) > w - 4 * MM:
        size -= 0.5
    c.setFillColor(HexColor(ink_on(fill)))
    c.setFont(faces.bold, size)
    c.drawCentredString(x + w / 2, y + h - band / 2 - size * 0.36, badge.role_label)
    c.setFillColor(INK)
    return band


def _header(
    c: Canvas,
    design: BadgeDesign,
    logo: PreparedImage | None,
    faces: Faces,
    x: float,
    top: float,
    w: float,
    height: float,
) -> None:
    """Logo at the left, the workshop's title beside it."""
    used = 0.0
    if logo is not None and "logo" in design.fields:
        used = image_fit(c, logo, x, top - height, min(w * 0.4, height * 3), height)
        # image_fit centres in its box; the title starts after the box, not the image.
        used = min(w * 0.4, height * 3)
    if design.title and "title" in design.fields:
        gap = 2 * MM if used else 0.0
        c.setFillColor(MUTED)
        _one_line(
            c,
            design.title,
            faces.bold,
            min(height * 0.45, 12),
            x + used + gap,
            top - height / 2 - height * 0.15,
            w - used - gap,
        )
        c.setFillColor(INK)


def _details(badge: Badge, design: BadgeDesign) -> list[str]:
    lines = []
    if "organisation" in design.fields and badge.organisation:
        lines.append(badge.organisation)
    if "country" in design.fields and badge.country:
        lines.append(badge.country)
    if "track" in design.fields and badge.track:
        lines.append(badge.track)
    return lines


def _detail_block(
    c: Canvas, lines: list[str], face: str, x: float, top: float, w: float, h: float, most: float
) -> None:
    """The detail lines in the box from *top* down, each wrapped, sized to fit together."""
    if not lines or h <= 0 or w <= 0:
        return
    text = "\n".join(lines)
    size, wrapped = fit_block(text, face, w, h, most, 5.5, len(lines) + 2)
    c.setFillColor(MUTED)
    c.setFont(face, size)
    y = top - size
    for line in wrapped:
        c.drawString(x, y, line)
        y -= size * LEADING
    c.setFillColor(INK)


def _qr(c: Canvas, badge: Badge, faces: Faces, x: float, y: float, side: float) -> None:
    """The QR with its code printed under it, in a *side* square plus the code's line."""
    code_size = max(5.0, min(8.0, side * 0.09))
    c.setFillColor(MUTED)
    c.setFont(faces.regular, code_size)
    c.drawCentredString(x + side / 2, y, badge.code_label)
    c.setFillColor(INK)
    draw_qr(c, badge.qr_text, x, y + code_size * 1.3, side)


def _quiet(side: float, pad: float) -> float:
    # A scanner needs four light modules around the code; a nine-character code is 21 wide.
    return max(pad, side * 4 / 21 + 1 * MM)


def draw_badge(
    c: Canvas,
    badge: Badge,
    design: BadgeDesign,
    faces: Faces,
    logo: PreparedImage | None,
    box: tuple[float, float, float, float],
) -> None:
    """Draw *badge* inside *box* (x, y, width, height in points from the page's lower left)."""
    x, y, w, h = box
    pad = max(2.5 * MM, 0.05 * min(w, h))
    band = _band(c, badge, design, faces, box) if "role" in design.fields else 0.0
    top = y + h - band - pad * 0.6
    header = min(0.12 * h, 14 * MM) if ({"logo", "title"} & design.fields) else 0.0
    if header and (logo is not None or design.title):
        _header(c, design, logo, faces, x + pad, top, w - 2 * pad, header)
        top -= header + pad * 0.5
    bottom = y + pad * 0.7
    body = top - bottom
    show_qr = "qr" in design.fields and bool(badge.qr_text)
    family = badge.family_name if "family_name" in design.fields else ""
    details = _details(badge, design)
    if w / h > 1.45:  # wide: QR at the right, text in a column beside it
        side = min(body - 8, w * 0.3) if show_qr else 0.0
        if show_qr:
            _qr(c, badge, faces, x + w - pad - side, bottom, side)
        col = w - 2 * pad - (side + _quiet(side, pad) if show_qr else 0)
        name_h = body * (0.42 if family else 0.55)
        name_in_box(
            c,
            badge.preferred_name,
            faces.bold,
            (x + pad, top - name_h, col, name_h),
            name_h / 1.12,
            min(name_h * 0.6, 16),
            "left",
            floor=8,
        )
        cursor = top - name_h
        if family:
            fam = body * 0.17
            _one_line(c, family, faces.regular, fam * 0.8, x + pad, cursor - fam * 0.8, col)
            cursor -= fam
        _detail_block(c, details, faces.regular, x + pad, cursor, col, cursor - bottom, 9)
        return
    name_h = body * 0.3
    name_in_box(
        c,
        badge.preferred_name,
        faces.bold,
        (x + pad, top - name_h, w - 2 * pad, name_h),
        min(name_h / 1.12, 54),
        min(name_h * 0.55, 24),
        "centre",
        floor=9,
    )
    cursor = top - name_h
    if family:
        fam = body * 0.12
        size = min(fam * 0.75, 24)
        while size > 5 and width(family, faces.regular, size) > w - 2 * pad:
            size -= 0.5
        c.setFont(faces.regular, size)
        c.drawCentredString(x + w / 2, cursor - fam * 0.75, family)
        cursor -= fam
    cursor -= pad * 0.3
    side = min(w * 0.36, (cursor - bottom) * 0.9) if show_qr else 0.0
    if show_qr and side > 10 * MM:
        _qr(c, badge, faces, x + w - pad - side, bottom, side)
        col = w - 2 * pad - side - _quiet(side, pad)
    else:
        col = w - 2 * pad
    _detail_block(c, details, faces.regular, x + pad, cursor, col, cursor - bottom, 12)
