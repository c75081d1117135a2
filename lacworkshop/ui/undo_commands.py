"""Undoable changes on the window's shared undo stack (Edit > Undo / Redo).

Each command has already been carried out when it is pushed (so a refused
change never reaches the stack); ``redo`` skips its first call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lacworkshop.services.data_safety import Snapshot, delete_entity, delete_row, restore_deleted
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change
from lacworkshop.ui.app_context import AppContext


class _Done(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, names: tuple[Change, ...]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.names = names
        self._first = True

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except ServiceError as exc:
            # The data moved on since (e.g. a trainer of the slot was deleted too).
            self.ctx.status_message.emit(str(exc))
            self.setObsolete(True)
        self.ctx.notify(*self.names)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class DeleteCommand(_Done):
    """A deletion whose snapshot lets Undo put every row back."""

    def __init__(
        self, ctx: AppContext, snapshot: Snapshot, text: str, names: tuple[Change, ...]
    ) -> None:
        super().__init__(ctx, text, names)
        self.snapshot = snapshot

    def _redo(self) -> None:
        self.snapshot = delete_entity(self.ctx.db, self.snapshot.entity, self.snapshot.entity_id)

    def _undo(self) -> None:
        restore_deleted(self.ctx.db, self.snapshot)


class ChangeCommand(_Done):
    """Any change given as two functions: do it again, and take it back."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        names: tuple[Change, ...],
        redo: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        super().__init__(ctx, text, names)
        self._redo_fn = redo
        self._undo_fn = undo

    def _redo(self) -> None:
        self._redo_fn()

    def _undo(self) -> None:
        self._undo_fn()


def delete_with_undo(
    ctx: AppContext, entity: str, entity_id: int, text: str, names: tuple[Change, ...] = ()
) -> Snapshot:
    """Delete now, push the undo step; raises ServiceError when the deletion is refused.

    The pages hear what the deletion changed (and *names*, when a caller knows more).
    """
    result = delete_row(ctx.db, entity, entity_id)
    announced = result.with_changes(names)
    ctx.undo_stack.push(DeleteCommand(ctx, result.value, text, tuple(sorted(announced.changes))))
    ctx.apply(announced)
    return result.value


class AddCommand(_Done):
    """Rows just created: Undo deletes them (keeping a snapshot), Redo puts them back."""

    def __init__(
        self,
        ctx: AppContext,
        entity: str,
        ids: list[int],
        text: str,
        names: tuple[Change, ...],
    ) -> None:
        super().__init__(ctx, text, names)
        self.entity = entity
        self.ids = list(ids)
        self.snapshots: list[Snapshot] = []

    def _undo(self) -> None:
        self.snapshots = [delete_entity(self.ctx.db, self.entity, i) for i in self.ids]

    def _redo(self) -> None:
        for snap in reversed(self.snapshots):
            restore_deleted(self.ctx.db, snap)
        self.snapshots = []
