"""The people of one workshop: name, contact, role, track and status."""

from __future__ import annotations

from lacworkshop.model.display_names import given_with_preferred
from lacworkshop.services.people import ParticipantRow
from lacworkshop.ui.models.labels import role_label, status_label
from lacworkshop.ui.models.row_table import Column, RowTableModel


class ParticipantTableModel(RowTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Family names"), lambda p: p.family_names),
            Column(
                self.tr("Given names"),
                lambda p: given_with_preferred(p.given_names, p.preferred_name),
            ),
            Column(self.tr("Email"), lambda p: p.email or ""),
            Column(self.tr("Organisation"), lambda p: p.organisation or ""),
            Column(self.tr("Role"), lambda p: role_label(p.role)),
            Column(self.tr("Track"), lambda p: p.track_name or ""),
            Column(self.tr("Status"), lambda p: status_label(p.status)),
        ]

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)
