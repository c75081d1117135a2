"""What every page shares: the open database, the task runner, undo, and news."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from lacworkshop.services.operations import Change, OpResult
from lacworkshop.storage import Database
from lacworkshop.ui.tasks import TaskRunner


class AppContext(QObject):
    """Handed to every page and dialog. Pages never poke each other: they emit here.

    ``changed`` carries a frozenset of :class:`Change` (members are strings:
    "workshops", "people", "participations", ...); pages refresh what they show
    when a kind concerns them.
    """

    changed = Signal(object)  # frozenset[Change]
    workshop_selected = Signal(int)  # the workshop the person is working on
    import_requested = Signal(str, int)  # file path ("" to choose), workshop id (0: ask)
    status_message = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.undo_stack = QUndoStack(self)
        self.current_workshop_id: int | None = None
        self.workshop_selected.connect(self._remember_workshop)

    def _remember_workshop(self, workshop_id: int) -> None:
        self.current_workshop_id = workshop_id

    def notify(self, *what: Change) -> None:
        """Tell every page that these kinds of data changed."""
        if what:
            self.changed.emit(frozenset(Change(kind) for kind in what))

    def apply(self, result: OpResult[object]) -> None:
        """Announce what an operation changed."""
        self.notify(*result.changes)
