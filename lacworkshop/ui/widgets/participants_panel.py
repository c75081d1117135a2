"""The people of one workshop: add in a role, change many at once, remove with undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import ParticipationStatus, Role
from lacworkshop.services.data_safety import delete_rows, deletion_impact
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change
from lacworkshop.services.people import (
    KEEP_AS_IS,
    list_participants,
    restore_participations,
    update_participations,
)
from lacworkshop.services.workshops import TrackRow, list_tracks
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.models.labels import role_label, status_label
from lacworkshop.ui.models.participant_table import ParticipantTableModel
from lacworkshop.ui.undo_commands import AddCommand, ChangeCommand, DeleteCommand

_KEEP = KEEP_AS_IS


class ParticipantsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: int | None = None
        self.tracks: list[TrackRow] = []
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("Every role"), None)
        for r in Role:
            self.role_filter.addItem(role_label(r), r)
        self.count = QLabel()
        self.model = ParticipantTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setObjectName("participants")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.btn_add = QPushButton(self.tr("&Add people…"))
        self.btn_status = QToolButton()
        self.btn_status.setText(self.tr("Set status"))
        self.btn_status.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        status_menu = QMenu(self.btn_status)
        for s in ParticipationStatus:
            status_menu.addAction(status_label(s), self._status_setter(s))
        self.btn_status.setMenu(status_menu)
        self.btn_track = QToolButton()
        self.btn_track.setText(self.tr("Set track"))
        self.btn_track.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.track_menu = QMenu(self.btn_track)
        self.btn_track.setMenu(self.track_menu)
        self.btn_remove = QPushButton(self.tr("Remove from workshop"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.role_filter)
        top.addWidget(self.count, 1)
        for b in (self.btn_add, self.btn_status, self.btn_track, self.btn_remove):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.role_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.btn_add.clicked.connect(self.add_people)
        self.btn_remove.clicked.connect(self.remove_selected)
        delete = QAction(self.tr("Remove from workshop"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.table.addAction(delete)
        self.table.activated.connect(self.edit_person)
        self.set_workshop(None)

    def set_workshop(self, workshop_id: int | None) -> None:
        self.workshop_id = workshop_id
        self.refresh()

    def refresh(self) -> None:
        has = self.workshop_id is not None
        for w in (self.btn_add, self.btn_status, self.btn_track, self.btn_remove):
            w.setEnabled(has)
        if self.workshop_id is None:
            self.model.set_rows([])
            self.count.setText("")
            return
        try:
            rows = list_participants(self.ctx.db, self.workshop_id, self.role_filter.currentData())
            self.tracks = list_tracks(self.ctx.db, self.workshop_id)
        except ServiceError:
            rows, self.tracks = [], []
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("{n} people").format(n=len(rows)))
        self.track_menu.clear()
        self.track_menu.addAction(self.tr("(no track)"), lambda: self.set_track(None))
        for t in self.tracks:
            self.track_menu.addAction(t.name, self._track_setter(t.id))

    def edit_person(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a participant opens their record."""
        from lacworkshop.ui.dialogs.person_editor import PersonEditorDialog

        if not index.isValid():
            return
        person_id = self.model.row_at(index.row()).person_id
        dialog = PersonEditorDialog(self.ctx.db, person_id, self)
        if dialog.exec():
            self.ctx.notify(Change.PEOPLE)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def add_people(self, role: Role | None = None) -> None:
        from lacworkshop.ui.dialogs.add_participants import AddParticipantsDialog

        if self.workshop_id is None:
            return
        dialog = AddParticipantsDialog(
            self.ctx.db,
            self.workshop_id,
            self.tracks,
            role if isinstance(role, Role) else (self.role_filter.currentData() or Role.ATTENDEE),
            self,
        )
        if not dialog.exec() or dialog.result_ is None:
            return
        added = dialog.result_.added
        if added:
            self.ctx.undo_stack.push(
                AddCommand(
                    self.ctx,
                    "participation",
                    added,
                    self.tr("Add {n} people").format(n=len(added)),
                    (Change.PARTICIPATIONS,),
                )
            )
            self.ctx.notify(Change.PARTICIPATIONS)
        message = self.tr("{n} added.").format(n=len(added))
        if dialog.result_.already:
            message += " " + self.tr("{n} already had that role.").format(n=dialog.result_.already)
        self.ctx.status_message.emit(message)

    def _bulk(self, text: str, **change: object) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            before = update_participations(self.ctx.db, ids, **change)  # type: ignore[arg-type]
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Participants"), str(exc))
            return
        self.ctx.undo_stack.push(
            ChangeCommand(
                self.ctx,
                text,
                (Change.PARTICIPATIONS,),
                redo=lambda: update_participations(self.ctx.db, ids, **change),  # type: ignore[arg-type]
                undo=lambda: restore_participations(self.ctx.db, before),
            )
        )
        self.ctx.notify(Change.PARTICIPATIONS)

    def _status_setter(self, status: ParticipationStatus) -> Callable[[], None]:
        return lambda: self.set_status(status)

    def _track_setter(self, track_id: int | None) -> Callable[[], None]:
        return lambda: self.set_track(track_id)

    def set_status(self, status: ParticipationStatus) -> None:
        self._bulk(self.tr("Set status to {s}").format(s=status_label(status)), status=status)

    def set_track(self, track_id: int | None) -> None:
        self._bulk(self.tr("Change track"), track_id=track_id)

    def remove_selected(self) -> None:
        from lacworkshop.ui.dialogs.confirm_delete import describe

        ids = self.selected_ids()
        if not ids:
            return
        impacts = [deletion_impact(self.ctx.db, "participation", i) for i in ids]
        marks = sum(i.marks for i in impacts)
        certs = sum(i.certificates for i in impacts)
        from lacworkshop.services.data_safety import Impact

        total = Impact("participation", 0, "", marks=marks, certificates=certs)
        names = ", ".join(i.label for i in impacts[:5]) + ("…" if len(impacts) > 5 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Remove from workshop"),
            self.tr("Remove {n} from this workshop: {names}?").format(n=len(ids), names=names)
            + "\n\n"
            + describe(total)
            + "\n\n"
            + self.tr("You can take this back with Edit > Undo."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = delete_rows(self.ctx.db, "participation", ids)
        kinds = tuple(sorted(removed.changes))
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Remove {n} from the workshop").format(n=len(ids)))
        try:
            for snap in removed.value:
                stack.push(DeleteCommand(self.ctx, snap, snap.label, kinds))
        finally:
            stack.endMacro()
        self.ctx.apply(removed)
