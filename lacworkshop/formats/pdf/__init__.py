"""PDF building blocks: fonts, fitting text, images, QR codes, splitting pages."""

__all__ = [
    "fonts",
    "images",
    "qr",
    "split",
    "text_fit",
]
