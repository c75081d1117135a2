"""The published verification page and its data, as bytes (see ``services.publishing``).

``page_html`` fills the page template with its words in the four languages;
``data_script`` and ``json_bytes`` turn the published data into the files beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.verify_page.page import data_script, json_bytes, page_html

_WHERE = {
    "data_script": "page",
    "json_bytes": "page",
    "page_html": "page",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "data_script",
    "json_bytes",
    "page_html",
]
