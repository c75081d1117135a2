"""Reading the tables people hand us: guards first, then CSV/text or workbook readers.

Every file is checked against limits (size, zip bombs, absurd extents) before it
is parsed; the registry of readers names the extensions the window and the
command line accept; a table comes back as rows of text with its header found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.reading.header_detection import find_header_row
    from lacworkshop.formats.reading.input_guards import OLE_MAGIC, check_zip_container
    from lacworkshop.formats.reading.input_limits import REGISTER_FILE, REGISTER_TABLE
    from lacworkshop.formats.reading.registry import SUFFIXES, file_patterns, suffix_list
    from lacworkshop.formats.reading.spreadsheet import UnreadableFile, load_table
    from lacworkshop.formats.reading.table_model import CellValue, RawRow, RawTable, column_letter
    from lacworkshop.formats.reading.text_encoding import CHOICES, looks_like_mojibake
    from lacworkshop.formats.reading.xls_extent import check_xls_extent
    from lacworkshop.formats.reading.zip_guard import (
        FileLimits,
        InputRefused,
        check_file_size,
        check_zip_directory,
        zip_members,
    )

_WHERE = {
    "CHOICES": "text_encoding",
    "CellValue": "table_model",
    "FileLimits": "zip_guard",
    "InputRefused": "zip_guard",
    "OLE_MAGIC": "input_guards",
    "REGISTER_FILE": "input_limits",
    "REGISTER_TABLE": "input_limits",
    "RawRow": "table_model",
    "RawTable": "table_model",
    "SUFFIXES": "registry",
    "UnreadableFile": "spreadsheet",
    "check_file_size": "zip_guard",
    "check_xls_extent": "xls_extent",
    "check_zip_container": "input_guards",
    "check_zip_directory": "zip_guard",
    "column_letter": "table_model",
    "file_patterns": "registry",
    "find_header_row": "header_detection",
    "load_table": "spreadsheet",
    "looks_like_mojibake": "text_encoding",
    "suffix_list": "registry",
    "zip_members": "zip_guard",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "CHOICES",
    "OLE_MAGIC",
    "REGISTER_FILE",
    "REGISTER_TABLE",
    "SUFFIXES",
    "CellValue",
    "FileLimits",
    "InputRefused",
    "RawRow",
    "RawTable",
    "UnreadableFile",
    "check_file_size",
    "check_xls_extent",
    "check_zip_container",
    "check_zip_directory",
    "column_letter",
    "file_patterns",
    "find_header_row",
    "load_table",
    "looks_like_mojibake",
    "suffix_list",
    "zip_members",
]
