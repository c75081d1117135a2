"""The three page styles of certificates: classic, modern and bilingual.

Each style draws a static part once (into the page form) and the words of each
certificate. Positions are measured from the page edges so A4 and Letter, in
landscape or portrait, keep their balance.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.formats import pdf_images, qr
from lacworkshop.formats.certificate_pdf import Design, Faces, Images, PageContent
from lacworkshop.formats.pdf_images import PreparedImage
from lacworkshop.formats.text_fit import LEADING, NAME_LEADING, fit_block, fit_name, width

Size = tuple[float, float]


def _colour(hex_text: str, fallback: str = "#333333") -> HexColor:
    try:
        return HexColor(hex_text)
    except (ValueError, TypeError):
        return HexColor(fallback)


def _image_fit(c: Canvas, img: PreparedImage, x: float, y: float, w: float, h: float) -> float:
    """Draw *img* inside the box, aspect kept, centred; returns the drawn width."""
    iw, ih = img.getSize()
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    pdf_images.draw(c, img, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
    return dw


def _logo_row(
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
        _image_fit(c, img, x, top - h, w, h)
        x += w + gap


def _centred(c: Canvas, lines: list[str], cx: float, top: float, face: str, size: float) -> float:
    """Centred lines from *top* down; returns the baseline of the last line."""
    y = top - size
    for line in lines:
        c.setFont(face, size)
        c.drawCentredString(cx, y, line)
        y -= size * LEADING
    return y + size * LEADING


def _left(c: Canvas, lines: list[str], x: float, top: float, face: str, size: float) -> float:
    y = top - size
    for line in lines:
        c.setFont(face, size)
        c.drawString(x, y, line)
        y -= size * LEADING
    return y + size * LEADING


def _name(
    c: Canvas,
    name: str,
    face: str,
    box: tuple[float, float, float, float],
    max_size: float,
    min_size: float,
    align: str = "centre",
) -> None:
    """The name inside its box (x, y, w, h): never larger than the box, vertically centred."""
    x, y, w, h = box
    size, lines = fit_name(name, face, w, h, max_size, min_size)
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


def _signatures(
    c: Canvas,
    design: Design,
    faces: Faces,
    images: Images,
    centres: list[float],
    line_y: float,
    line_w: float,
    align: str = "centre",
) -> None:
    muted, text = _colour(design.muted), _colour(design.text)
    for i, sig in enumerate(design.signatures[: len(centres)]):
        cx = centres[i]
        x0 = cx - line_w / 2 if align == "centre" else cx
        img = images.signatures[i] if i < len(images.signatures) else None
        if img is not None:
            _image_fit(c, img, x0 + line_w * 0.1, line_y + 2, line_w * 0.8, 46)
        c.setStrokeColor(muted)
        c.setLineWidth(0.6)
        c.line(x0, line_y, x0 + line_w, line_y)
        rows = [
            (faces.body.bold, 10.0, text, sig.name),
            (faces.body.regular, 8.5, muted, sig.title),
            (faces.body.regular, 8.5, muted, sig.organisation),
        ]
        y = line_y - 13
        for face, size, colour, value in rows:
            if not value:
                continue
            while size > 6 and width(value, face, size) > line_w + 20:
                size -= 0.25
            c.setFillColor(colour)
            c.setFont(face, size)
            if align == "centre":
                c.drawCentredString(cx, y, value)
            else:
                c.drawString(x0, y, value)
            y -= size + 3


def _drop(h: float) -> float:
    """How far a portrait page lowers its words, so they sit in the page's upper middle."""
    return max(0.0, (h - 612) * 0.4)


def _line(n: int, span: float) -> float:
    """Signature line length: 170 pt, shorter when three share a narrow page."""
    return min(170.0, span / max(n, 1) - 18)


def _spread(n: int, left: float, right: float) -> list[float]:
    if n <= 1:
        return [(left + right) / 2]
    step = (right - left) / n
    return [left + step * (i + 0.5) for i in range(n)]


