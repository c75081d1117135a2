"""Before saving: someone else has the same email, or the same name and country."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.people import Duplicate
from lacworkshop.ui.widgets.country_combo import country_name

SAVE, OPEN, MERGE = "save", "open", "merge"


class DuplicateWarningDialog(QDialog):
    """``choice`` is SAVE (save anyway), OPEN or MERGE with ``person_id``; None if cancelled."""

    def __init__(self, matches: list[Duplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.choice: str | None = None
        self.person_id: int | None = None
        intro = QLabel(self.tr("This may be someone already in the database:"))
        self.list = QListWidget()
        for d in matches:
            why = self.tr("same email") if d.reason == "email" else self.tr("same name and country")
            text = " · ".join(x for x in (d.name, d.email or "", country_name(d.country), why) if x)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.person_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(480)
        buttons = QDialogButtonBox()
        self.btn_open = QPushButton(self.tr("&Open that person"))
        self.btn_merge = QPushButton(self.tr("&Merge…"))
        self.btn_save = QPushButton(self.tr("&Save anyway"))
        buttons.addButton(self.btn_open, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.btn_merge, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.btn_save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.btn_open.clicked.connect(lambda: self._done(OPEN))
        self.btn_merge.clicked.connect(lambda: self._done(MERGE))
        self.btn_save.clicked.connect(lambda: self._done(SAVE))
        self.list.itemActivated.connect(lambda _i: self._done(OPEN))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        item = self.list.currentItem()
        self.person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.accept()
