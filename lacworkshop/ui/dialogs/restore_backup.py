"""File > Restore from backup...: pick a backup, see what it holds, put it in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.data_safety import BackupContents, checked_backups, describe_backup


def _size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class RestoreBackupDialog(QDialog):
    """The database's backups, newest first; the one selected is described below."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        self.db_path = db_path
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of {name}. The database as it is now "
                "is backed up first, so this can be undone by restoring that copy."
            ).format(name=db_path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups")
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between rows
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Reason"), self.tr("Size"), self.tr("Check")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setObjectName("restore")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("Other &file…"), self)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._choose_file)
        layout.addWidget(self.buttons)

        # The reasons backups are taken for, as the program names them in file names.
        self._reasons = {
            "manual": self.tr("backup now"),
            "daily": self.tr("daily"),
            "before import": self.tr("before an import"),
            "before attendance import": self.tr("before an attendance import"),
            "before certificates": self.tr("before issuing certificates"),
            "before restore": self.tr("before a restore"),
            "before migration": self.tr("before an upgrade"),
            "merge": self.tr("before merging people"),
        }
        self._paths: list[Path] = []
        self._fill()
        self.table.itemSelectionChanged.connect(self._selected)
        if self._paths:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _fill(self) -> None:
        rows = list(reversed(checked_backups(self.db_path)))
        self.table.setRowCount(len(rows))
        self._paths = []
        for r, (info, ok) in enumerate(rows):
            check = self.tr("ok") if ok else self.tr("damaged")
            reason = self._reasons.get(info.reason, info.reason)
            values = [f"{info.taken_at:%Y-%m-%d %H:%M}", reason, _size_text(info.size), check]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
            self._paths.append(info.path)
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(self._paths[rows[0].row()] if rows else None)

    def _show(self, path: Path | None) -> None:
        if path is None:
            self.chosen = None
            self.preview.setText(self.tr("No backup selected."))
            self.restore_button.setEnabled(False)
            return
        about = describe_backup(path)
        self.chosen = path if about.ok else None
        self.restore_button.setEnabled(about.ok)
        self.preview.setText(self._describe(about))

    def _describe(self, about: BackupContents) -> str:
        if not about.ok:
            return self.tr("{file} failed its check and cannot be restored.").format(
                file=about.path.name
            )
        when = f"{about.taken_at:%Y-%m-%d %H:%M}" if about.taken_at else ""
        return self.tr(
            "Backup of {date}: {workshops} workshop(s), {people} people, "
            "{certificates} certificate(s).\n{file}"
        ).format(
            date=when,
            workshops=about.workshops,
            people=about.people,
            certificates=about.certificates,
            file=about.path,
        )

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from backup"),
            str(self.db_path.parent),
            self.tr("lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.table.clearSelection()
            self._show(Path(path))