class ClassicStyle:
    """Serif type, a double frame in the primary and accent colours, centred layout."""

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None:
        w, h = size
        t = h - _drop(h)
        primary, accent = _colour(design.primary), _colour(design.accent)
        if images.background is not None:
            pdf_images.draw(c, images.background, 0, 0, w, h)
        c.setStrokeColor(primary)
        c.setLineWidth(3)
        c.rect(20, 20, w - 40, h - 40)
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.rect(28, 28, w - 56, h - 56)
        c.setFillColor(accent)
        for x, y in ((28, 28), (w - 28, 28), (28, h - 28), (w - 28, h - 28)):
            self._diamond(c, x, y, 5)
        _logo_row(c, images.logos, w / 2, t - 46, 52, 150)
        # ornament under the title
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.line(w / 2 - 70, t - 158, w / 2 - 10, t - 158)
        c.line(w / 2 + 10, t - 158, w / 2 + 70, t - 158)
        self._diamond(c, w / 2, t - 158, 3.5)
        c.setLineWidth(0.5)
        c.line(w * 0.2, t - 287, w * 0.8, t - 287)
        n = len(design.signatures[:3])
        _signatures(
            c, design, faces, images, _spread(n, w * 0.12, w * 0.86), 104, _line(n, w * 0.74)
        )

    @staticmethod
    def _diamond(c: Canvas, x: float, y: float, r: float) -> None:
        p = c.beginPath()
        p.moveTo(x, y - r)
        p.lineTo(x + r, y)
        p.lineTo(x, y + r)
        p.lineTo(x - r, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None:
        w, h = size
        t = h - _drop(h)
        words = page.wordings[0]
        primary, text, muted = _colour(design.primary), _colour(design.text), _colour(design.muted)
        title = words.title.upper()
        t_size = 28.0
        while t_size > 14 and width(title, faces.title.bold, t_size, 2.5) > w * 0.8:
            t_size -= 0.5
        c.setFillColor(primary)
        c.setFont(faces.title.bold, t_size)
        c.drawCentredString(w / 2, t - 140, title, charSpace=2.5)
        c.setFillColor(muted)
        c.setFont(faces.body.italic, 14)
        c.drawCentredString(w / 2, t - 196, words.lead)
        c.setFillColor(primary)
        _name(c, page.name, faces.title.bold, (w * 0.12, t - 282, w * 0.76, 70), 36, 20)
        c.setFillColor(text)
        b_size, lines = fit_block(words.body, faces.body.regular, w * 0.72, 72, 13.5, 9, 4)
        last = _centred(c, lines, w / 2, t - 300, faces.body.regular, b_size)
        c.setFillColor(muted)
        y = last - 22
        for line in (words.detail, words.place_date):
            if line:
                c.setFont(faces.body.italic, 10.5)
                c.drawCentredString(w / 2, y, line)
                y -= 15
        _qr_corner(c, design, faces, page, w - 40 - 62, 46, 62)


def _qr_corner(
    c: Canvas, design: Design, faces: Faces, page: PageContent, x: float, y: float, s: float
) -> None:
    """QR code with its label above and the code below, centred on the code."""
    qr.draw(c, page.payload, x, y, s, colour=(0.1, 0.1, 0.1))
    cx = x + s / 2
    c.setFillColor(_colour(design.text))
    c.setFont(faces.body.bold, 7.5)
    c.drawCentredString(cx, y - 9, page.code)
    label = page.wordings[0].verify_label
    size = 6.0
    while size > 4.5 and width(label, faces.body.regular, size) > s + 24:
        size -= 0.25
    c.setFillColor(_colour(design.muted))
    c.setFont(faces.body.regular, size)
    c.drawCentredString(cx, y + s + 5, label)


class ModernStyle:
    """Sans type, a colour band at the left holding the logos and the QR code."""

    BAND = 0.27

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None:
        w, h = size
        t = h - _drop(h)
        band = w * self.BAND
        primary, accent = _colour(design.primary), _colour(design.accent)
        if images.background is not None:
            pdf_images.draw(c, images.background, 0, 0, w, h)
        c.setFillColor(primary)
        c.rect(0, 0, band, h, stroke=0, fill=1)
        c.setFillColor(accent)
        c.rect(band, 0, 6, h, stroke=0, fill=1)
        if images.logos:
            n = len(images.logos[:3])
            card_h = 24 + n * 50 + (n - 1) * 14
            c.setFillColor(white)
            c.roundRect(28, h - 32 - card_h, band - 56, card_h, 8, stroke=0, fill=1)
            top = h - 32 - 12
            for img in images.logos[:3]:
                _image_fit(c, img, 40, top - 50, band - 80, 50)
                top -= 64
        c.setFillColor(white)
        c.roundRect(band / 2 - 55, 40, 110, 122, 8, stroke=0, fill=1)
        c.setFillColor(accent)
        x0 = band + 56
        c.rect(x0, t - 118, 56, 4, stroke=0, fill=1)
        c.setStrokeColor(HexColor("#D5D8DC"))
        c.setLineWidth(0.6)
        c.line(x0, t - 300, w - 50, t - 300)
        n = len(design.signatures[:3])
        if n:
            col = (w - 50 - x0) / max(n, 2)
            starts = [x0 + col * i for i in range(n)]
            _signatures(c, design, faces, images, starts, 96, min(170, col - 24), align="left")

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None:
        w, h = size
        t = h - _drop(h)
        band = w * self.BAND
        words = page.wordings[0]
        primary, text, muted = _colour(design.primary), _colour(design.text), _colour(design.muted)
        x0, right = band + 56, w - 50
        mw = right - x0
        title = words.title.upper()
        t_size = 24.0
        while t_size > 13 and width(title, faces.title.bold, t_size, 1.2) > mw:
            t_size -= 0.5
        c.setFillColor(primary)
        c.setFont(faces.title.bold, t_size)
        c.drawString(x0, t - 100, title, charSpace=1.2)
        c.setFillColor(muted)
        c.setFont(faces.body.regular, 13)
        c.drawString(x0, t - 166, words.lead)
        c.setFillColor(primary)
        _name(c, page.name, faces.title.bold, (x0, t - 290, mw, 104), 38, 22, align="left")
        c.setFillColor(text)
        b_size, lines = fit_block(words.body, faces.body.regular, mw, 96, 13, 9, 5)
        last = _left(c, lines, x0, t - 322, faces.body.regular, b_size)
        c.setFillColor(muted)
        y = last - 22
        for line in (words.detail, words.place_date):
            if line:
                c.setFont(faces.body.regular, 10.5)
                c.drawString(x0, y, line)
                y -= 15
        qx = band / 2 - 38
        qr.draw(c, page.payload, qx, 68, 76, colour=(0.08, 0.08, 0.08))
        c.setFillColor(primary)
        c.setFont(faces.body.bold, 8)
        c.drawCentredString(band / 2, 52, page.code)
        c.setFillColor(white)
        c.setFont(faces.body.regular, 7.5)
        c.drawCentredString(band / 2, 172, words.verify_label)


class BilingualStyle:
    """Two languages on one page: the first set large, the second beneath it in italics."""

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None:
        w, h = size
        t = h - _drop(h)
        primary, accent = _colour(design.primary), _colour(design.accent)
        if images.background is not None:
            pdf_images.draw(c, images.background, 0, 0, w, h)
        c.setFillColor(primary)
        c.rect(0, h - 14, w, 14, stroke=0, fill=1)
        c.rect(0, 0, w, 14, stroke=0, fill=1)
        c.setFillColor(accent)
        c.rect(0, h - 19, w, 2.5, stroke=0, fill=1)
        c.rect(0, 16.5, w, 2.5, stroke=0, fill=1)
        _logo_row(c, images.logos, w / 2, t - 38, 50, 150)
        c.setStrokeColor(accent)
        c.setLineWidth(0.5)
        c.line(w * 0.2, t - 270, w * 0.8, t - 270)
        n = len(design.signatures[:3])
        _signatures(
            c, design, faces, images, _spread(n, w * 0.1, w * 0.86), 100, _line(n, w * 0.76)
        )

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None:
        w, h = size
        t = h - _drop(h)
        first = page.wordings[0]
        second = page.wordings[1] if len(page.wordings) > 1 else None
        primary, text, muted = _colour(design.primary), _colour(design.text), _colour(design.muted)
        accent = _colour(design.accent)
        t_size = 26.0
        while t_size > 14 and width(first.title, faces.title.bold, t_size) > w * 0.8:
            t_size -= 0.5
        c.setFillColor(primary)
        c.setFont(faces.title.bold, t_size)
        c.drawCentredString(w / 2, t - 126, first.title)
        if second is not None:
            c.setFillColor(accent)
            c.setFont(faces.title.italic, 15)
            c.drawCentredString(w / 2, t - 150, second.title)
        lead = first.lead if second is None else f"{first.lead}  ·  {second.lead}"
        c.setFillColor(muted)
        c.setFont(faces.body.italic, 12)
        c.drawCentredString(w / 2, t - 184, lead)
        c.setFillColor(primary)
        _name(c, page.name, faces.title.bold, (w * 0.12, t - 264, w * 0.76, 68), 34, 20)
        c.setFillColor(text)
        size1, lines1 = fit_block(first.body, faces.body.regular, w * 0.74, 48, 12.5, 8.5, 3)
        y = _centred(c, lines1, w / 2, t - 282, faces.body.regular, size1)
        if second is not None:
            c.setFillColor(muted)
            size2, lines2 = fit_block(second.body, faces.body.italic, w * 0.74, 44, 11.5, 8, 3)
            y = _centred(c, lines2, w / 2, y - 8, faces.body.italic, size2)
        c.setFillColor(muted)
        y -= 20
        for line in (first.detail, first.place_date):
            if line:
                c.setFont(faces.body.italic, 10)
                c.drawCentredString(w / 2, y, line)
                y -= 14
        _qr_corner(c, design, faces, page, w - 40 - 60, 46, 60)


Style = ClassicStyle | ModernStyle | BilingualStyle
_STYLES: dict[str, Style] = {
    "classic": ClassicStyle(),
    "modern": ModernStyle(),
    "bilingual": BilingualStyle(),
}


def style_for(name: str) -> Style:
    return _STYLES.get(name, _STYLES["classic"])
