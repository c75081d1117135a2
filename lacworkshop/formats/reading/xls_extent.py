"""The real extent of the sheets of a legacy Excel file (.xls, BIFF), measured before reading.

A reader builds a grid from A1 to the farthest value; an .xls of a few KB with
values in A1 and IV65536 asks for 16 million cells. The workbook stream is read
record by record (the compound file through olefile), keeping only the farthest
row and column of each sheet's value records, whatever the DIMENSIONS record says.
"""

from __future__ import annotations

import struct
from pathlib import Path

import olefile

from lacworkshop.formats.reading.input_limits import TableLimits
from lacworkshop.formats.reading.sheet_extent import SheetExtent
from lacworkshop.formats.reading.zip_guard import InputRefused

_BOF = (0x0809, 0x0409, 0x0209, 0x0009)
_EOF = 0x000A
_BOUNDSHEET = 0x0085
_WORKSHEET = 0x0010
# Records holding a value, each starting with its row and column.
_VALUE_RECORDS = frozenset({0x00FD, 0x0204, 0x0203, 0x027E, 0x0205, 0x0006, 0x00D6})
_MULRK = 0x00BD  # row, first column, values..., last column
_HEADER = struct.Struct("<HH")


def check_xls_extent(path: Path, limits: TableLimits) -> None:
    """Raise InputRefused when a sheet of the .xls *path* reaches past *limits*."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
            if stream is None:
                raise InputRefused("bounds.not_excel", name=path.name)
            data = ole.openstream(stream).read()
    except (OSError, ValueError, struct.error) as exc:
        raise InputRefused("file.zip_damaged", name=path.name, reason=exc) from None
    _scan(path.name, data, limits)


def _scan(source: str, data: bytes, limits: TableLimits) -> None:
    names: list[str] = []
    extent: SheetExtent | None = None
    sheets = 0
    pos, end = 0, len(data)
    while pos + 4 <= end:
        kind, size = _HEADER.unpack_from(data, pos)
        body = data[pos + 4 : pos + 4 + size]
        pos += 4 + size
        if kind in _BOF:
            is_sheet = len(body) >= 4 and _HEADER.unpack_from(body, 0)[1] == _WORKSHEET
            if is_sheet:
                name = names[sheets] if sheets < len(names) else f"sheet {sheets + 1}"
                extent = SheetExtent(source, name, limits)
                sheets += 1
        elif kind == _EOF:
            extent = None
        elif kind == _BOUNDSHEET:
            names.append(_sheet_name(body))
        elif extent is not None and len(body) >= 4:
            if kind in _VALUE_RECORDS:
                row, col = _HEADER.unpack_from(body, 0)
                extent.value_at(row + 1, col + 1)
            elif kind == _MULRK and len(body) >= 6:
                row = _HEADER.unpack_from(body, 0)[0]
                last = struct.unpack_from("<H", body, len(body) - 2)[0]
                extent.value_at(row + 1, last + 1)


def _sheet_name(body: bytes) -> str:
    """The name in a BIFF8 BOUNDSHEET record (BIFF5 names are bytes in the code page)."""
    if len(body) < 8:
        return "?"
    count, wide = body[6], body[7] & 1
    raw = body[8 : 8 + count * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", errors="replace")
