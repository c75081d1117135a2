"""CSV and text tables through the csv module: encoding and delimiter found, not assumed.

The file is decoded and parsed as a stream, record by record, and stops at the
first record past a limit of input_limits (rows, columns, the grid they span,
characters in one field), so a field of megabytes or a million lines is one
clear line, not a traceback or a full memory.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lacworkshop.errors import BadFile
from lacworkshop.formats.messages import Term
from lacworkshop.formats.reading.input_limits import REGISTRATION_TABLE, TableLimits
from lacworkshop.formats.reading.table_model import RawRow, RawTable
from lacworkshop.formats.reading.text_encoding import decode, guess_encoding

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SAMPLE_RECORDS = 60
# Enough text to guess the delimiter from the first records.
_SAMPLE_BYTES = 256 * 1024


class TextTableError(BadFile):
    """The text could not be read as a table; the message is for people."""


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[list[str]] = []
    try:
        for record in reader:
            out.append(record)
            if limit is not None and len(out) >= limit:
                break
    except csv.Error:
        pass  # a sample cut inside a huge field: judge by what came before it
    return out


def _consistency(records: list[list[str]]) -> tuple[float, int]:
    """How well *records* look like a table: share of rows with the usual width, and that width."""
    widths = [len(r) for r in records if any(c.strip() for c in r)]
    if not widths:
        return 0.0, 0
    width, count = Counter(widths).most_common(1)[0]
    if width < 2:
        return 0.0, width
    return count / len(widths), width


def guess_delimiter(text: str) -> tuple[str, bool]:
    """The delimiter among , ; and tab that makes the most regular table, and if that is clear."""
    scores = []
    for delim in DELIMITERS:
        share, width = _consistency(_records(text, delim, _SAMPLE_RECORDS))
        scores.append((share, width, delim))
    # Regularity first; a wider table breaks ties (a comma inside "Org, S.A." makes a
    # semicolon file look irregular with commas, never the other way round).
    scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scores[0]
    if best[0] == 0:
        return ",", False
    runner = scores[1]
    # Another delimiter that makes an equally regular table (of any width) leaves the
    # choice open: ``,;;`` on every line is two columns or three, and nothing says which.
    certain = best[0] >= 0.8 and not (runner[0] >= best[0] - 0.05 and runner[1] >= 2)
    return best[2], certain


def parse_text(
    text: str, delimiter: str, source: str = "", limits: TableLimits = REGISTRATION_TABLE
) -> list[RawRow]:
    """Rows of *text*, numbered by the line where each record starts."""
    return _parse(io.StringIO(text, newline=""), delimiter, source, limits)


def _parse(
    lines: Iterator[str] | io.TextIOBase, delimiter: str, source: str, limits: TableLimits
) -> list[RawRow]:
    """Records of *lines*, stopping at the first one past *limits*."""
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    rows: list[RawRow] = []
    start = 1
    width = 0
    try:
        for record in reader:
            width = max(width, len(record))
            check_record(record, start, len(rows) + 1, width, source, limits)
            rows.append(RawRow(start, tuple(record)))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            # Where the record starts: an open quote swallows the lines after it.
            raise _field_too_long(source, start, limits) from None
        raise TextTableError(
            "file.csv_line", source=source, line=reader.line_num, reason=exc
        ) from None
    except UnicodeDecodeError as exc:
        raise TextTableError(
            "file.wrong_encoding",
            name=source,
            encoding=exc.encoding,
            reason=f"line {reader.line_num + 1}",
        ) from None
    return rows


def check_record(
    record: list[str], line: int, count: int, width: int, source: str, limits: TableLimits
) -> None:
    """Refuse record number *count* (starting at *line*) when it takes the table past
    *limits*: rows, columns, the grid of *width* columns, or one field's length."""
    if any("\x00" in field for field in record):
        raise TextTableError("file.binary", name=source)
    what = Term(limits.what)
    if count > limits.max_rows:
        raise TextTableError(
            "bounds.text_rows", source=source, line=line, limit=f"{limits.max_rows:,}", what=what
        )
    if len(record) > limits.max_columns:
        raise TextTableError(
            "bounds.text_columns",
            source=source,
            line=line,
            count=f"{len(record):,}",
            limit=f"{limits.max_columns:,}",
            what=what,
        )
    if count * width > limits.max_grid_cells:
        raise TextTableError(
            "bounds.text_grid",
            source=source,
            line=line,
            rows=f"{count:,}",
            columns=f"{width:,}",
            limit=f"{limits.max_grid_cells:,}",
            what=what,
        )
    if any(len(field) > limits.max_field_chars for field in record):
        raise _field_too_long(source, line, limits)


def _field_too_long(source: str, line: int, limits: TableLimits) -> TextTableError:
    return TextTableError(
        "file.csv_field_too_long", source=source, line=line, limit=f"{limits.max_field_chars:,}"
    )


def _sample(data: bytes, encoding: str) -> str:
    """The start of *data* decoded, for guessing the delimiter."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text: str = decoder.decode(data[:_SAMPLE_BYTES])
    return text.removeprefix("\ufeff")


def _stream(path: Path, encoding: str) -> io.TextIOWrapper:
    """*path* decoded as it is read, never whole in memory; a BOM is not text."""
    wrapper = io.TextIOWrapper(path.open("rb"), encoding=encoding, newline="")
    # decode() drops a BOM these codecs would keep as the first character.
    bom_kept = encoding.startswith("utf-16") or encoding == "utf-8"
    if bom_kept and wrapper.read(1) != "\ufeff":
        wrapper.seek(0)
    return wrapper


def read_text_table(
    path: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    limits: TableLimits = REGISTRATION_TABLE,
) -> RawTable:
    """Read a CSV/TSV/text file; guesses what is not given and records how sure it is."""
    path = Path(path)
    data = path.read_bytes()
    guess = guess_encoding(data)
    chosen = encoding or guess.encoding
    try:
        codecs.lookup(chosen)
        sample = decode(data[:_SAMPLE_BYTES], chosen) if len(data) <= _SAMPLE_BYTES else None
    except (UnicodeDecodeError, LookupError) as exc:
        raise TextTableError(
            "file.wrong_encoding", name=path.name, encoding=chosen, reason=exc.__class__.__name__
        ) from None
    if sample is None:
        sample = _sample(data, chosen)
    del data  # the records are read from the file as a stream
    if "\x00" in sample:
        raise TextTableError("file.binary", name=path.name)
    if delimiter is None:
        delim, delim_certain = guess_delimiter(sample)
    else:
        delim, delim_certain = delimiter, True
    with _stream(path, chosen) as lines:
        rows = _parse(lines, delim, path.name, limits)
    return RawTable(
        source=path.name,
        sheet=path.stem,
        sheet_names=[path.stem],
        rows=rows,
        kind="csv",
        encoding=chosen,
        encoding_certain=encoding is not None or guess.certain,
        encoding_reason=guess.reason if encoding is None else "chosen",
        encoding_choices=guess.alternatives,
        delimiter=delim,
        delimiter_certain=delim_certain,
    )
