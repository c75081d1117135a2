"""PDF building blocks: fonts, fitting text, images, QR codes, splitting pages.

What every PDF document here stands on: the bundled font families and which
glyphs they lack, names shrunk and wrapped to fit a box, images prepared once
and drawn many times, QR codes drawn as vectors, and a merged PDF split by page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.pdf.fonts import (
        FAMILIES,
        Family,
        describe_characters,
        missing_glyphs,
        register_family,
    )
    from lacworkshop.formats.pdf.images import PreparedImage, prepare
    from lacworkshop.formats.pdf.images import draw as draw_image
    from lacworkshop.formats.pdf.qr import draw as draw_qr
    from lacworkshop.formats.pdf.qr import draw_matrix, matrix_for, readable_size
    from lacworkshop.formats.pdf.split import SplitError
    from lacworkshop.formats.pdf.split import split as split_pages
    from lacworkshop.formats.pdf.text_fit import (
        LEADING,
        NAME_LEADING,
        fit_block,
        fit_name,
        name_fits,
        width,
        wrap,
    )

_WHERE = {
    "FAMILIES": "fonts",
    "Family": "fonts",
    "LEADING": "text_fit",
    "NAME_LEADING": "text_fit",
    "PreparedImage": "images",
    "SplitError": "split",
    "describe_characters": "fonts",
    "draw_image": "images:draw",
    "draw_matrix": "qr",
    "draw_qr": "qr:draw",
    "fit_block": "text_fit",
    "fit_name": "text_fit",
    "matrix_for": "qr",
    "missing_glyphs": "fonts",
    "name_fits": "text_fit",
    "prepare": "images",
    "readable_size": "qr",
    "register_family": "fonts",
    "split_pages": "split:split",
    "width": "text_fit",
    "wrap": "text_fit",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "FAMILIES",
    "LEADING",
    "NAME_LEADING",
    "Family",
    "PreparedImage",
    "SplitError",
    "describe_characters",
    "draw_image",
    "draw_matrix",
    "draw_qr",
    "fit_block",
    "fit_name",
    "matrix_for",
    "missing_glyphs",
    "name_fits",
    "prepare",
    "readable_size",
    "register_family",
    "split_pages",
    "width",
    "wrap",
]
