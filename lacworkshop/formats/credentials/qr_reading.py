"""Finding QR codes in what people hand in: a certificate PDF, a scan, a phone photo.

PDF pages are rasterised with PDFium (pypdfium2), images opened with Pillow,
and zxing-cpp reads the codes, rotated or not. A photo that zxing does not
read at first is tried again smaller and in black and white, the two things
that help a blurred or unevenly lit picture.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import zxingcpp
from PIL import Image, ImageOps

PDF_DPI = 150  # enough for a QR of a certificate: its modules are 3 px and more
MAX_PDF_PAGES = 20
MAX_PIXELS = 80_000_000  # a 12,000 x 6,600 picture; anything larger is not a photo


class PictureUnreadable(ValueError):
    """Neither a PDF nor an image that can be opened; the message says why."""


def _read(image: Image.Image) -> list[str]:
    # Made per call: a module-level formats object is reported as leaked at exit.
    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in zxingcpp.read_barcodes(image, formats=only_qr) if r.text]


def _attempts(image: Image.Image) -> Iterator[Image.Image]:
    grey = ImageOps.exif_transpose(image).convert("L")
    yield grey
    longest = max(grey.size)
    for target in (2000, 1200):
        if longest > target:
            factor = target / longest
            yield grey.resize((round(grey.width * factor), round(grey.height * factor)))
    yield ImageOps.autocontrast(grey).point(lambda v: 255 if v > 128 else 0)


def qr_texts_in_image(image: Image.Image) -> list[str]:
    """The texts of the QR codes in *image*, from the first attempt that finds any."""
    for attempt in _attempts(image):
        found = _read(attempt)
        if found:
            return found
    return []


def qr_texts_in_pdf(data: bytes) -> list[str]:
    """The texts of the QR codes on the pages of the PDF *data* (the first pages only)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise PictureUnreadable(str(exc)) from None
    try:
        texts: list[str] = []
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
            texts.extend(qr_texts_in_image(bitmap.to_pil()))
            page.close()
        return texts
    finally:
        pdf.close()


def open_image(data: bytes) -> Image.Image:
    """*data* opened as an image; PictureUnreadable when it is not one or is absurdly large."""
    try:
        image = Image.open(io.BytesIO(data))
        # The header says the size: refuse a giant before decoding a byte of it.
        if image.width * image.height > MAX_PIXELS:
            raise PictureUnreadable(f"{image.width} x {image.height} pixels")
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
        raise PictureUnreadable(str(exc)) from None
    return image


def qr_texts_in_file(data: bytes) -> list[str]:
    """The QR texts in a PDF or an image given as bytes."""
    if data.lstrip()[:5] == b"%PDF-":
        return qr_texts_in_pdf(data)
    return qr_texts_in_image(open_image(data))
