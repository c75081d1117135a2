"""A live picture of a certificate page, drawn from PDF bytes by QtPdf."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def _open(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A document over *pdf*; the buffer it reads must live as long as the document."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def render_first_page(pdf: bytes, width: int) -> QImage:
    """The first page of *pdf* as an image *width* pixels wide."""
    document, _buffer = _open(pdf)
    points = document.pagePointSize(0)
    if points.width() <= 0:
        return QImage()
    height = int(width * points.height() / points.width())
    return _on_white(document.render(0, QSize(width, height)))


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves the page transparent; paper is white."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def pdf_page_to_png(pdf: bytes, dpi: int = 150) -> bytes:
    """A PDF's first page as PNG bytes: how a PDF background is kept."""
    document, _buffer = _open(pdf)
    points = document.pagePointSize(0)
    if points.width() <= 0:
        raise ValueError("not a readable PDF")
    image = document.render(
        0, QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
    )
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes, but PySide6 takes the format only as a str here.
    image.save(out, "PNG")  # type: ignore[call-overload]
    return bytes(out.data().data())


class PagePreview(QLabel):
    """Shows one page, scaled to the space it has, with a thin shadow-like frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 240)  # beside the form on a 1024x600 screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("QLabel { background: #8a8f94; }")
        self._image = QImage()

    def set_pdf(self, pdf: bytes) -> None:
        self._image = render_first_page(pdf, 1400)
        self._rescale()

    def image(self) -> QImage:
        return self._image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image.isNull():
            return
        target = self.size() - QSize(24, 24)
        self.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
