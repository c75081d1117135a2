"""Assign trainers to many sessions at once (the schedule panel's selection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import Role
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.people import list_participants
from lacworkshop.services.workshops import ScheduleProblemsError, assign_trainers, trainers_of
from lacworkshop.storage import Database
from lacworkshop.ui.dialogs.schedule_warning import accept_schedule_problems


class AssignTrainersDialog(QDialog):
    """Checks trainers for *slot_ids*; on OK they are added (or put instead) in one step."""

    def __init__(
        self,
        db: Database,
        workshop_id: int,
        slot_ids: list[int],
        several_tracks: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assign_trainers")
        self.db, self.workshop_id, self.slot_ids = db, workshop_id, slot_ids
        self.before: dict[int, tuple[int, ...]] | None = None
        self.setWindowTitle(self.tr("Assign trainers"))
        intro = QLabel(self.tr("Trainers for the %n selected session(s):", "", len(slot_ids)), self)
        self.trainers = QListWidget(self)
        self.trainers.setObjectName("assign_trainers_list")
        track_of = {
            p.person_id: p.track_name
            for p in list_participants(db, workshop_id)
            if p.role is Role.TRAINER and p.track_name
        }
        for pid, name in trainers_of(db, workshop_id):
            shown = f"{name} ({track_of[pid]})" if several_tracks and pid in track_of else name
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.trainers.addItem(item)
        # Wide enough for the longest "name (track)" without a sideways scroll bar.
        self.trainers.setMinimumWidth(min(self.trainers.sizeHintForColumn(0) + 48, 640))
        if self.trainers.count() == 0:
            intro.setText(
                self.tr("Add people with the trainer role to the workshop to assign them here.")
            )
        self.replace = QCheckBox(self.tr("&Replace the sessions' trainers"), self)
        self.replace.setToolTip(
            self.tr("Unchecked, the chosen trainers are added to those already assigned.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.trainers, 1)
        layout.addWidget(self.replace)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [
            self.trainers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.trainers.count())
            if self.trainers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _assign(self, allow: bool) -> dict[int, tuple[int, ...]]:
        return assign_trainers(
            self.db,
            self.workshop_id,
            self.slot_ids,
            self.chosen(),
            replace_existing=self.replace.isChecked(),
            allow_problems=allow,
        )

    def accept(self) -> None:
        try:
            try:
                self.before = self._assign(allow=False)
            except ScheduleProblemsError as exc:
                if not accept_schedule_problems(exc.problems, self):
                    return
                self.before = self._assign(allow=True)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Assign trainers"), str(exc))
            return
        super().accept()
