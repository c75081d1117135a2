"""The People page: the whole directory, filters, and the person editor beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model.display_names import display_name
from lacworkshop.services.email import sent_log
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change, Changes
from lacworkshop.services.people import (
    MERGE_CHANGES,
    PeopleFilter,
    PersonData,
    get_person,
    normalise,
    person_workshops,
    update_person,
)
from lacworkshop.services.privacy import consent_record_of
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.confirm_delete import confirm_and_delete
from lacworkshop.ui.dialogs.merge_people import MergePeopleDialog
from lacworkshop.ui.dialogs.privacy_actions import erase_personal_data_of, export_personal_data_of
from lacworkshop.ui.dialogs.unsaved_changes import may_leave
from lacworkshop.ui.models.people_table import PeopleTableModel
from lacworkshop.ui.undo_commands import AddCommand, ChangeCommand, DeleteCommand
from lacworkshop.ui.widgets.page_split import split_page
from lacworkshop.ui.widgets.people_filters import PeopleFilters
from lacworkshop.ui.widgets.people_table_view import PeopleTableView
from lacworkshop.ui.widgets.person_consent import PersonConsentLabel
from lacworkshop.ui.widgets.person_form import PersonForm
from lacworkshop.ui.widgets.person_messages import PersonMessagesTable
from lacworkshop.ui.widgets.person_saving import save_from_form
from lacworkshop.ui.widgets.person_workshops import PersonWorkshopsTable
from lacworkshop.ui.widgets.shortcuts import NEW_SHORTCUT, editor_page_shortcuts

SEARCH_DELAY_MS = 30  # coalesces a burst of keystrokes, well under the 100 ms budget


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self._loaded: PersonData | None = None

        # ----- directory -----
        self.search = QLineEdit()
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(
            self.tr("Search name, email, organisation, document (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.filters = PeopleFilters(self)
        # Short names for the filter widgets (keyboard users and tests reach them directly).
        self.country = self.filters.country
        self.organisation = self.filters.organisation
        self.workshop = self.filters.workshop
        self.role = self.filters.role
        self.count = QLabel()
        self.count.setObjectName("people_count")
        self.model = PeopleTableModel(ctx.db, self)
        self.model.total_changed.connect(self._show_count)
        self.table = PeopleTableView(self.model)
        self.column_fit = self.table.column_fit
        self.btn_new = QPushButton(self.tr("&New person"))
        self.btn_new.setToolTip(NEW_SHORTCUT)
        self.btn_merge = QPushButton(self.tr("&Merge two…"))
        self.btn_merge.setToolTip(self.tr("Select two people, then merge them into one."))
        self.btn_delete = QPushButton(self.tr("Delete…"))
        self.btn_email = QPushButton(self.tr("Email…"))
        self.btn_email.setObjectName("email_people")
        self.btn_email.setToolTip(self.tr("Email the selected people of the workshop shown."))
        self.btn_email.clicked.connect(self._email)
        # In the table's context menu (and Ctrl+B): the button row has no room at 1024 px.
        self.act_badges = QAction(self.tr("Print &badges for the selection…"), self)
        self.act_badges.setShortcut(QKeySequence("Ctrl+B"))
        self.act_badges.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.act_badges)

        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("People") + "</h2>"))
        top.addWidget(self.search, 1)
        top.addWidget(self.btn_email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.btn_new)
        buttons.addWidget(self.btn_merge)
        buttons.addWidget(self.btn_delete)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.filters)
        ll.addWidget(self.table, 1)
        ll.addLayout(buttons)

        # ----- editor -----
        self.heading = QLabel()
        self.heading.setObjectName("person_heading")
        self.heading.setWordWrap(True)
        self.form = PersonForm()
        self.btn_save = QPushButton(self.tr("&Save"))
        self.btn_save.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.btn_revert = QPushButton(self.tr("Revert"))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.btn_revert)
        save_row.addWidget(self.btn_save)
        self.consent = PersonConsentLabel()
        self.btn_export_data = QPushButton(self.tr("Export personal data…"))
        self.btn_export_data.setObjectName("export_personal_data")
        self.btn_export_data.setToolTip(
            self.tr("Everything held about this person, as a JSON file they can ask for.")
        )
        self.btn_erase_data = QPushButton(self.tr("Erase personal data…"))
        self.btn_erase_data.setObjectName("erase_personal_data")
        self.btn_erase_data.setToolTip(
            self.tr("Erase this person's data everywhere; counts and certificates stay.")
        )
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.btn_export_data)
        privacy_row.addWidget(self.btn_erase_data)
        privacy_row.addStretch(1)
        self.workshops = PersonWorkshopsTable()
        self.workshops.setMinimumHeight(110)
        editor = QWidget()
        el = QVBoxLayout(editor)
        el.setContentsMargins(6, 0, 0, 0)
        el.addWidget(self.heading)
        el.addWidget(self.form)
        el.addLayout(save_row)
        el.addWidget(self.consent)
        el.addLayout(privacy_row)
        el.addWidget(QLabel("<b>" + self.tr("Workshops") + "</b>"))
        el.addWidget(self.workshops, 1)
        el.addWidget(QLabel("<b>" + self.tr("Messages") + "</b>"))
        self.messages = PersonMessagesTable()
        self.messages.setMinimumHeight(80)
        el.addWidget(self.messages)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The form narrows to the pane instead of running off its right edge.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(380)

        split_page(self, left, scroll, Qt.Orientation.Horizontal, (3, 2), (640, 420))
        editor_page_shortcuts(
            self,
            self.table,
            new=self.new_person,
            edit=self.edit_current,
            find=self.focus_search,
            save=self._save_clicked,
            delete=self.delete_person,
            delete_text=self.tr("Delete person"),
        )

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.filters.typed.connect(self._timer.start)
        self.filters.changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._open_row)
        self.btn_new.clicked.connect(self.new_person)
        self.act_badges.triggered.connect(self.print_badges)
        self.table.addAction(self.act_badges)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.btn_save.clicked.connect(self._save_clicked)
        self.btn_revert.clicked.connect(lambda: self.open_person(self.person_id))
        self.btn_delete.clicked.connect(self.delete_person)
        self.btn_merge.clicked.connect(self.merge_selected)
        self.btn_export_data.clicked.connect(self.export_personal_data)
        self.btn_erase_data.clicked.connect(self.erase_personal_data)
        self.workshops.open_workshop.connect(self._open_workshop)
        ctx.changed.connect(self._on_changed)
        self._undo_index = ctx.undo_stack.index()
        ctx.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.filters.fill(ctx.db)
        self.apply_filter()
        self.open_person(None)

    # ----- filters ----------------------------------------------------------
    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(search=self.search.text(), **self.filters.values())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        if self.person_id is not None:
            row = self.model.row_of(self.person_id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("{n} people").format(n=f"{total:,}".replace(",", " ")))

    def _search_enter(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_changed(self, what: Changes) -> None:
        if Change.OUTBOX in what and self.person_id is not None:
            self.messages.set_rows(sent_log(self.ctx.db, self.person_id))
        if Change.WORKSHOPS in what:
            self.filters.fill_workshops(self.ctx.db)
        if what & {Change.PEOPLE, Change.PARTICIPATIONS, Change.WORKSHOPS, Change.DATABASE}:
            self.apply_filter()
            if self.person_id is not None:
                try:
                    get_person(self.ctx.db, self.person_id)
                except ServiceError:
                    self.open_person(None)
                    return
                if not self.is_dirty():
                    self.open_person(self.person_id)
                else:
                    self.workshops.set_rows(person_workshops(self.ctx.db, self.person_id))

    def _undo_index_changed(self, index: int) -> None:
        # A step back by one means Undo just ran the command now at *index*.
        undone = index == self._undo_index - 1
        self._undo_index = index
        if not undone:
            return
        command = self.ctx.undo_stack.command(index)
        if not isinstance(command, DeleteCommand) or command.isObsolete():
            return
        if command.snapshot.entity != "person":
            return
        pid = command.snapshot.entity_id
        try:
            get_person(self.ctx.db, pid)
        except ServiceError:
            return  # the restore was refused
        if pid != self.person_id and not self._confirm_leave():
            return
        # The person is back with the same id: select them, as before the deletion.
        self._show_person(pid)

    # ----- editor -----------------------------------------------------------
    def is_dirty(self) -> bool:
        current = normalise(self.form.data())
        loaded = normalise(self._loaded or PersonData(""))
        return current != loaded

    def confirm_leave(self) -> bool:
        """Asked before the window closes or opens another database."""
        return self._confirm_leave()

    def first_focus(self) -> QWidget:
        """The search: most visits start by looking someone up."""
        return self.search

    def edit_current(self) -> None:
        """F2: edit the chosen person in the form beside the list."""
        self._open_row(self.table.currentIndex())

    def _confirm_leave(self) -> bool:
        """True when the editor may show something else (saved, discarded or unchanged)."""
        if not self.is_dirty():
            return True
        return may_leave(self, self.tr("Save the changes to this person first?"), self.save)

    def _email(self) -> None:
        """Email the selected people of the workshop the list shows."""
        from PySide6.QtWidgets import QMessageBox

        from lacworkshop.ui.dialogs.email_send import EmailSendDialog

        workshop_id = self.workshop.currentData() or self.ctx.current_workshop_id
        if not workshop_id:
            QMessageBox.information(
                self, self.tr("Email"), self.tr("Show one workshop's people first.")
            )
            return
        chosen = self.selected_ids() or None
        EmailSendDialog(self.ctx, int(workshop_id), chosen, "welcome", parent=self).exec()

    def open_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        if person_id is None:
            self._loaded = PersonData("")
            self.form.clear()
            self.heading.setText("<h3>" + self.tr("New person") + "</h3>")
            self.workshops.set_rows([])
            self.messages.set_rows([])
            self.consent.set_record(None)
            self._enable_privacy(False)
            return
        try:
            data = get_person(self.ctx.db, person_id)
        except ServiceError:
            self.open_person(None)
            return
        self._loaded = data
        self.form.set_data(data)
        name = display_name(data.preferred_name, data.given_names, data.family_names)
        self.heading.setText(f"<h3>{_escape(name)}</h3>")
        self.workshops.set_rows(person_workshops(self.ctx.db, person_id))
        self.messages.set_rows(sent_log(self.ctx.db, person_id))
        record = consent_record_of(self.ctx.db, person_id)
        self.consent.set_record(record)
        self._enable_privacy(True, erased=record.erased_at is not None)

    def _enable_privacy(self, saved: bool, erased: bool = False) -> None:
        self.btn_export_data.setEnabled(saved)
        self.btn_erase_data.setEnabled(saved and not erased)

    def export_personal_data(self) -> None:
        if self.person_id is None:
            return
        data = self._loaded or PersonData("")
        name = display_name(data.preferred_name, data.given_names, data.family_names)
        export_personal_data_of(self.ctx, self, self.person_id, name)

    def erase_personal_data(self) -> None:
        if self.person_id is None or not self._confirm_leave():
            return
        erase_personal_data_of(self.ctx, self, self.person_id)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        pid = self.model.row_at(current.row()).id
        if pid == self.person_id:
            return
        if not self._confirm_leave():
            # Stay on the person being edited.
            self.table.selectionModel().blockSignals(True)
            if previous.isValid():
                self.table.selectRow(previous.row())
            else:
                self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
            return
        self.open_person(pid)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person(self.model.row_at(index.row()).id)
            self.form.given_names.setFocus()

    def new_person(self) -> None:
        if not self._confirm_leave():
            return
        self.table.clearSelection()
        self.open_person(None)
        self.form.given_names.setFocus()

    def _save_clicked(self) -> None:
        # Slots return nothing: PySide6 on Python 3.11 mis-counts a bool handed back to Qt.
        self.save()

    def save(self) -> bool:
        outcome = save_from_form(self, self.ctx.db, self.form, self.person_id)
        if outcome is None:
            return False
        if outcome.open_id is not None:
            self._show_person(outcome.open_id)
            return False
        if outcome.kept_id is not None:
            self.ctx.notify(*MERGE_CHANGES)
            self._show_person(outcome.kept_id)
            return True
        assert outcome.saved_id is not None
        pid = outcome.saved_id
        if outcome.before is None:
            self.ctx.undo_stack.push(
                AddCommand(self.ctx, "person", [pid], self.tr("New person"), (Change.PEOPLE,))
            )
        else:
            # Undo and redo restore the values as they were, whatever version is stored now.
            assert outcome.after is not None
            before = replace(outcome.before, version=None)
            after = replace(outcome.after, version=None)
            self.ctx.undo_stack.push(
                ChangeCommand(
                    self.ctx,
                    self.tr("Edit person"),
                    (Change.PEOPLE,),
                    redo=lambda: update_person(self.ctx.db, pid, after),
                    undo=lambda: update_person(self.ctx.db, pid, before),
                )
            )
        self.person_id = pid
        self.open_person(pid)
        self.ctx.notify(Change.PEOPLE)
        self._show_person(pid)
        self.ctx.status_message.emit(self.tr("Saved."))
        return True

    def _open_workshop(self, workshop_id: int) -> None:
        self.ctx.workshop_selected.emit(workshop_id)

    def _show_person(self, person_id: int) -> None:
        """Open *person_id* and select their row, clearing filters that hide them."""
        self.open_person(person_id)
        row = self.model.row_of(person_id)
        if row < 0:
            data = get_person(self.ctx.db, person_id)
            self.search.blockSignals(True)
            self.search.setText(f"{data.given_names} {data.family_names}".strip())
            self.search.blockSignals(False)
            self.filters.reset()
            self.apply_filter()
            row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def print_badges(self) -> None:
        """Badges for the selection, in the workshop the filter (or the window) is on."""
        from lacworkshop.ui.dialogs.badges_dialog import BadgesDialog

        workshop_id = self.workshop.currentData() or self.ctx.current_workshop_id
        if not workshop_id:
            QMessageBox.information(
                self, self.tr("Badges"), self.tr("Choose a workshop in the filter first.")
            )
            return
        BadgesDialog(self.ctx, int(workshop_id), self, self.selected_ids() or None).exec()

    def delete_person(self) -> None:
        ids = self.selected_ids() or ([self.person_id] if self.person_id else [])
        if len(ids) != 1:
            if ids:
                QMessageBox.information(
                    self, self.tr("Delete"), self.tr("Select one person to delete.")
                )
            return
        pid = ids[0]
        try:
            deleted = confirm_and_delete(
                self.ctx,
                self,
                "person",
                pid,
                self.tr("person"),
                lambda label: self.tr("Delete {name}").format(name=label),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete"), str(exc))
            return
        if deleted:
            self.open_person(None)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self,
                self.tr("Merge people"),
                self.tr("Select the two records of the same person (Ctrl+click), then Merge."),
            )
            return
        dialog = MergePeopleDialog(self.ctx.db, ids[0], ids[1], self)
        if dialog.exec() and dialog.outcome is not None and dialog.result_ is not None:
            self.ctx.apply(dialog.outcome)
            self._show_person(dialog.result_.kept_id)
            r = dialog.result_
            self.ctx.status_message.emit(
                self.tr("Merged: {p} participations and {c} certificates moved.").format(
                    p=r.participations_moved + r.participations_combined, c=r.certificates_moved
                )
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return PeoplePage(ctx, parent)
