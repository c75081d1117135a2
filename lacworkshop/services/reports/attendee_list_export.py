"""Exporting a workshop's attendee list (xlsx or CSV) as one operation.

The window's Export attendee list… and the command line's ``export people``
both call :func:`export_attendee_list`; it writes a file and changes no data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lacworkshop.services.operations import NO_PROGRESS, NOTHING, OpResult, Progress
from lacworkshop.services.reports.people_export import (
    DEFAULT_COLUMNS,
    ExportResult,
    PeopleFilter,
    export_people,
)
from lacworkshop.storage import Database


def export_attendee_list(
    db: Database,
    workshop_id: int,
    path: Path | str,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    filters: PeopleFilter | None = None,
    language: str | None = None,
    *,
    delimiter: str = ",",
    progress: Progress = NO_PROGRESS,
) -> OpResult[ExportResult]:
    """Write the attendee list to *path* (``.xlsx`` or ``.csv`` by its suffix)."""
    result = export_people(
        db, workshop_id, path, columns, filters, language, progress, delimiter=delimiter
    )
    return OpResult(result, NOTHING)
