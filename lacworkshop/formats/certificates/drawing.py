"""Drawing pieces the certificate styles share: colours, images, text blocks, names,
signatures, the QR corner. Positions are in points from the page's lower left.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.formats.certificates.design import Design, Faces, Images, PageContent
from lacworkshop.formats.pdf import (
    LEADING,
    NAME_LEADING,
    PreparedImage,
    draw_image,
    draw_matrix,
    fit_name,
    matrix_for,
    readable_size,
    width,
)

Size = tuple[float, float]


def colour(hex_text: str, fallback: str = "#333333") -> HexColor:
    try:
        return HexColor(hex_text)
    except (ValueError, TypeError):
        return HexColor(fallback)


def image_fit(c: Canvas, img: PreparedImage, x: float, y: float, w: float, h: float) -> float:
    """Draw *img* inside the box, aspect kept, centred; returns the drawn width."""
    iw, ih = img.getSize()
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    draw_image(c, img, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
    return dw


def logo_row(
    c: Canvas, logos: list[PreparedImage], cx: float, top: float, h: float, max_w: float
) -> None:
    if not logos:
        return
    gap = 28.0
    widths = []
    for img in logos[:3]:
        iw, ih = img.getSize()
        widths.append(min(max_w, iw * h / ih))
    x = cx - (sum(widths) + gap * (len(widths) - 1)) / 2
    for img, w in zip(logos[:3], widths, strict=False):
        image_fit(c, img, x, top - h, w, h)
        x += w + gap


def text_lines(
    c: Canvas,
    lines: list[str],
    x: float,
    top: float,
    face: str,
    size: float,
    align: str = "centre",
) -> float:
    """Lines from *top* down, centred on *x* or starting at it; the baseline of the last."""
    draw = c.drawCentredString if align == "centre" else c.drawString
    y = top - size
    for line in lines:
        c.setFont(face, size)
        draw(x, y, line)
        y -= size * LEADING
    return y + size * LEADING


def detail_lines(
    c: Canvas,
    lines: tuple[str, ...],
    x: float,
    y: float,
    face: str,
    size: float,
    step: float,
    align: str = "centre",
) -> None:
    """The short lines under the body (track, place and date); empty ones take no room."""
    draw = c.drawCentredString if align == "centre" else c.drawString
    for line in lines:
        if line:
            c.setFont(face, size)
            draw(x, y, line)
            y -= step


def fitted_size(
    text: str,
    face: str,
    size: float,
    minimum: float,
    max_width: float,
    char_space: float = 0.0,
    step: float = 0.5,
) -> float:
    """The largest size from *size* down (by *step*, not below *minimum*) at which *text* fits."""
    while size > minimum and width(text, face, size, char_space) > max_width:
        size -= step
    return size


def background(c: Canvas, images: Images, size: Size) -> None:
    if images.background is not None:
        draw_image(c, images.background, 0, 0, *size)


def name_in_box(
    c: Canvas,
    name: str,
    face: str,
    box: tuple[float, float, float, float],
    max_size: float,
    min_size: float,
    align: str = "centre",
    floor: float = 12.0,
    language: str | None = None,
) -> None:
    """The name inside its box (x, y, w, h): never larger than the box, vertically centred.

    It shrinks no smaller than *floor* (the body text's size), then wraps and
    hyphenates; see :func:`~lacworkshop.formats.pdf.text_fit.fit_name`.
    """
    x, y, w, h = box
    size, lines = fit_name(name, face, w, h, max_size, min_size, floor, language)
    block = size * NAME_LEADING * len(lines)
    # The first baseline sits so the block's cap height is centred in the box.
    baseline = y + (h + block) / 2 - size * 0.95
    c.setFont(face, size)
    for line in lines:
        if align == "centre":
            c.drawCentredString(x + w / 2, baseline, line)
        else:
            c.drawString(x, baseline, line)
        baseline -= size * NAME_LEADING


def signatures(
    c: Canvas,
    design: Design,
    faces: Faces,
    images: Images,
    centres: list[float],
    line_y: float,
    line_w: float,
    align: str = "centre",
) -> None:
    muted, text = colour(design.muted), colour(design.text)
    for i, sig in enumerate(design.signatures[: len(centres)]):
        cx = centres[i]
        x0 = cx - line_w / 2 if align == "centre" else cx
        img = images.signatures[i] if i < len(images.signatures) else None
        if img is not None:
            image_fit(c, img, x0 + line_w * 0.1, line_y + 2, line_w * 0.8, 46)
        c.setStrokeColor(muted)
        c.setLineWidth(0.6)
        c.line(x0, line_y, x0 + line_w, line_y)
        rows = [
            (faces.body.bold, 10.0, text, sig.name),
            (faces.body.regular, 8.5, muted, sig.title),
            (faces.body.regular, 8.5, muted, sig.organisation),
        ]
        y = line_y - 13
        for face, size, ink, value in rows:
            if not value:
                continue
            size = fitted_size(value, face, size, 6, line_w + 20, step=0.25)
            c.setFillColor(ink)
            c.setFont(face, size)
            if align == "centre":
                c.drawCentredString(cx, y, value)
            else:
                c.drawString(x0, y, value)
            y -= size + 3


def centred_signatures(
    c: Canvas,
    design: Design,
    faces: Faces,
    images: Images,
    between: tuple[float, float],
    line_y: float,
    span: float,
) -> None:
    """Up to three signatures spread evenly *between* two x positions, lines sharing *span*."""
    n = len(design.signatures[:3])
    signatures(c, design, faces, images, spread(n, *between), line_y, signature_width(n, span))


def drop(h: float) -> float:
    """How far a portrait page lowers its words, so they sit in the page's upper middle."""
    return max(0.0, (h - 612) * 0.4)


def signature_width(n: int, span: float) -> float:
    """Signature line length: 170 pt, shorter when three share a narrow page."""
    return min(170.0, span / max(n, 1) - 18)


def spread(n: int, left: float, right: float) -> list[float]:
    if n <= 1:
        return [(left + right) / 2]
    step = (right - left) / n
    return [left + step * (i + 0.5) for i in range(n)]


QR_CORNER_MOST = 135.0  # points: beyond this the code would reach the signatures
QR_ABOVE_SIGNATURES = 196.0  # points from the foot: clear of signature images and names


def qr_corner(
    c: Canvas,
    design: Design,
    faces: Faces,
    page: PageContent,
    x: float,
    y: float,
    s: float,
    *,
    portrait: bool = False,
) -> None:
    """QR code with its label above and the code below, centred on the code.

    (x, y, s) is the place for a short text; a signed payload needs more modules, so
    the code grows up and to the left from its lower-right corner until each module
    reads at 70 dpi. On a portrait page that would reach the signatures, so a grown
    code stands above them instead, where the narrow page has room.
    """
    matrix = matrix_for(page.payload)
    grown = readable_size(matrix, s, QR_CORNER_MOST)
    if portrait and grown > s:
        y = QR_ABOVE_SIGNATURES
    x, s = x + s - grown, grown
    draw_matrix(c, matrix, x, y, s, colour=(0.1, 0.1, 0.1))
    cx = x + s / 2
    c.setFillColor(colour(design.text))
    c.setFont(faces.body.bold, 7.5)
    c.drawCentredString(cx, y - 9, page.code)
    label = page.wordings[0].verify_label
    size = fitted_size(label, faces.body.regular, 6.0, 4.5, s + 24, step=0.25)
    c.setFillColor(colour(design.muted))
    c.setFont(faces.body.regular, size)
    c.drawCentredString(cx, y + s + 5, label)
