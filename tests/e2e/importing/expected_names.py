"""What a person reads in each shared file, worked out with the plainest tools."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path


def read_as_person(text: object) -> str:
    """A cell as a person reads it: no stray spaces or tabs around or between words."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def csv_names(
    path: Path, encoding: str, delimiter: str, given_col: str, family_col: str
) -> list[str]:
    with path.open(encoding=encoding, newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=delimiter))
    return [read_as_person(f"{r[given_col]} {r[family_col]}") for r in rows]
