"""Writing tables: atomic files, safe cells, CSV and xlsx.

Every file is written to a temporary name beside its target and renamed when
complete, never over the database or its backups; cells that would read as
formulas are written as text, in CSV and in xlsx alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.writing.atomic import (
        PART_SUFFIX,
        atomic_path,
        atomic_write_bytes,
        check_destination,
        is_protected,
        protect,
        set_pending_folder,
        temporary_name_pattern,
        unprotect,
    )
    from lacworkshop.formats.writing.csv_file import write_csv
    from lacworkshop.formats.writing.xlsx_file import (
        Chart,
        ChartKind,
        Column,
        Kind,
        Sheet,
        WriteReport,
        _sheet_title,
        text_cell,
        write_xlsx,
    )

_WHERE = {
    "Chart": "xlsx_file",
    "ChartKind": "xlsx_file",
    "Column": "xlsx_file",
    "Kind": "xlsx_file",
    "PART_SUFFIX": "atomic",
    "Sheet": "xlsx_file",
    "WriteReport": "xlsx_file",
    "_sheet_title": "xlsx_file",
    "atomic_path": "atomic",
    "atomic_write_bytes": "atomic",
    "check_destination": "atomic",
    "is_protected": "atomic",
    "protect": "atomic",
    "set_pending_folder": "atomic",
    "temporary_name_pattern": "atomic",
    "text_cell": "xlsx_file",
    "unprotect": "atomic",
    "write_csv": "csv_file",
    "write_xlsx": "xlsx_file",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "PART_SUFFIX",
    "Chart",
    "ChartKind",
    "Column",
    "Kind",
    "Sheet",
    "WriteReport",
    "_sheet_title",
    "atomic_path",
    "atomic_write_bytes",
    "check_destination",
    "is_protected",
    "protect",
    "set_pending_folder",
    "temporary_name_pattern",
    "text_cell",
    "unprotect",
    "write_csv",
    "write_xlsx",
]
