"""What the import wizard's pages share: the file, its table, mapping and preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lacworkshop.formats.reading import RawTable
from lacworkshop.model import Role
from lacworkshop.services.import_plan import ColumnPlan
from lacworkshop.services.importing import ImportSummary, Layout, Mapping, Preview


@dataclass
class WizardState:
    path: Path | None = None
    workshop_id: int | None = None
    track_name: str | None = None
    role: Role = Role.ATTENDEE
    sheet: str | None = None
    encoding: str | None = None  # None: as detected
    delimiter: str | None = None  # None: as detected
    table: RawTable | None = None
    header_index: int | None = None
    layout: Layout | None = None
    mapping: Mapping | None = None
    remembered: bool = False
    plan: ColumnPlan | None = None  # the system recognised and the notes on the columns
    checked_in_attendance: bool = False  # checked in on the platform: present at session 1
    preview: Preview | None = None
    summary: ImportSummary | None = None

    def reset_from_table(self) -> None:
        """A new table (file, sheet, encoding) invalidates what was derived from the old one."""
        self.header_index = None
        self.layout = None
        self.mapping = None
        self.plan = None
        self.preview = None
