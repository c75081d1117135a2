"""CSV and text tables through the csv module: encoding and delimiter found, not assumed."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from lacworkshop.errors import BadFile
from lacworkshop.formats.table_model import RawRow, RawTable
from lacworkshop.formats.text_encoding import decode, guess_encoding

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SAMPLE_RECORDS = 60


class TextTableError(BadFile):
    """The text could not be read as a table; the message is for people."""


def csv_problem(source: str, line: int, exc: csv.Error) -> TextTableError:
    """The csv module's complaint at *line*, worded for people (the field limit by name)."""
    if "field larger than field limit" in str(exc):
        return TextTableError(
            "file.csv_field_too_long", source=source, line=line, limit=f"{csv.field_size_limit():,}"
        )
    return TextTableError("file.csv_line", source=source, line=line, reason=exc)


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[list[str]] = []
    try:
        for record in reader:
            out.append(record)
            if limit is not None and len(out) >= limit:
                break
    except csv.Error:
        # A sample for guessing: what was read so far. Reading the table itself
        # meets the same problem again and says where it is.
        pass
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
    certain = best[0] >= 0.8 and not (runner[0] >= best[0] - 0.05 and runner[1] == best[1])
    return best[2], certain


def parse_text(text: str, delimiter: str, source: str = "") -> list[RawRow]:
    """Rows of *text*, numbered by the line where each record starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[RawRow] = []
    start = 1
    try:
        for record in reader:
            rows.append(RawRow(start, tuple(record)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise csv_problem(source, reader.line_num, exc) from None
    return rows


def read_text_table(
    path: Path, encoding: str | None = None, delimiter: str | None = None
) -> RawTable:
    """Read a CSV/TSV/text file; guesses what is not given and records how sure it is."""
    path = Path(path)
    data = path.read_bytes()
    guess = guess_encoding(data)
    chosen = encoding or guess.encoding
    try:
        text = decode(data, chosen)
    except (UnicodeDecodeError, LookupError) as exc:
        raise TextTableError(
            "file.wrong_encoding", name=path.name, encoding=chosen, reason=exc.__class__.__name__
        ) from None
    if "\x00" in text:
        raise TextTableError("file.binary", name=path.name)
    if delimiter is None:
        delim, delim_certain = guess_delimiter(text)
    else:
        delim, delim_certain = delimiter, True
    rows = parse_text(text, delim, path.name)
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
