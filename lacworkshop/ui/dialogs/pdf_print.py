"""Send a PDF file to a printer: QtPdf renders each page at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_pdf(path: str, parent: QWidget | None = None, printer: QPrinter | None = None) -> bool:
    """Ask for a printer (unless one is given) and print every page of *path*."""
    # Qt takes no parent (None) too; the stubs only know a QObject.
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    if document.load(path) != QPdfDocument.Error.None_:
        return False
    first = document.pagePointSize(0)
    landscape = first.width() > first.height()
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path)
        _orient(printer, landscape)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    else:
        _orient(printer, landscape)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        for i in range(document.pageCount()):
            if i:
                printer.newPage()
            points = document.pagePointSize(i)
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            size = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(i, size)
            x = (target.width() - size.width()) // 2
            y = (target.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
    finally:
        painter.end()
    return True


def _orient(printer: QPrinter, landscape: bool) -> None:
    """Certificates are mostly landscape: turn the paper to match the PDF."""
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
