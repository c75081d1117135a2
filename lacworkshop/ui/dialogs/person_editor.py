"""A person in a dialog: used where a new person is made on the way (adding participants)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lacworkshop.services.people import PersonData, get_person
from lacworkshop.storage import Database
from lacworkshop.ui.widgets.person_form import PersonForm
from lacworkshop.ui.widgets.person_saving import save_from_form


class PersonEditorDialog(QDialog):
    def __init__(
        self,
        db: Database,
        person_id: int | None = None,
        parent: QWidget | None = None,
        initial: PersonData | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("New person"))
        self.form = PersonForm(self)
        if person_id is not None:
            self.form.set_data(get_person(db, person_id))
        elif initial is not None:
            self.form.set_data(initial)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        outcome = save_from_form(self, self.db, self.form, self.person_id)
        if outcome is None:
            return
        # "Open that person" here means: use the existing record instead.
        self.person_id = outcome.kept_id or outcome.saved_id or outcome.open_id
        super().accept()
