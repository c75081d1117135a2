"""Certificates as documents: codes, words, page styles and the PDF."""

__all__ = [
    "code",
    "drawing",
    "pdf",
    "styles",
    "text",
]
