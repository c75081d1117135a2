"""The first start: begin with an empty database, or look around a demo kept apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FirstStartDialog(QDialog):
    """Two choices; ``choice`` is "empty" or "demo" after it closes (rejecting means empty)."""

    def __init__(self, database: Path, demo_database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to lacworkshop"))
        self.choice = "empty"
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "There is no database yet. Start with an empty one for your own workshops, "
                "or open a demo to look around first. The demo lives in a database of its own "
                "and never mixes with your work."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.empty_button = QPushButton(self.tr("Start with an &empty database"))
        self.empty_button.setToolTip(str(database))
        self.empty_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open a &demo (separate database)"))
        self.demo_button.setToolTip(str(demo_database))
        where = QLabel(self.tr("Your database: {path}").format(path=database))
        where.setWordWrap(True)
        where.setEnabled(False)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(where)
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_first_start(database: Path, demo_database: Path) -> str:
    """Show the dialog; "empty" or "demo"."""
    dialog = FirstStartDialog(database, demo_database)
    dialog.exec()
    return dialog.choice
