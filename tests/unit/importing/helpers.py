"""Small helpers shared by the import tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def write_csv(
    path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def preview_of(db, path: Path, workshop_id: int, **kwargs):  # type: ignore[no-untyped-def]
    from lacworkshop.formats.spreadsheet_reader import load_table
    from lacworkshop.services.import_mapping import initial_mapping, layout_for
    from lacworkshop.services.import_preview import build_preview

    table = load_table(path)
    layout = layout_for(table)
    mapping, _ = initial_mapping(db, layout.headers)
    return build_preview(db, table, layout, mapping, workshop_id, **kwargs)
