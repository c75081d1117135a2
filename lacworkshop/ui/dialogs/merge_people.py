"""Merge two records of one person: choose the one to keep, see what moves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model.display_names import display_name
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import OpResult
from lacworkshop.services.people import MergeResult, get_person, merge_two_people, person_workshops
from lacworkshop.storage import Database
from lacworkshop.ui.widgets.country_combo import country_name


class MergePeopleDialog(QDialog):
    def __init__(
        self, db: Database, first: int, second: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ids = (first, second)
        self.result_: MergeResult | None = None
        self.outcome: OpResult[MergeResult] | None = None  # what the merge changed
        self.setWindowTitle(self.tr("Merge people"))
        grid = QGridLayout()
        self.keep: list[QRadioButton] = []
        labels = [
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Organisation"),
            self.tr("Country"),
            self.tr("Workshops"),
        ]
        for r, text in enumerate(labels, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>"), r, 0)
        for c, pid in enumerate(self.ids, start=1):
            p = get_person(db, pid)
            radio = QRadioButton(self.tr("Keep this record (#{id})").format(id=pid))
            self.keep.append(radio)
            grid.addWidget(radio, 0, c)
            name = display_name(p.preferred_name, p.given_names, p.family_names)
            workshops = ", ".join(f"{w.code} ({w.role})" for w in person_workshops(db, pid))
            for r, value in enumerate(
                [name, p.email or "", p.organisation or "", country_name(p.country), workshops],
                start=1,
            ):
                label = QLabel(value)
                label.setWordWrap(True)
                grid.addWidget(label, r, c)
        self.keep[0].setChecked(True)
        note = QLabel(
            self.tr(
                "Every workshop, attendance mark, certificate and session of the other record "
                "moves to the one kept; empty fields are filled from it; then the other record "
                "is removed. A backup of the database is taken first."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def kept_id(self) -> int:
        return self.ids[0] if self.keep[0].isChecked() else self.ids[1]

    def accept(self) -> None:
        keep = self.kept_id()
        other = self.ids[1] if keep == self.ids[0] else self.ids[0]
        try:
            # Quick (one transaction): run here, so the dialog closes on a finished merge.
            self.outcome = merge_two_people(self.db, keep, other)
            self.result_ = self.outcome.value
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Merge people"), str(exc))
            return
        super().accept()
