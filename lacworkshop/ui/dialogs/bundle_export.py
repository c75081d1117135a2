"""Export bundle: which workshop, all its tracks or one track's attendance, which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lacworkshop.services.workshops import list_tracks, list_workshops
from lacworkshop.storage import Database


class BundleExportDialog(QDialog):
    """After OK: ``workshop`` (code), ``track`` (None: the whole workshop) and ``path``."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        self.db = db
        form = QFormLayout(self)
        self.workshops = QComboBox(self)
        for w in list_workshops(db):
            self.workshops.addItem(f"{w.code} — {w.title}", (w.id, w.code))
        self.tracks = QComboBox(self)
        self.workshops.currentIndexChanged.connect(self._fill_tracks)
        self.file = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Workshop"), self.workshops)
        form.addRow(self.tr("What"), self.tracks)
        form.addRow(self.tr("File"), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill_tracks()

    def _fill_tracks(self) -> None:
        self.tracks.clear()
        self.tracks.addItem(self.tr("The whole workshop"), None)
        data = self.workshops.currentData()
        if data is None:
            return
        for t in list_tracks(self.db, data[0]):
            self.tracks.addItem(
                self.tr("Only the attendance of {track}").format(track=t.name), t.name
            )
        code = data[1]
        self.file.setText(str(Path.home() / f"{code}.lwbundle"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), self.file.text(), self.tr("Bundles (*.lwbundle)")
        )
        if path:
            self.file.setText(path)

    @property
    def workshop(self) -> str | None:
        data = self.workshops.currentData()
        return data[1] if data else None

    @property
    def track(self) -> str | None:
        value = self.tracks.currentData()
        return str(value) if value else None

    @property
    def path(self) -> Path:
        return Path(self.file.text()).expanduser()
