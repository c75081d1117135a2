"""Certificates as documents: codes, words, page styles and the PDF.

Codes people can type, the words printed in four languages, the registry of page
styles and the PDF itself, drawn from plain data with the bundled fonts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.certificates.code import InvalidCode, new_code, parse
    from lacworkshop.formats.certificates.design import (
        Design,
        PageContent,
        Signature,
        Wording,
        unprintable,
    )
    from lacworkshop.formats.certificates.drawing import image_fit, name_in_box
    from lacworkshop.formats.certificates.pdf import CertificateWriter, render_bytes
    from lacworkshop.formats.certificates.styles import DEFAULT_STYLE, STYLE_NAMES, name_set_smaller
    from lacworkshop.formats.certificates.text import (
        PLACEHOLDERS,
        country_name,
        fill,
        format_date,
        format_dates,
        format_hours,
        hours_number,
        join_list,
    )

_WHERE = {
    "CertificateWriter": "pdf",
    "DEFAULT_STYLE": "styles",
    "Design": "design",
    "InvalidCode": "code",
    "PLACEHOLDERS": "text",
    "PageContent": "design",
    "STYLE_NAMES": "styles",
    "Signature": "design",
    "Wording": "design",
    "country_name": "text",
    "fill": "text",
    "format_date": "text",
    "format_dates": "text",
    "format_hours": "text",
    "hours_number": "text",
    "image_fit": "drawing",
    "join_list": "text",
    "name_in_box": "drawing",
    "name_set_smaller": "styles",
    "new_code": "code",
    "parse": "code",
    "render_bytes": "pdf",
    "unprintable": "design",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "DEFAULT_STYLE",
    "PLACEHOLDERS",
    "STYLE_NAMES",
    "CertificateWriter",
    "Design",
    "InvalidCode",
    "PageContent",
    "Signature",
    "Wording",
    "country_name",
    "fill",
    "format_date",
    "format_dates",
    "format_hours",
    "hours_number",
    "image_fit",
    "join_list",
    "name_in_box",
    "name_set_smaller",
    "new_code",
    "parse",
    "render_bytes",
    "unprintable",
]
