"""Exporting the statistics workbook of a workshop or a series as one operation.

The Reports page's Export statistics… and the command line's ``export stats``
both call :func:`export_statistics_workbook`; it writes a file and changes no data.
"""

from __future__ import annotations

from pathlib import Path

from lacworkshop.services.operations import NO_PROGRESS, NOTHING, OpResult, Progress
from lacworkshop.services.reports.people_export import ExportResult
from lacworkshop.services.reports.statistics_report import export_statistics
from lacworkshop.storage import Database


def export_statistics_workbook(
    db: Database,
    path: Path | str,
    *,
    workshop_id: int | None = None,
    series: str | None = None,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[ExportResult]:
    """Write the statistics of *workshop_id* or of *series* (one of them) to *path* (.xlsx)."""
    result = export_statistics(
        db, path, workshop_id=workshop_id, series=series, language=language, progress=progress
    )
    return OpResult(result, NOTHING)
