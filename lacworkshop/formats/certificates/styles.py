"""The page styles of certificates (classic, modern, bilingual) and their registry.

Each style draws a static part once (into the page form) and the words of each
certificate. Positions are measured from the page edges so A4 and Letter, in
landscape or portrait, keep their balance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.formats.certificates import drawing as draw
from lacworkshop.formats.certificates.design import (
    Design,
    Faces,
    Images,
    PageContent,
    name_face,
    page_size,
)
from lacworkshop.formats.certificates.drawing import Size
from lacworkshop.formats.pdf import draw_matrix, fit_block, matrix_for, name_fits, readable_size


class ClassicStyle:
    """Serif type, a double frame in the primary and accent colours, centred layout."""

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None:
        w, h = size
        t = h - draw.drop(h)
        primary, accent = draw.colour(design.primary), draw.colour(design.accent)
        draw.background(c, images, size)
        c.setStrokeColor(primary)
        c.setLineWidth(3)
        c.rect(20, 20, w - 40, h - 40)
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.rect(28, 28, w - 56, h - 56)
        c.setFillColor(accent)
        for x, y in ((28, 28), (w - 28, 28), (28, h - 28), (w - 28, h - 28)):
            self._diamond(c, x, y, 5)
        draw.logo_row(c, images.logos, w / 2, t - 46, 52, 150)
        # ornament under the title
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.line(w / 2 - 70, t - 158, w / 2 - 10, t - 158)
        c.line(w / 2 + 10, t - 158, w / 2 + 70, t - 158)
        self._diamond(c, w / 2, t - 158, 3.5)
        c.setLineWidth(0.5)
        c.line(w * 0.2, t - 287, w * 0.8, t - 287)
        draw.centred_signatures(c, design, faces, images, (w * 0.12, w * 0.86), 104, w * 0.74)

    @staticmethod
    def _diamond(c: Canvas, x: float, y: float, r: float) -> None:
        p = c.beginPath()
        p.moveTo(x, y - r)
        p.lineTo(x + r, y)
        p.lineTo(x, y + r)
        p.lineTo(x - r, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def name_box(self, size: Size) -> NameBox:
        """Where the name goes; its floor is the body text's largest size."""
        w, h = size
        t = h - draw.drop(h)
        return NameBox((w * 0.12, t - 282, w * 0.76, 70), 36, 20, 13.5)

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None:
        w, h = size
        t = h - draw.drop(h)
        words = page.wordings[0]
        primary, text, muted = (
            draw.colour(design.primary),
            draw.colour(design.text),
            draw.colour(design.muted),
        )
        title = words.title.upper()
        t_size = draw.fitted_size(title, faces.title.bold, 28.0, 14, w * 0.8, 2.5)
        c.setFillColor(primary)
        c.setFont(faces.title.bold, t_size)
        c.drawCentredString(w / 2, t - 140, title, charSpace=2.5)
        c.setFillColor(muted)
        c.setFont(faces.body.italic, 14)
        c.drawCentredString(w / 2, t - 196, words.lead)
        c.setFillColor(primary)
        box = self.name_box(size)
        draw.name_in_box(
            c,
            page.name,
            faces.title.bold,
            *box.fit_args(),
            floor=box.floor,
            language=words.language,
        )
        c.setFillColor(text)
        b_size, lines = fit_block(words.body, faces.body.regular, w * 0.72, 72, 13.5, 9, 4)
        last = draw.text_lines(c, lines, w / 2, t - 300, faces.body.regular, b_size)
        c.setFillColor(muted)
        details = (words.detail, words.place_date)
        draw.detail_lines(c, details, w / 2, last - 22, faces.body.italic, 10.5, 15)
        draw.qr_corner(c, design, faces, page, w - 40 - 62, 46, 62, portrait=w < h)


class ModernStyle:
    """Sans type, a colour band at the left holding the logos and the QR code."""

    BAND = 0.27

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None:
        w, h = size
        t = h - draw.drop(h)
        band = w * self.BAND
        primary, accent = draw.colour(design.primary), draw.colour(design.accent)
        draw.background(c, images, size)
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
                draw.image_fit(c, img, 40, top - 50, band - 80, 50)
                top -= 64
        c.setFillColor(white)
        # Room for a signed payload's QR code at a size that reads at 70 dpi.
        c.roundRect(band / 2 - 75, 40, 150, 166, 8, stroke=0, fill=1)
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
            draw.signatures(c, design, faces, images, starts, 96, min(170, col - 24), align="left")

    def name_box(self, size: Size) -> NameBox:
        """Where the name goes, left-aligned beside the band; floor: the body's size."""
        w, h = size
        t = h - draw.drop(h)
        x0 = w * self.BAND + 56
        return NameBox((x0, t - 290, w - 50 - x0, 104), 38, 22, 13)

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None:
        w, h = size
        t = h - draw.drop(h)
        band = w * self.BAND
        words = page.wordings[0]
        primary, text, muted = (
            draw.colour(design.primary),
            draw.colour(design.text),
            draw.colour(design.muted),
        )
        x0, right = band + 56, w - 50
        mw = right - x0
        title = words.title.upper()
        t_size = draw.fitted_size(title, faces.title.bold, 24.0, 13, mw, 1.2)
        c.setFillColor(primary)
        c.setFont(faces.title.bold, t_size)
        c.drawString(x0, t - 100, title, charSpace=1.2)
        c.setFillColor(muted)
        c.setFont(faces.body.regular, 13)
        c.drawString(x0, t - 166, words.lead)
        c.setFillColor(primary)
        box = self.name_box(size)
        draw.name_in_box(
            c,
            page.name,
            faces.title.bold,
            *box.fit_args(),
            align="left",
            floor=box.floor,
            language=words.language,
        )
        c.setFillColor(text)
        b_size, lines = fit_block(words.body, faces.body.regular, mw, 96, 13, 9, 5)
        last = draw.text_lines(c, lines, x0, t - 322, faces.body.regular, b_size, "left")
        c.setFillColor(muted)
        details = (words.detail, words.place_date)
        draw.detail_lines(c, details, x0, last - 22, faces.body.regular, 10.5, 15, "left")
        matrix = matrix_for(page.payload)
        qs = readable_size(matrix, 76, 134)
        draw_matrix(c, matrix, band / 2 - qs / 2, 64, qs, colour=(0.08, 0.08, 0.08))
        c.setFillColor(primary)
        c.setFont(faces.body.bold, 8)
        c.drawCentredString(band / 2, 52, page.code)
        c.setFillColor(white)
        c.setFont(faces.body.regular, 7.5)
        c.drawCentredString(band / 2, 216, words.verify_label)


