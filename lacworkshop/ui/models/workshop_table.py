"""A read-only table model over workshop rows from the workshops service."""

from __future__ import annotations

from lacworkshop.services.workshops import WorkshopRow
from lacworkshop.ui.models.row_table import Column, RowTableModel


def _dates(w: WorkshopRow) -> str:
    return f"{w.start_date.isoformat()} – {w.end_date.isoformat()}"


def _place(w: WorkshopRow) -> str:
    return ", ".join(x for x in (w.city, w.country) if x)


class WorkshopTableModel(RowTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda w: w.code),
            Column(self.tr("Title"), lambda w: w.title),
            Column(self.tr("Dates"), _dates),
            Column(self.tr("City"), _place),
            Column(self.tr("Status"), lambda w: w.status.value),
            Column(self.tr("Tracks"), lambda w: w.tracks, numeric=True),
            Column(self.tr("Participants"), lambda w: w.participants, numeric=True),
        ]

    def row_at(self, row: int) -> WorkshopRow:
        return self._rows[row]
