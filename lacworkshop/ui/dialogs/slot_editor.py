"""Edit one session: date, times, topic, room, track (or all tracks) and trainers."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import Role
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.people import list_participants
from lacworkshop.services.workshops import (
    SavedSession,
    SlotData,
    TrackRow,
    get_slot,
    save_session,
    trainers_of,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.schedule_warning import accept_schedule_problems
from lacworkshop.ui.error_reporting import error_text
from lacworkshop.ui.models.name_labels import told_apart
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.field_errors import FieldErrors
from lacworkshop.ui.widgets.workshop_form import from_qdate, to_qdate


class SlotEditorDialog(QDialog):
    """Creates a session when *slot_id* is None, otherwise edits it."""

    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int,
        slot_id: int | None,
        first: date,
        last: date,
        tracks: list[TrackRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.slot_id = ctx, workshop_id, slot_id
        db = ctx.db
        self.before: SlotData | None = None
        self.setWindowTitle(self.tr("Edit session") if slot_id else self.tr("New session"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(to_qdate(first), to_qdate(last))
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.topic = QLineEdit()
        self.room = QLineEdit()
        self.track = QComboBox()
        self.track.addItem(self.tr("All tracks (plenary)"), None)
        for t in tracks:
            self.track.addItem(t.name, t.id)
        self.trainers = QListWidget()
        self.trainers.setMinimumHeight(120)
        # With parallel tracks the organiser assigns a track's own trainers: say whose is whose.
        trainers = [p for p in list_participants(db, workshop_id) if p.role is Role.TRAINER]
        track_of = {p.person_id: p.track_name for p in trainers if p.track_name}
        detail_of = {p.person_id: p.email or p.organisation for p in trainers}
        named = trainers_of(db, workshop_id)
        # Two trainers of the same name: their email (or organisation) tells them apart.
        names = told_apart((pid, name, detail_of.get(pid)) for pid, name in named)
        several_tracks = len(tracks) > 1
        for pid, _name in named:
            name = names[pid]
            shown = f"{name} ({track_of[pid]})" if several_tracks and pid in track_of else name
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.trainers.addItem(item)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("date", self.tr("&Date:"), self.date)
        self.errors.add("start_time", self.tr("&Starts:"), self.start)
        self.errors.add("end_time", self.tr("&Ends:"), self.end)
        self.errors.add("topic", self.tr("&Topic:"), self.topic)
        self.errors.add("room", self.tr("&Room:"), self.room)
        self.errors.add("track_id", self.tr("T&rack:"), self.track)
        self.errors.add("trainer_ids", self.tr("Trainers:"), self.trainers)
        if self.trainers.count() == 0:
            self.trainers.setToolTip(
                self.tr("Add people with the trainer role to the workshop to assign them here.")
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if slot_id is not None:
            self.before = get_slot(db, slot_id)
            self.set_data(self.before)
        else:
            self.set_data(SlotData(first, time(9, 0), time(10, 30)))

    def set_data(self, data: SlotData) -> None:
        self.date.setDate(to_qdate(data.date))
        self.start.setTime(QTime(data.start_time.hour, data.start_time.minute))
        self.end.setTime(QTime(data.end_time.hour, data.end_time.minute))
        self.topic.setText(data.topic)
        self.room.setText(data.room or "")
        self.track.setCurrentIndex(max(0, self.track.findData(data.track_id)))
        for i in range(self.trainers.count()):
            item = self.trainers.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in data.trainer_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def data(self) -> SlotData:
        s, e = self.start.time(), self.end.time()
        trainers = tuple(
            self.trainers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.trainers.count())
            if self.trainers.item(i).checkState() == Qt.CheckState.Checked
        )
        return SlotData(
            from_qdate(self.date.date()),
            time(s.hour(), s.minute()),
            time(e.hour(), e.minute()),
            self.topic.text(),
            self.track.currentData(),
            self.room.text(),
            trainers,
        )

    def accept(self) -> None:
        self._save(self.data(), allow_problems=False)

    def _save(self, data: SlotData, *, allow_problems: bool) -> None:
        db, wid, sid = self.ctx.db, self.workshop_id, self.slot_id

        def done(saved: SavedSession) -> None:
            if saved.refused:
                if accept_schedule_problems(saved.problems, self):
                    self._save(data, allow_problems=True)
                return
            self.slot_id = saved.slot_id
            super(SlotEditorDialog, self).accept()

        run_operation(
            self.ctx,
            self,
            lambda p: save_session(db, wid, data, sid, allow_problems=allow_problems, progress=p),
            title=self.windowTitle(),
            on_done=done,
            on_failure=self._show_error,
        )

    def _show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        if not self.errors.show(getattr(exc, "field", None), str(exc)):
            self.errors.show("date", str(exc))
