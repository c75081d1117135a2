"""The published verification page and its data, as bytes (see ``services.publishing``).

``page_html`` fills the page template with its words in the four languages;
``data_script`` and ``json_bytes`` turn the published data into the files beside it.
"""

from lacworkshop.formats.verify_page.page import data_script, json_bytes, page_html

__all__ = ["data_script", "json_bytes", "page_html"]
