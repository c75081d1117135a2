"""Who signs the certificates: up to three, the workshop's own before everyone's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.certificates import add_signatory, delete_signatory, list_signatories
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change
from lacworkshop.ui.app_context import AppContext


class SignatoriesDialog(QDialog):
    def __init__(
        self, ctx: AppContext, workshop_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.image: bytes | None = None
        self.setWindowTitle(self.tr("Signatories"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The first three sign each certificate: this workshop's first."), self)
        )
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove_selected)
        layout.addWidget(remove)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.org_edit = QLineEdit(self)
        self.every_workshop = QCheckBox(self.tr("Signs for every workshop"), self)
        self.image_label = QLabel(self.tr("no signature image"), self)
        choose = QPushButton(self.tr("Signature image…"), self)
        choose.clicked.connect(self.choose_image)
        row = QHBoxLayout()
        row.addWidget(self.image_label, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Organisation:"), self.org_edit)
        form.addRow(self.tr("Signature:"), row)
        form.addRow("", self.every_workshop)
        layout.addLayout(form)
        add = QPushButton(self.tr("Add signatory"), self)
        add.clicked.connect(self.add)
        layout.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for i, s in enumerate(list_signatories(self.ctx.db, self.workshop_id)):
            scope = (
                self.tr("this workshop") if s.workshop_id is not None else self.tr("every workshop")
            )
            text = f"{s.name} — {s.title} ({scope})" if s.title else f"{s.name} ({scope})"
            if i >= 3:
                text += "  " + self.tr("[not printed: three at most]")
            item = QListWidgetItem(text)
            item.setData(256, s.id)
            self.list.addItem(item)

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scanned signature"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.image = Path(path).read_bytes()
            self.image_label.setText(Path(path).name)

    def add(self) -> None:
        try:
            add_signatory(
                self.ctx.db,
                None
                if self.every_workshop.isChecked() or self.workshop_id is None
                else self.workshop_id,
                self.name_edit.text(),
                self.title_edit.text(),
                self.org_edit.text(),
                self.image,
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        for edit in (self.name_edit, self.title_edit, self.org_edit):
            edit.clear()
        self.image = None
        self.image_label.setText(self.tr("no signature image"))
        self.refresh()
        self.ctx.notify(Change.TEMPLATES)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        delete_signatory(self.ctx.db, int(item.data(256)))
        self.refresh()
        self.ctx.notify(Change.TEMPLATES)
