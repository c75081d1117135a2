"""PDF bytes to a picture: the preview image and the PNG a PDF background is kept as."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from lacworkshop.formats.certificates.pdf import Design, PageContent, Wording, render_bytes
from lacworkshop.ui.dialogs.template_preview import pdf_page_to_png, render_first_page


def _pdf() -> bytes:
    words = Wording("es", "Certificado", "Se certifica que", "asistió al taller.")
    return render_bytes(Design(), [PageContent("Ñusta Quispe", "AAAA-BBBB", "x", (words,))])


def test_first_page_is_drawn_on_white_at_the_asked_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    image = render_first_page(_pdf(), 300)
    assert image.width() == 300 and 200 < image.height() < 220  # A4 landscape
    assert image.pixelColor(1, 1).name() == "#ffffff"  # paper, not transparent black
    assert render_first_page(b"not a pdf", 300).isNull()


def test_pdf_page_to_png_keeps_the_page_at_the_dpi(qtbot) -> None:  # type: ignore[no-untyped-def]
    png = pdf_page_to_png(_pdf(), dpi=72)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (841, 595)
    with pytest.raises(ValueError, match="not a readable PDF"):
        pdf_page_to_png(b"not a pdf")
