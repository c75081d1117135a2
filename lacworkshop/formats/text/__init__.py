"""Words as printed: safe characters, typography, file names, country and gender names.

Small pure functions shared by every document: control characters replaced,
quotes and dashes set properly, a safe file name from a person's name
(``filename_for``), and country and gender names in four languages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.text.controls import remove_unsafe_characters
    from lacworkshop.formats.text.country_names import country_name
    from lacworkshop.formats.text.gender_names import gender_name
    from lacworkshop.formats.text.safe_filename import safe_filename as filename_for
    from lacworkshop.formats.text.safe_filename import unique_names
    from lacworkshop.formats.text.typography import typeset

_WHERE = {
    "country_name": "country_names",
    "filename_for": "safe_filename:safe_filename",
    "gender_name": "gender_names",
    "remove_unsafe_characters": "controls",
    "typeset": "typography",
    "unique_names": "safe_filename",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "country_name",
    "filename_for",
    "gender_name",
    "remove_unsafe_characters",
    "typeset",
    "unique_names",
]
