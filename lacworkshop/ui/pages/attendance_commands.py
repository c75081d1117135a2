"""Undoable attendance actions: one QUndoCommand per user action, saved at once.

Each command is built after the service has saved the change (so a refused
change never reaches the undo stack); the first ``redo`` Qt calls on push only
shows it. Undo and later redos go through the service again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from lacworkshop.services.attendance import (
    CellKey,
    CellState,
    OverrideState,
    restore_override,
    set_cells,
)
from lacworkshop.storage import Database


class SetCellsCommand(QUndoCommand):
    def __init__(
        self,
        db: Database,
        workshop_id: int,
        before: Mapping[CellKey, CellState],
        after: Mapping[CellKey, CellState],
        show: Callable[[int, Mapping[CellKey, CellState]], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.db, self.workshop_id = db, workshop_id
        self.before, self.after = dict(before), dict(after)
        self.show = show
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
        else:
            set_cells(self.db, self.workshop_id, self.after, "redo")
        self.show(self.workshop_id, self.after)

    def undo(self) -> None:
        set_cells(self.db, self.workshop_id, self.before, "undo")
        self.show(self.workshop_id, self.before)


class OverrideCommand(QUndoCommand):
    def __init__(
        self,
        db: Database,
        participation_id: int,
        before: OverrideState,
        after: OverrideState,
        show: Callable[[int, OverrideState], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.db, self.participation_id = db, participation_id
        self.before, self.after = before, after
        self.show = show
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
        else:
            restore_override(self.db, self.participation_id, self.after)
        self.show(self.participation_id, self.after)

    def undo(self) -> None:
        restore_override(self.db, self.participation_id, self.before)
        self.show(self.participation_id, self.before)
