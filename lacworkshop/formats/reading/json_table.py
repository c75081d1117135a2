"""Registration lists that forms tools export as JSON or JSON Lines.

Survey and form tools (KoboToolbox, Tally, Jotform, Typeform, LimeSurvey...)
export their responses as a JSON array of objects, often wrapped in an object
under a key such as ``"results"`` or ``"data"``, or as JSON Lines: one object
per line. Each object is one person; the header is every key in the order it
was first seen. A nested object becomes columns named ``outer.inner``; a list
(the boxes ticked in a multiple choice) becomes one text, its items joined by
``"; "``. Rows are numbered as a spreadsheet of the same answers would number
them: the header is row 1, the first person row 2.

JSON is UTF-8 by its standard (RFC 8259); a byte-order mark is allowed. A
JSON Lines file is read line by line; a JSON document is parsed whole, so it
has its own, smaller, size limit (``input_limits.JSON_FILE``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from lacworkshop.errors import BadFile
from lacworkshop.formats.reading.csv_table import check_record
from lacworkshop.formats.reading.input_limits import JSON_FILE, REGISTRATION_TABLE, TableLimits
from lacworkshop.formats.reading.table_model import CellValue, RawRow, RawTable
from lacworkshop.formats.reading.zip_guard import check_file_size

if TYPE_CHECKING:
    from lacworkshop.formats.reading.registry import ReadOptions

LINE_SUFFIXES = (".jsonl", ".ndjson")
# Keys under which tools wrap their list of responses, tried in this order.
WRAPPER_KEYS = ("results", "data", "responses", "submissions", "records", "items", "rows")


class JsonTableError(BadFile):
    """The JSON could not be read as a table; the message is for people."""


def read_json(path: Path, options: ReadOptions) -> RawTable:
    """The registry's reader: *options* (sheet, encoding, delimiter) do not apply to JSON."""
    del options
    return read_json_table(path)


def read_json_table(path: Path, limits: TableLimits = REGISTRATION_TABLE) -> RawTable:
    """Read a JSON array of objects (or JSON Lines) as a table with a header row."""
    path = Path(path)
    if _holds_lines(path):
        records: Iterable[object] = _lines(path)
    else:
        check_file_size(path, JSON_FILE)
        records = _records_of(_document(path), path.name)
    rows = _table(records, path.name, limits)
    return RawTable(
        source=path.name, sheet=path.stem, sheet_names=[path.stem], rows=rows, kind="json"
    )


def _holds_lines(path: Path) -> bool:
    """Whether the file is JSON Lines: one object per line. Its ending is a hint only;
    tools name JSON Lines .json, and a .jsonl may hold one array."""
    with path.open("rb") as fh:
        first = fh.readline(1024 * 1024).strip().removeprefix(b"\xef\xbb\xbf")
        second = fh.readline(1024 * 1024).strip()
    if not first.startswith(b"{"):
        return False
    if path.suffix.lower() in LINE_SUFFIXES:
        return True
    return first.endswith(b"}") and second.startswith(b"{")


def _document(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise JsonTableError("json.not_utf8", name=path.name) from None
    except json.JSONDecodeError as exc:
        raise JsonTableError(
            "json.unreadable", name=path.name, line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from None


def _lines(path: Path) -> Iterator[object]:
    """Each non-blank line of a JSON Lines file, parsed, as the file is read."""
    try:
        with path.open(encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise JsonTableError(
                        "json.unreadable",
                        name=path.name,
                        line=number,
                        column=exc.colno,
                        reason=exc.msg,
                    ) from None
    except UnicodeDecodeError:
        raise JsonTableError("json.not_utf8", name=path.name) from None


def _records_of(document: object, name: str) -> list[object]:
    """The list of responses in *document*: itself, or the list a wrapper object holds."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in WRAPPER_KEYS:
            if isinstance(document.get(key), list):
                return list(document[key])
        lists = [v for v in document.values() if isinstance(v, list) and v]
        if len(lists) == 1:
            return lists[0]
    raise JsonTableError("json.not_a_table", name=name)


def _table(records: Iterable[object], name: str, limits: TableLimits) -> list[RawRow]:
    """A header row of every key, then one row per record (checked against *limits*)."""
    keys: dict[str, int] = {}
    flat_records: list[dict[str, CellValue]] = []
    for count, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise JsonTableError("json.not_an_object", name=name, row=count + 1)
        flat = dict(_flatten(record))
        for key in flat:
            keys.setdefault(key, len(keys))
        check_record([str(v) for v in flat.values()], count + 1, count, len(keys), name, limits)
        flat_records.append(flat)
    if not flat_records:
        raise JsonTableError("json.not_a_table", name=name)
    header = RawRow(1, tuple(keys))
    rows = [header]
    for number, flat in enumerate(flat_records, start=2):
        rows.append(RawRow(number, tuple(flat.get(key, "") for key in keys)))
    return rows


def _flatten(record: dict[str, object], prefix: str = "") -> Iterator[tuple[str, CellValue]]:
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, f"{name}.")
        else:
            yield name, _cell(value)


def _cell(value: object) -> CellValue:
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list) and all(
        isinstance(v, str | int | float | bool) or v is None for v in value
    ):
        return "; ".join("" if v is None else str(v) for v in value)
    return json.dumps(value, ensure_ascii=False)
