"""Refuse files no registration list could be, before any parser sees them.

A registration list is a few hundred kilobytes; even a 20,000-row workbook is
a couple of megabytes. Anything far larger, and any zip container (xlsx, ods)
whose members declare an absurd unpacked size or compression ratio, is
refused from its size and its zip directory alone, so a zip bomb never gets
the chance to fill memory.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lacworkshop.formats.zip_guard import (
    FileLimits,
    InputRefused,
    check_file_size,
    check_zip_directory,
    zip_members,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
# Total declared unpacked size of a workbook container.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
# Spreadsheet XML compresses well (10-30x); bombs compress thousands of times.
MAX_RATIO = 200
MAX_MEMBERS = 10_000
LIMITS = FileLimits(
    "registration list",
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    max_members=MAX_MEMBERS,
    max_ratio=MAX_RATIO,
)
CHUNK = 1024 * 1024
# A sheet is read as a dense grid: a value a million rows down costs every cell above it.
MAX_SHEET_CELLS = 5_000_000
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+:([A-Z]+)(\d+)"')
_VALUE_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<(?:v|is)[\s>]')

ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods")


def check_input_file(path: Path) -> None:
    """Raise InputRefused when *path* is too large or a zip bomb; cheap, reads no data."""
    path = Path(path)
    size = check_file_size(path, LIMITS)
    if size == 0:
        raise InputRefused("file.empty", name=path.name)
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic[:2] == b"PK" or path.suffix.lower() in ZIP_SUFFIXES:
        check_zip_container(path)


def check_zip_container(path: Path) -> None:
    """Inspect the zip directory of *path*: declared sizes and ratios only."""
    infos = zip_members(path)
    if infos is None:
        raise InputRefused("file.not_zip", name=path.name)
    check_zip_directory(path.name, infos, LIMITS)
    _check_members_unpack_as_declared(path)


def _check_members_unpack_as_declared(path: Path) -> None:
    """Unpack every part in small chunks, keeping nothing: a part that unpacks to more
    than its directory declares (a lying bomb) or fails its checksum is refused here,
    before the spreadsheet reader trusts the declared sizes."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                seen = 0
                extent = _SheetExtent(path.name) if _SHEET_PART.match(info.filename) else None
                with zf.open(info) as member:
                    while chunk := member.read(CHUNK):
                        seen += len(chunk)
                        if seen > info.file_size:
                            raise InputRefused(
                                "file.zip_member_overflow", name=path.name, part=info.filename
                            )
                        if extent is not None:
                            extent.feed(chunk)
                if extent is not None:
                    extent.check()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise InputRefused("file.zip_damaged", name=path.name, reason=exc) from None
    except NotImplementedError:
        raise InputRefused("file.zip_compression", name=path.name) from None


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


class _SheetExtent:
    """Finds a lone value far below the list (a space typed in row 1,000,000), which
    would make the reader build a grid of millions of empty cells. Only sheets whose
    declared size is suspicious are scanned, cell reference by cell reference."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.first = True
        self.scan = False
        self.width = 1
        self.tail = b""
        self.last_row = 0
        self.last_ref = ""

    def feed(self, chunk: bytes) -> None:
        if self.first:
            self.first = False
            found = _DIMENSION.search(chunk)
            if found:
                self.width = _column_number(found.group(1))
                self.scan = self.width * int(found.group(2)) > MAX_SHEET_CELLS
        if not self.scan:
            return
        data = self.tail + chunk
        for match in _VALUE_CELL.finditer(data):
            row = int(match.group(2))
            if row > self.last_row:
                self.last_row = row
                self.last_ref = (match.group(1) + match.group(2)).decode("ascii")
        # A cell reference cut at the chunk's end is matched again with the next chunk.
        self.tail = data[-200:]

    def check(self) -> None:
        if self.scan and self.last_row * self.width > MAX_SHEET_CELLS:
            raise InputRefused(
                "file.far_cell", source=self.source, cell=self.last_ref, row=f"{self.last_row:,}"
            )
