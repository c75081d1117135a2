"""The one list of the file formats a registration list may come in.

Everything that names importable files reads it: ``load_table`` picks the
reader, the window's file dialog and drop check build their filters from it and
the command line's help lists it. Adding a format is one entry here and its
reader (see ``docs/ARCHITECTURE.md``, "Adding an import format").

A reader is named by ``"module:function"`` and imported the first time a file
of its format is read, so a command that lists importable types (every start
of the command line) imports no parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from lacworkshop.formats.reading.table_model import RawTable

OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # a compound file: .xls
ZIP_MAGIC = b"PK"


@dataclass(frozen=True)
class ReadOptions:
    """What a person may choose when a file is read; a reader ignores what it has no use for."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


Reader = Callable[[Path, ReadOptions], RawTable]


@dataclass(frozen=True)
class TableFormat:
    """One importable format: its name, the file name endings, and its reader."""

    name: str  # also RawTable.kind of what the reader returns
    suffixes: tuple[str, ...]
    description: str  # English, for the command line's help
    # How the bytes start: a zip (xlsx, ods), an OLE compound file (xls), or text.
    container: Literal["zip", "ole", "text"]
    reader_name: str  # "module:function", a Reader

    def reader(self) -> Reader:
        """The reader function, imported on first use."""
        module, _, function = self.reader_name.partition(":")
        return cast(Reader, getattr(importlib.import_module(module), function))


_SHEETS = "lacworkshop.formats.reading.spreadsheet"

FORMATS: tuple[TableFormat, ...] = (
    TableFormat("xlsx", (".xlsx", ".xlsm"), "Excel workbook", "zip", f"{_SHEETS}:read_workbook"),
    TableFormat("xls", (".xls",), "Excel 97-2003 workbook", "ole", f"{_SHEETS}:read_workbook"),
    TableFormat("ods", (".ods",), "OpenDocument spreadsheet", "zip", f"{_SHEETS}:read_workbook"),
    TableFormat(
        "csv",
        (".csv", ".txt", ".tsv", ".tab"),
        "CSV or other delimited text",
        "text",
        f"{_SHEETS}:read_text",
    ),
    TableFormat(
        "json",
        (".json", ".jsonl", ".ndjson"),
        "JSON or JSON Lines exported by a forms tool",
        "text",
        "lacworkshop.formats.reading.json_table:read_json",
    ),
)

SUFFIXES: tuple[str, ...] = tuple(s for f in FORMATS for s in f.suffixes)
ZIP_SUFFIXES: tuple[str, ...] = tuple(
    s for f in FORMATS if f.container == "zip" for s in f.suffixes
)
_BY_NAME = {f.name: f for f in FORMATS}
_BY_SUFFIX = {s: f for f in FORMATS for s in f.suffixes}


def is_importable(name: str | Path) -> bool:
    """Whether a file called *name* is one of the registered formats, by its ending."""
    return Path(name).suffix.lower() in _BY_SUFFIX


def file_patterns() -> str:
    """The endings as a file dialog's patterns: ``*.xlsx *.xlsm ...``."""
    return " ".join(f"*{s}" for s in SUFFIXES)


def suffix_list() -> str:
    """The endings for a sentence: ``xlsx, xlsm, ...``."""
    return ", ".join(s.removeprefix(".") for s in SUFFIXES)


def format_for(path: Path) -> TableFormat:
    """The format of the file at *path*: its first bytes decide a workbook's container,
    its ending the rest; anything else is read as delimited text."""
    with Path(path).open("rb") as fh:
        magic = fh.read(8)
    by_suffix = _BY_SUFFIX.get(Path(path).suffix.lower())
    if magic.startswith(OLE_MAGIC):
        return _BY_NAME["xls"]
    if magic.startswith(ZIP_MAGIC):
        return by_suffix if by_suffix and by_suffix.container == "zip" else _BY_NAME["xlsx"]
    if by_suffix is not None and by_suffix.container == "text":
        return by_suffix
    # Some web exports write CSV under a workbook's name; read them as what they are.
    return _BY_NAME["csv"]
