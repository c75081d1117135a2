"""Make next year's edition of a workshop: the fields to change, the rest carried over."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import OpResult
from lacworkshop.services.workshops import new_edition_of, suggest
from lacworkshop.storage import Database
from lacworkshop.ui.widgets.screen_fit import fit_to_screen
from lacworkshop.ui.widgets.workshop_form import WorkshopForm


class NewEditionDialog(QDialog):
    def __init__(self, db: Database, source_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.source_id = db, source_id
        self.new_id: int | None = None
        self.outcome: OpResult[int] | None = None  # the new workshop and what it changed
        self.setWindowTitle(self.tr("New edition"))
        data = suggest(db, source_id, max(date.today().year, _next_year(db, source_id)))
        intro = QLabel(
            self.tr(
                "The new edition gets the tracks, the schedule moved to the new dates, "
                "the trainers and the certificate rule. Attendees are not copied."
            )
        )
        intro.setWordWrap(True)
        self.form = WorkshopForm(side_by_side=False)
        self.form.set_data(data)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create edition"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(620, 720))

    def accept(self) -> None:
        try:
            self.outcome = new_edition_of(self.db, self.source_id, self.form.data())
            self.new_id = self.outcome.value
        except ServiceError as exc:
            self.form.show_error(getattr(exc, "field", None) or "code", str(exc))
            return
        super().accept()


def _next_year(db: Database, source_id: int) -> int:
    from lacworkshop.services.workshops import get_workshop

    return get_workshop(db, source_id).start_date.year + 1
