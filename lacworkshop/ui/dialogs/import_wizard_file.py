"""Import wizard, page 1: the file, and the workshop, track and role it goes into."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizardPage,
)

from lacworkshop.formats.reading import UnreadableFile, file_patterns, load_table
from lacworkshop.model import Role
from lacworkshop.services.importing import workshop_tracks
from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.import_wizard_state import WizardState


class FilePage(QWizardPage):
    def __init__(self, ctx: AppContext, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.setTitle(self.tr("Registration list"))
        self.setSubTitle(
            self.tr(
                "Choose the file (Excel, LibreOffice, CSV or text) and where its people go. "
                "Nothing is written until you confirm the preview."
            )
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.workshop = QComboBox(self)
        self.workshop.setObjectName("import_workshop")
        self.workshop.currentIndexChanged.connect(self._fill_tracks)
        self.workshop.currentIndexChanged.connect(self.completeChanged)
        form.addRow(self.tr("Workshop:"), self.workshop)
        self.track = QComboBox(self)
        self.track.setObjectName("import_track")
        form.addRow(self.tr("Track:"), self.track)
        self.role = QComboBox(self)
        self.role.setObjectName("import_role")
        for role, label in (
            (Role.ATTENDEE, self.tr("Attendee")),
            (Role.TRAINER, self.tr("Trainer")),
            (Role.ORGANISER, self.tr("Organiser")),
            (Role.STAFF, self.tr("Staff")),
        ):
            self.role.addItem(label, role.value)
        form.addRow(self.tr("Role (unless a column says):"), self.role)
        for w in list_workshops(ctx.db):
            self.workshop.addItem(f"{w.code} — {w.title}", w.id)
        if self.workshop.count() == 0:
            hint = QLabel(self.tr("There is no workshop yet: create one first, then import."), self)
            hint.setObjectName("import_no_workshop")
            form.addRow("", hint)
        if state.path is not None:
            self.path_edit.setText(str(state.path))
        if state.workshop_id:
            index = self.workshop.findData(state.workshop_id)
            if index >= 0:
                self.workshop.setCurrentIndex(index)
        self._fill_tracks()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Registration list"),
            self.path_edit.text(),
            self.file_filter(),
        )
        if path:
            self.path_edit.setText(path)

    def file_filter(self) -> str:
        """The open dialog's filter: every ending of the import registry, then all files."""
        return self.tr("Registration lists ({patterns});;All files (*)").format(
            patterns=file_patterns()
        )

    def _fill_tracks(self) -> None:
        self.track.clear()
        workshop_id = self.workshop.currentData()
        tracks = workshop_tracks(self.ctx.db, workshop_id) if workshop_id else []
        if len(tracks) != 1:
            self.track.addItem(self.tr("(no track)"), None)
        for _tid, name in tracks:
            self.track.addItem(name, name)
        if len(tracks) > 1:
            self.track.setToolTip(
                self.tr(
                    "The track these people follow. “(no track)” keeps them to the plenary "
                    "sessions, unless a Track column in the file says otherwise."
                )
            )
        else:
            self.track.setToolTip("")

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.workshop.currentData() is not None

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        changed = path != self.state.path
        self.state.path = path
        self.state.workshop_id = self.workshop.currentData()
        self.state.track_name = self.track.currentData()
        self.state.role = Role(self.role.currentData())
        if changed or self.state.table is None:
            self.state.sheet = self.state.encoding = self.state.delimiter = None
            return self.load()
        return True

    def load(self) -> bool:
        return reload_table(self, self.state)


def reload_table(parent: QWidget, state: WizardState) -> bool:
    """(Re)read the file with the state's sheet, encoding and delimiter; False after a message."""
    assert state.path is not None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        table = load_table(
            state.path, sheet=state.sheet, encoding=state.encoding, delimiter=state.delimiter
        )
    except UnreadableFile as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportWizardFile", "Cannot read the file"), str(exc)
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    if not table.rows:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportWizardFile", "Nothing to import"),
            QCoreApplication.translate(
                "ImportWizardFile", "{file}: the sheet {sheet} is empty."
            ).format(file=table.source, sheet=table.sheet),
        )
        return False
    state.table = table
    state.reset_from_table()
    return True
