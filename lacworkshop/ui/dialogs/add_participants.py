"""Add people to a workshop: search and pick (or create), in a role, track and status."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from lacworkshop.model import ParticipationStatus, Role
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.people import (
    AddResult,
    PeopleFilter,
    PersonData,
    add_participants,
    fetch_people,
    get_person,
)
from lacworkshop.services.workshops import TrackRow
from lacworkshop.storage import Database
from lacworkshop.ui.dialogs.person_editor import PersonEditorDialog
from lacworkshop.ui.models.labels import role_label, status_label
from lacworkshop.ui.widgets.country_combo import country_name
from lacworkshop.ui.widgets.screen_fit import fit_to_screen

_SHOWN = 200


class AddParticipantsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        workshop_id: int,
        tracks: list[TrackRow],
        role: Role = Role.ATTENDEE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.workshop_id = db, workshop_id
        self.result_: AddResult | None = None
        self.setWindowTitle(self.tr("Add people to the workshop"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, email or organisation; accents optional"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("candidates")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setMinimumHeight(260)
        self.count = QLabel()
        self.btn_new = QPushButton(self.tr("&New person…"))
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(role_label(r), r)
        self.role.setCurrentIndex(self.role.findData(role))
        self.track = QComboBox()
        self.track.addItem(self.tr("(no track)"), None)
        for t in tracks:
            self.track.addItem(t.name, t.id)
        if len(tracks) == 1:
            self.track.setCurrentIndex(1)
        self.status = QComboBox()
        for s in ParticipationStatus:
            self.status.addItem(status_label(s), s)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.btn_new)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Track:"), self.track)
        form.addRow(self.tr("&Status:"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add selected"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 560))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._focus_results)
        self.btn_new.clicked.connect(self.new_person)
        self.results.itemSelectionChanged.connect(self._update_ok)
        self.refresh()
        self.search.setFocus()

    def _focus_results(self) -> None:
        self.refresh()
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def refresh(self) -> None:
        rows = fetch_people(self.db, PeopleFilter(search=self.search.text()), 0, _SHOWN + 1)
        self.results.clear()
        for p in rows[:_SHOWN]:
            parts = [
                f"{p.family_names}, {p.given_names}".strip(", "),
                p.email or "",
                p.organisation or "",
                country_name(p.country),
            ]
            item = QListWidgetItem(" · ".join(x for x in parts if x))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        more = len(rows) > _SHOWN
        self.count.setText(
            self.tr("First {n} matches; type more to narrow.").format(n=_SHOWN)
            if more
            else self.tr("{n} match(es).").format(n=len(rows))
        )
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.results.selectedItems()))

    def selected_ids(self) -> list[int]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.results.selectedItems()]

    def new_person(self) -> None:
        words = self.search.text().split()
        initial = PersonData(words[0] if words else "", " ".join(words[1:]))
        dialog = PersonEditorDialog(self.db, None, self, initial=initial)
        if dialog.exec() and dialog.person_id is not None:
            self.select_person(dialog.person_id)

    def select_person(self, person_id: int) -> None:
        """Show and select *person_id* (after creating them) so Add takes them."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.results.clear()
        p = get_person(self.db, person_id)
        item = QListWidgetItem(f"{p.family_names}, {p.given_names}".strip(", "))
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.results.addItem(item)
        item.setSelected(True)
        self.count.setText(self.tr("New person ready to add."))
        self._update_ok()

    def accept(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self.result_ = add_participants(
                self.db,
                self.workshop_id,
                ids,
                self.role.currentData(),
                self.track.currentData(),
                self.status.currentData(),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()
