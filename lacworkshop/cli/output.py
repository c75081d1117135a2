"""Listings for scripts: a header line, then one tab-separated line per item."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import TextIO


def text_for(key: str, /, **values: object) -> str:
    """The message *key* in the command line's language (LANG)."""
    from lacworkshop.errors import message_language
    from lacworkshop.formats.messages import message

    return message(key, message_language(), **values)


def say(key: str, out: TextIO | None = None, /, **values: object) -> None:
    """Print the message *key* in the command line's language, on stdout by default."""
    print(text_for(key, **values), file=out or sys.stdout)


def warn(text: object) -> None:
    """Print *text* as the program's warning line on stderr."""
    print(f"lacworkshop: {text_for('cli.warning', message=text)}", file=sys.stderr)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    # A tab or newline inside a value would break the line structure.
    return " ".join(str(value).replace("\t", " ").splitlines())


def print_table(
    header: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO | None = None
) -> int:
    """Print *header* and *rows*; returns the number of rows."""
    out = out or sys.stdout
    print("\t".join(header), file=out)
    n = 0
    for row in rows:
        print("\t".join(_cell(v) for v in row), file=out)
        n += 1
    return n
