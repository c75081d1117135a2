"""The attendee list and the statistics workbook as operations: a file written, nothing changed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lacworkshop.services.operations import NOTHING, Cancelled
from lacworkshop.services.reports.attendee_list_export import export_attendee_list
from lacworkshop.services.reports.statistics_export import export_statistics_workbook


class CancelAtOnce:
    def report(self, done: int, total: int, message: str = "") -> None:
        del done, total, message

    def check(self) -> None:
        raise Cancelled


def test_the_attendee_list_as_an_operation(tmp_path: Path, db, nasty) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lista.csv"
    result = export_attendee_list(
        db, nasty.workshop_id, path, ["family_names", "email"], language="es", delimiter=";"
    )
    assert result.changes == NOTHING
    assert result.value.path == path
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + result.value.rows and len(rows[0]) == 2
    with pytest.raises(Cancelled):
        export_attendee_list(db, nasty.workshop_id, tmp_path / "no.xlsx", progress=CancelAtOnce())
    assert not (tmp_path / "no.xlsx").exists()


def test_the_statistics_workbook_as_an_operation(tmp_path: Path, db, nasty) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "estadisticas.xlsx"
    result = export_statistics_workbook(db, path, workshop_id=nasty.workshop_id, language="pt")
    assert result.changes == NOTHING and result.value.path == path
    assert len(load_workbook(path, read_only=True).sheetnames) >= 2
