"""Certificates as PDF pages: one design, many people, drawn fast.

What is the same on every page (background, frame, logos, signatures) is drawn
once into a form XObject and placed on each page by reference, so a 2,000-page
PDF carries one copy of each image. Only the words, the name and the QR code
are drawn per page. Fonts are the bundled TrueType families, embedded.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.formats.certificates.design import (
    PAGE_SIZES,
    Design,
    Faces,
    Images,
    PageContent,
    Signature,
    Wording,
    faces,
    name_face,
    page_size,
    unprintable,
)
from lacworkshop.formats.certificates.styles import STYLE_NAMES, style_for
from lacworkshop.formats.pdf import PreparedImage, prepare

# The names this module has always offered; the design types live in certificates.design.
__all__ = [
    "PAGE_SIZES",
    "STYLES",
    "CertificateWriter",
    "Design",
    "Faces",
    "Images",
    "PageContent",
    "Signature",
    "Wording",
    "faces",
    "name_face",
    "page_size",
    "render",
    "render_bytes",
    "unprintable",
]

# Binary streams: without reportlab's C accelerator its ASCII85 encoding is pure Python
# and costs more than drawing a page; binary PDFs are also smaller. (Process-wide.)
rl_config.useA85 = 0
STYLES = STYLE_NAMES


def _reader(data: bytes | None) -> PreparedImage | None:
    return prepare(data) if data else None


class CertificateWriter:
    """Draws certificate pages of one design into one PDF."""

    FORM = "lwStatic"  # name prefix of the static part's form, one per design

    def __init__(self, target: str | Path | BinaryIO, design: Design, title: str = "") -> None:
        self.design = design
        self.size = page_size(design)
        self.faces = faces(design)
        self.style = style_for(design.style)
        self.canvas = Canvas(
            target if not isinstance(target, Path) else str(target),
            pagesize=self.size,
            pageCompression=1,
            initialFontName=self.faces.body.regular,
        )
        self.canvas.setTitle(title)
        self.canvas.setCreator("lacworkshop")
        self.canvas.setAuthor("")
        self._forms: dict[int, str] = {}
        self._keep: list[Design] = []  # ids stay unique while the designs live
        self.pages = 0

    @staticmethod
    def _images(d: Design) -> Images:
        return Images(
            background=_reader(d.background),
            logos=[r for r in (_reader(b) for b in d.logos) if r is not None],
            signatures=[_reader(s.image) for s in d.signatures],
        )

    def add(self, page: PageContent, design: Design | None = None) -> None:
        """Draw one page; *design* (default: the writer's) may change from page to page."""
        c = self.canvas
        d = design or self.design
        style = style_for(d.style) if design is not None else self.style
        fonts = faces(d) if design is not None else self.faces
        size = page_size(d)
        if design is not None:
            c.setPageSize(size)
        form = self._forms.get(id(d))
        if form is None:
            form = f"{self.FORM}{len(self._forms)}"
            c.beginForm(form)
            style.draw_static(c, size, d, fonts, self._images(d))
            c.endForm()
            self._forms[id(d)] = form
            self._keep.append(d)
        c.doForm(form)
        style.draw_page(c, size, d, fonts, page)
        c.showPage()
        self.pages += 1

    def close(self) -> None:
        self.canvas.save()


def render(
    target: str | Path | BinaryIO,
    design: Design,
    pages: Iterable[PageContent],
    title: str = "",
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Write *pages* into one PDF at *target*; returns how many were drawn."""
    writer = CertificateWriter(target, design, title)
    for page in pages:
        writer.add(page)
        if on_page is not None:
            on_page(writer.pages)
    writer.close()
    return writer.pages


def render_bytes(design: Design, pages: Iterable[PageContent], title: str = "") -> bytes:
    buffer = io.BytesIO()
    render(buffer, design, pages, title)
    return buffer.getvalue()
