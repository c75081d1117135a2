"""Tracks and sessions of one workshop: generate, add, edit, delete; and the week table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change
from lacworkshop.services.workshops import (
    DEFAULT_TRACK,
    SlotRow,
    TrackRow,
    add_track_claiming_default,
    get_workshop,
    list_slots,
    list_tracks,
    rename_track,
    restore_trainers,
    update_slot,
    week_table,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.undo_commands import AddCommand, ChangeCommand
from lacworkshop.ui.widgets.save_path import ask_save_path, suggested_path
from lacworkshop.ui.widgets.week_table import WeekTableView


class SchedulePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: int | None = None
        self.tracks: list[TrackRow] = []
        self.slots: list[SlotRow] = []

        self.track_list = QListWidget()
        self.track_list.setObjectName("track_list")
        self.btn_add_track = QPushButton(self.tr("Add track…"))
        self.btn_rename_track = QPushButton(self.tr("Rename…"))
        self.btn_delete_track = QPushButton(self.tr("Delete track"))
        self.track_list.setMaximumHeight(78)
        track_buttons = QVBoxLayout()
        for b in (self.btn_add_track, self.btn_rename_track, self.btn_delete_track):
            track_buttons.addWidget(b)
        track_buttons.addStretch(1)
        track_box = QWidget()
        tl = QHBoxLayout(track_box)
        tl.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Tracks</b>"))
        title.setAlignment(Qt.AlignmentFlag.AlignTop)
        tl.addWidget(title)
        tl.addWidget(self.track_list, 1)
        tl.addLayout(track_buttons)

        self.slot_table = QTableWidget(0, 6)
        self.slot_table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.slot_table.setObjectName("slot_table")
        self.slot_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Hours"),
                self.tr("Track"),
                self.tr("Topic"),
                self.tr("Trainers"),
            ]
        )
        self.slot_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.slot_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several sessions at once for "Assign trainers…"; edit and delete act on the current one.
        self.slot_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.slot_table.verticalHeader().hide()
        self.slot_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.slot_table.setAlternatingRowColors(True)
        self.slot_table.setWordWrap(False)
        self.btn_generate = QPushButton(self.tr("&Generate sessions…"))
        self.btn_add_slot = QPushButton(self.tr("Add session…"))
        self.btn_edit_slot = QPushButton(self.tr("Edit session…"))
        self.btn_delete_slot = QPushButton(self.tr("Delete session"))
        self.btn_assign = QPushButton(self.tr("Assign &trainers…"))
        self.btn_assign.setObjectName("assign_trainers_button")
        self.btn_assign.setToolTip(self.tr("Give the selected sessions their trainers at once"))
        self.btn_calendar = QPushButton(self.tr("Export &calendar…"))
        self.btn_calendar.setObjectName("export_calendar_button")
        self.btn_calendar.setToolTip(
            self.tr("Save the schedule as an iCalendar file (.ics) for trainers' calendars")
        )
        slot_buttons = QHBoxLayout()
        for b in (
            self.btn_generate,
            self.btn_add_slot,
            self.btn_edit_slot,
            self.btn_delete_slot,
            self.btn_assign,
            self.btn_calendar,
        ):
            slot_buttons.addWidget(b)
        slot_buttons.addStretch(1)
        slots_box = QWidget()
        sl = QVBoxLayout(slots_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addLayout(slot_buttons)
        sl.addWidget(self.slot_table)

        self.week = WeekTableView()
        self.views = QTabWidget()
        self.views.addTab(slots_box, self.tr("Sessions"))
        self.views.addTab(self.week, self.tr("Week"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(track_box)
        layout.addWidget(self.views, 1)

        self.btn_add_track.clicked.connect(self.add_track)
        self.btn_rename_track.clicked.connect(self.rename_track)
        self.btn_delete_track.clicked.connect(self.delete_track)
        self.btn_generate.clicked.connect(self.generate)
        self.btn_add_slot.clicked.connect(self.add_slot)
        self.btn_edit_slot.clicked.connect(self.edit_slot)
        self.btn_delete_slot.clicked.connect(self.delete_slot)
        self.btn_assign.clicked.connect(self.assign_trainers)
        self.btn_calendar.clicked.connect(self.export_calendar)
        self.slot_table.activated.connect(lambda _i: self.edit_slot())
        self.slot_table.doubleClicked.connect(lambda _i: self.edit_slot())
        delete = QAction(self.tr("Delete session"), self.slot_table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_slot)
        self.slot_table.addAction(delete)
        self.set_workshop(None)

    # ----- data -------------------------------------------------------------
    def set_workshop(self, workshop_id: int | None) -> None:
        self.workshop_id = workshop_id
        self.refresh()

    def refresh(self) -> None:
        enabled = self.workshop_id is not None
        for w in (
            self.btn_add_track,
            self.btn_rename_track,
            self.btn_delete_track,
            self.btn_generate,
            self.btn_add_slot,
            self.btn_edit_slot,
            self.btn_delete_slot,
            self.btn_assign,
            self.btn_calendar,
        ):
            w.setEnabled(enabled)
        if self.workshop_id is None:
            self.tracks, self.slots = [], []
            self.track_list.clear()
            self.slot_table.setRowCount(0)
            return
        try:
            self.tracks = list_tracks(self.ctx.db, self.workshop_id)
            self.slots = list_slots(self.ctx.db, self.workshop_id)
            week = week_table(self.ctx.db, self.workshop_id)
        except ServiceError:
            self.workshop_id = None
            self.refresh()
            return
        self.track_list.clear()
        for t in self.tracks:
            item = QListWidgetItem(
                self.tr("{name} ({slots} sessions, {people} people)").format(
                    name=t.name, slots=t.slots, people=t.participants
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.track_list.addItem(item)
        self.slot_table.setRowCount(len(self.slots))
        for r, s in enumerate(self.slots):
            values = [
                s.date.isoformat(),
                f"{s.start_time:%H:%M}–{s.end_time:%H:%M}",
                f"{s.hours:g}",
                s.track_name or self.tr("All tracks"),
                s.topic,
                ", ".join(s.trainer_names),
            ]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, s.id)
                if c == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.slot_table.setItem(r, c, cell)
        header = self.slot_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.week.set_week(week)

    def _workshop_dates(self) -> tuple[date, date]:
        assert self.workshop_id is not None
        w = get_workshop(self.ctx.db, self.workshop_id)
        return w.start_date, w.end_date

    def _warn(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Schedule"), str(exc))

    def current_track_id(self) -> int | None:
        item = self.track_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_slot_id(self) -> int | None:
        row = self.slot_table.currentRow()
        if row < 0 or row >= len(self.slots):
            return None
        return self.slots[row].id

    # ----- tracks -----------------------------------------------------------
    def add_track(self) -> None:
        if self.workshop_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add track"), self.tr("Track name:"))
        if not ok or not name.strip():
            return
        name = name.strip()
        try:
            # The first track added takes over a new workshop's unused "General" (the
            # service decides, as for the command line).
            tid, renamed = add_track_claiming_default(self.ctx.db, self.workshop_id, name)
        except ServiceError as exc:
            self._warn(exc)
            return
        text = self.tr("Add track {name}").format(name=name)
        if renamed:
            old = DEFAULT_TRACK
            self.ctx.undo_stack.push(
                ChangeCommand(
                    self.ctx,
                    text,
                    (Change.WORKSHOPS, Change.SLOTS),
                    redo=lambda: rename_track(self.ctx.db, tid, name),
                    undo=lambda: rename_track(self.ctx.db, tid, old),
                )
            )
        else:
            self.ctx.undo_stack.push(
                AddCommand(self.ctx, "track", [tid], text, (Change.WORKSHOPS, Change.SLOTS))
            )
        self.ctx.notify(Change.WORKSHOPS, Change.SLOTS)

    def rename_track(self) -> None:
        tid = self.current_track_id()
        if tid is None:
            return
        old = next(t.name for t in self.tracks if t.id == tid)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename track"), self.tr("Track name:"), text=old
        )
        if not ok or name.strip() == old:
            return
        try:
            rename_track(self.ctx.db, tid, name)
        except ServiceError as exc:
            self._warn(exc)
            return
        self.ctx.undo_stack.push(
            ChangeCommand(
                self.ctx,
                self.tr("Rename track"),
                (Change.WORKSHOPS, Change.SLOTS, Change.PARTICIPATIONS),
                redo=lambda: rename_track(self.ctx.db, tid, name),
                undo=lambda: rename_track(self.ctx.db, tid, old),
            )
        )
        self.ctx.notify(Change.WORKSHOPS, Change.SLOTS, Change.PARTICIPATIONS)

    def delete_track(self) -> None:
        from lacworkshop.ui.dialogs.confirm_delete import confirm_and_delete

        tid = self.current_track_id()
        if tid is None:
            return
        try:
            confirm_and_delete(
                self.ctx,
                self,
                "track",
                tid,
                self.tr("track"),
                lambda label: self.tr("Delete track {name}").format(name=label),
            )
        except ServiceError as exc:
            self._warn(exc)

    # ----- sessions ---------------------------------------------------------
    def generate(self) -> None:
        from lacworkshop.ui.dialogs.schedule_generator import ScheduleGeneratorDialog

        if self.workshop_id is None:
            return
        first, last = self._workshop_dates()
        dialog = ScheduleGeneratorDialog(self.ctx, self.workshop_id, first, last, self.tracks, self)
        # The generation announced its changes; what is left is the undo entry.
        if dialog.exec() and dialog.created:
            created = list(dialog.created)
            self.ctx.undo_stack.push(
                AddCommand(
                    self.ctx,
                    "slot",
                    created,
                    self.tr("Generate {n} sessions").format(n=len(created)),
                    (Change.SLOTS, Change.ATTENDANCE),
                )
            )
            self.ctx.status_message.emit(self.tr("{n} sessions added.").format(n=len(created)))

    def add_slot(self) -> None:
        self._open_slot(None)

    def edit_slot(self) -> None:
        sid = self.current_slot_id()
        if sid is not None:
            self._open_slot(sid)

    def _open_slot(self, slot_id: int | None) -> None:
        from lacworkshop.ui.dialogs.slot_editor import SlotEditorDialog

        if self.workshop_id is None:
            return
        first, last = self._workshop_dates()
        dialog = SlotEditorDialog(
            self.ctx, self.workshop_id, slot_id, first, last, self.tracks, self
        )
        if not dialog.exec():
            return
        after, before, sid = dialog.data(), dialog.before, dialog.slot_id
        assert sid is not None
        if before is None:
            self.ctx.undo_stack.push(
                AddCommand(self.ctx, "slot", [sid], self.tr("Add session"), (Change.SLOTS,))
            )
        else:
            self.ctx.undo_stack.push(
                ChangeCommand(
                    self.ctx,
                    self.tr("Edit session"),
                    (Change.SLOTS,),
                    redo=lambda: update_slot(self.ctx.db, sid, after),
                    undo=lambda: update_slot(self.ctx.db, sid, before),
                )
            )

    def delete_slot(self) -> None:
        from lacworkshop.ui.dialogs.confirm_delete import confirm_and_delete

        sid = self.current_slot_id()
        if sid is None:
            return
        try:
            confirm_and_delete(
                self.ctx,
                self,
                "slot",
                sid,
                self.tr("session"),
                lambda label: self.tr("Delete session {label}").format(label=label),
            )
        except ServiceError as exc:
            self._warn(exc)

    def selected_slot_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.slot_table.selectionModel().selectedRows()})
        ids = [self.slots[r].id for r in rows if r < len(self.slots)]
        if not ids and (current := self.current_slot_id()) is not None:
            ids = [current]
        return ids

    def assign_trainers(self) -> None:
        from lacworkshop.ui.dialogs.assign_trainers import AssignTrainersDialog

        ids = self.selected_slot_ids()
        if self.workshop_id is None or not ids:
            return
        dialog = AssignTrainersDialog(
            self.ctx.db, self.workshop_id, ids, len(self.tracks) > 1, self
        )
        if not dialog.exec() or dialog.before is None:
            return
        before = dialog.before
        after = {s.id: s.trainer_ids for s in list_slots(self.ctx.db, self.workshop_id)}
        after = {sid: after[sid] for sid in before if sid in after}
        self.ctx.undo_stack.push(
            ChangeCommand(
                self.ctx,
                self.tr("Assign trainers to %n session(s)", "", len(ids)),
                (Change.SLOTS,),
                redo=lambda: restore_trainers(self.ctx.db, after),
                undo=lambda: restore_trainers(self.ctx.db, before),
            )
        )
        self.ctx.notify(Change.SLOTS)

    def export_calendar(self) -> None:
        # The export pulls in icalendar and openpyxl: loaded when asked for, not at start.
        from lacworkshop.services.workshops import export_schedule_ics

        if self.workshop_id is None:
            return
        code = get_workshop(self.ctx.db, self.workshop_id).code
        path = ask_save_path(
            self,
            self.tr("Export calendar"),
            suggested_path(f"{code}-schedule.ics"),
            self.tr("iCalendar file (*.ics)"),
            ".ics",
        )
        if path is None:
            return
        try:
            result = export_schedule_ics(self.ctx.db, self.workshop_id, path)
        except (ServiceError, OSError) as exc:
            self._warn(exc)
            return
        if result.timezone is None:
            self.ctx.status_message.emit(
                self.tr(
                    "{n} sessions saved in {path} with local times: add the workshop's city "
                    "to fix the time zone."
                ).format(n=result.events, path=path)
            )
        else:
            self.ctx.status_message.emit(
                self.tr("{n} sessions saved in {path} ({zone}).").format(
                    n=result.events, path=path, zone=result.timezone
                )
            )
