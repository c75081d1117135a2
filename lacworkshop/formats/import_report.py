"""The import summary as an xlsx workbook: counts, one line per row, warnings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lacworkshop.formats.catalogue import text
from lacworkshop.formats.writing import Column, Sheet, write_xlsx

OUTCOME_KEYS = ("created", "linked", "updated", "skipped")


def write_import_report(
    path: Path | str,
    language: str,
    *,
    source: str,
    workshop: str,
    counts: Sequence[tuple[str, int]],
    rows: Sequence[tuple[int, str, str, str, str]],
    warnings: Sequence[tuple[int, str]],
) -> Path:
    """Write the report atomically to *path*; outcomes are translated, names kept as typed."""

    def t(key: str) -> str:
        return text(f"import_report.{key}", language)

    summary_rows: list[tuple[str, object]] = [(t("file"), source), (t("workshop"), workshop)]
    summary_rows += [(t(key), n) for key, n in counts]
    sheets = [
        Sheet(t("sheet_summary"), [Column(t("item")), Column(t("value"))], summary_rows),
        Sheet(
            t("sheet_rows"),
            [
                Column(t("row"), "int"),
                Column(t("name")),
                Column("Email"),
                Column(t("outcome")),
                Column(t("reason")),
            ],
            [(r, n, e, t(o) if o in OUTCOME_KEYS else o, why) for r, n, e, o, why in rows],
        ),
        Sheet(t("sheet_warnings"), [Column(t("row"), "int"), Column(t("message"))], list(warnings)),
    ]
    write_xlsx(path, sheets, title=t("title"))
    return Path(path)