class BilingualStyle:
    """Two languages on one page: the first set large, the second beneath it in italics."""

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None:
        w, h = size
        t = h - draw.drop(h)
        primary, accent = draw.colour(design.primary), draw.colour(design.accent)
        draw.background(c, images, size)
        c.setFillColor(primary)
        c.rect(0, h - 14, w, 14, stroke=0, fill=1)
        c.rect(0, 0, w, 14, stroke=0, fill=1)
        c.setFillColor(accent)
        c.rect(0, h - 19, w, 2.5, stroke=0, fill=1)
        c.rect(0, 16.5, w, 2.5, stroke=0, fill=1)
        draw.logo_row(c, images.logos, w / 2, t - 38, 50, 150)
        c.setStrokeColor(accent)
        c.setLineWidth(0.5)
        c.line(w * 0.2, t - 270, w * 0.8, t - 270)
        draw.centred_signatures(c, design, faces, images, (w * 0.1, w * 0.86), 100, w * 0.76)

    def name_box(self, size: Size) -> NameBox:
        """Where the name goes; its floor is the first language's body size."""
        w, h = size
        t = h - draw.drop(h)
        return NameBox((w * 0.12, t - 264, w * 0.76, 68), 34, 20, 12.5)

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None:
        w, h = size
        t = h - draw.drop(h)
        first = page.wordings[0]
        second = page.wordings[1] if len(page.wordings) > 1 else None
        primary, text, muted = (
            draw.colour(design.primary),
            draw.colour(design.text),
            draw.colour(design.muted),
        )
        accent = draw.colour(design.accent)
        t_size = draw.fitted_size(first.title, faces.title.bold, 26.0, 14, w * 0.8)
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
        box = self.name_box(size)
        draw.name_in_box(
            c,
            page.name,
            faces.title.bold,
            *box.fit_args(),
            floor=box.floor,
            language=first.language,
        )
        c.setFillColor(text)
        size1, lines1 = fit_block(first.body, faces.body.regular, w * 0.74, 48, 12.5, 8.5, 3)
        y = draw.text_lines(c, lines1, w / 2, t - 282, faces.body.regular, size1)
        if second is not None:
            c.setFillColor(muted)
            size2, lines2 = fit_block(second.body, faces.body.italic, w * 0.74, 44, 11.5, 8, 3)
            y = draw.text_lines(c, lines2, w / 2, y - 8, faces.body.italic, size2)
        c.setFillColor(muted)
        details = (first.detail, first.place_date)
        draw.detail_lines(c, details, w / 2, y - 20, faces.body.italic, 10, 14)
        draw.qr_corner(c, design, faces, page, w - 40 - 60, 46, 60, portrait=w < h)


class Style(Protocol):
    """What a certificate style does: draw the part every page shares, say where the
    name goes, and draw one person's page."""

    def draw_static(
        self, c: Canvas, size: Size, design: Design, faces: Faces, images: Images
    ) -> None: ...

    def name_box(self, size: Size) -> NameBox: ...

    def draw_page(
        self, c: Canvas, size: Size, design: Design, faces: Faces, page: PageContent
    ) -> None: ...


@dataclass(frozen=True)
class NameBox:
    """A style's box for the name (x, y, w, h), its sizes, and the floor it shrinks to."""

    box: tuple[float, float, float, float]
    max_size: float
    min_size: float
    floor: float

    def fit_args(self) -> tuple[tuple[float, float, float, float], float, float]:
        return self.box, self.max_size, self.min_size


# The one registry of certificate styles, in the order the template editor offers them.
# Rendering, template validation and the editor's choices all read it.
CERTIFICATE_STYLES: dict[str, Style] = {
    "classic": ClassicStyle(),
    "modern": ModernStyle(),
    "bilingual": BilingualStyle(),
}
STYLE_NAMES: tuple[str, ...] = tuple(CERTIFICATE_STYLES)
DEFAULT_STYLE = "classic"


def style_for(name: str) -> Style:
    """The style called *name*; the default style for a name no longer registered."""
    return CERTIFICATE_STYLES.get(name, CERTIFICATE_STYLES[DEFAULT_STYLE])


def name_set_smaller(design: Design, name: str, language: str | None = None) -> bool:
    """Whether *name* only fits its box below the body text's size (wrapped, hyphenated):
    it still prints inside the box, but the organiser should be told."""
    nb = style_for(design.style).name_box(page_size(design))
    _x, _y, w, h = nb.box
    return not name_fits(
        name, name_face(design), w, h, nb.max_size, nb.min_size, nb.floor, language
    )
