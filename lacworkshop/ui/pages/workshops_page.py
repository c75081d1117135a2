"""The Workshops page: the list on the left; details, schedule and people on the right."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import WorkshopStatus
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change, Changes
from lacworkshop.services.workshops import (
    WorkshopData,
    get_workshop,
    list_workshops,
    normalise,
    save_workshop,
    update_workshop,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.unsaved_changes import may_leave
from lacworkshop.ui.models.labels import workshop_status_label
from lacworkshop.ui.models.workshop_list import WorkshopListModel
from lacworkshop.ui.undo_commands import AddCommand, ChangeCommand
from lacworkshop.ui.widgets.deferred import DeferredWidget
from lacworkshop.ui.widgets.page_split import split_page
from lacworkshop.ui.widgets.shortcuts import (
    NEW_SHORTCUT,
    editor_page_shortcuts,
)
from lacworkshop.ui.widgets.workshop_form import WorkshopForm, stack_when_narrow

if TYPE_CHECKING:
    from lacworkshop.ui.widgets.participants_panel import ParticipantsPanel
    from lacworkshop.ui.widgets.schedule_panel import SchedulePanel


class WorkshopsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id: int | None = None  # None: the form holds a new workshop
        self._loaded: WorkshopData | None = None  # as last loaded or saved

        # ----- list -----
        self.search = QLineEdit()
        self.search.setObjectName("workshop_search")
        self.search.setPlaceholderText(self.tr("Search code, title or series (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for s in WorkshopStatus:
            self.status.addItem(workshop_status_label(s), s)
        self.model = WorkshopListModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setObjectName("workshop_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.btn_new = QPushButton(self.tr("&New workshop"))
        self.btn_new.setToolTip(NEW_SHORTCUT)
        self.btn_edition = QPushButton(self.tr("New &edition…"))
        self.btn_delete = QPushButton(self.tr("Delete…"))
        self.btn_import = QPushButton(self.tr("&Import registrations…"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for b in (self.btn_new, self.btn_edition, self.btn_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_import)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        filters.insertWidget(0, QLabel("<h2>" + self.tr("Workshops") + "</h2>"), 0)
        ll.addLayout(filters)
        ll.addWidget(self.table, 1)
        ll.addLayout(buttons)

        # ----- details -----
        self.form = WorkshopForm()
        self.form.setObjectName("workshop_form")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        stack_when_narrow(self.form, scroll.viewport())
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("workshop_heading")
        self.btn_save = QPushButton(self.tr("&Save"))
        self.btn_save.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.btn_revert = QPushButton(self.tr("Revert"))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.btn_revert)
        save_row.addWidget(self.btn_save)
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(scroll, 1)
        dl.addLayout(save_row)
        # The schedule and participants tabs are built when first opened (or asked for):
        # the window opens on the details, and pays for the other two only when used.
        self._schedule: SchedulePanel | None = None
        self._participants: ParticipantsPanel | None = None
        self._schedule_tab = DeferredWidget(self._make_schedule)
        self._participants_tab = DeferredWidget(self._make_participants)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workshop_tabs")
        self.tabs.addTab(details, self.tr("&Details"))
        self.tabs.addTab(self._schedule_tab, self.tr("Tracks and &schedule"))
        self.tabs.addTab(self._participants_tab, self.tr("&Participants"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.tabs, 1)

        # The list on top, the open workshop below: both get the full width.
        split_page(self, left, right, Qt.Orientation.Vertical, (0, 1), (230, 560))
        editor_page_shortcuts(
            self,
            self.table,
            new=self.new_workshop,
            edit=self.edit_current,
            find=self.focus_search,
            save=self._save_clicked,
            delete=self.delete_workshop,
            delete_text=self.tr("Delete workshop"),
        )

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.activated.connect(self._open_row)
        self.btn_new.clicked.connect(self.new_workshop)
        self.btn_edition.clicked.connect(self.new_edition)
        self.btn_delete.clicked.connect(self.delete_workshop)
        self.btn_import.clicked.connect(self.import_registrations)
        self.btn_save.clicked.connect(self._save_clicked)
        self.btn_revert.clicked.connect(self.revert)
        ctx.changed.connect(self._on_changed)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.new_workshop()

    # ----- tabs built on first use -----------------------------------------
    def _make_schedule(self) -> QWidget:
        from lacworkshop.ui.widgets.schedule_panel import SchedulePanel

        self._schedule = SchedulePanel(self.ctx)
        self._schedule.set_workshop(self.editing_id)
        return self._schedule

    def _make_participants(self) -> QWidget:
        from lacworkshop.ui.widgets.participants_panel import ParticipantsPanel

        self._participants = ParticipantsPanel(self.ctx)
        self._participants.set_workshop(self.editing_id)
        return self._participants

    @property
    def schedule(self) -> SchedulePanel:
        """The Tracks and schedule tab (built now if it has not been opened yet)."""
        self._schedule_tab.content()
        assert self._schedule is not None
        return self._schedule

    @property
    def participants(self) -> ParticipantsPanel:
        """The Participants tab (built now if it has not been opened yet)."""
        self._participants_tab.content()
        assert self._participants is not None
        return self._participants

    def build_deferred(self) -> None:
        """Build the tabs not opened yet (their keys then show in the shortcuts list)."""
        self._schedule_tab.content()
        self._participants_tab.content()

    # ----- list -------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id()
        rows = list_workshops(self.ctx.db, self.search.text() or None, self.status.currentData())
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.table.resizeColumnsToContents()
        # Long titles would push dates and status out of sight: cap the title column.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, w in enumerate(rows):
            if w.id == keep:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(r)
                self.table.selectionModel().blockSignals(False)
                break
        has = self.current_id() is not None
        self.btn_edition.setEnabled(has)
        self.btn_delete.setEnabled(has)
        self.btn_import.setEnabled(has)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).id

    def select_workshop(self, workshop_id: int) -> None:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).id == workshop_id:
                self.table.selectRow(r)
                return
        # Hidden by the filters: clear them so the workshop shows.
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.refresh()
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).id == workshop_id:
                self.table.selectRow(r)
                return

    def _on_changed(self, what: Changes) -> None:
        if what & {Change.WORKSHOPS, Change.PARTICIPATIONS, Change.DATABASE}:
            self.refresh()
            if self.editing_id is not None and not self.is_dirty():
                self.load(self.editing_id)  # a deleted workshop falls back to a new form
        # A tab not built yet reads everything afresh when it is.
        slots_seen = {Change.SLOTS, Change.WORKSHOPS, Change.PARTICIPATIONS, Change.PEOPLE}
        if self._schedule is not None and what & slots_seen:
            self._schedule.refresh()
        people_seen = {Change.PARTICIPATIONS, Change.PEOPLE, Change.WORKSHOPS}
        if self._participants is not None and what & people_seen:
            self._participants.refresh()

    def _selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            wid = self.model.row_at(current.row()).id
            if wid != self.editing_id and not self._confirm_leave():
                # Stay on the workshop being edited.
                self.table.selectionModel().blockSignals(True)
                if previous.isValid():
                    self.table.selectRow(previous.row())
                else:
                    self.table.clearSelection()
                self.table.selectionModel().blockSignals(False)
                return
            if self.current_id() != wid:  # saving on the way refreshed the list
                self.table.selectionModel().blockSignals(True)
                for r in range(self.model.rowCount()):
                    if self.model.row_at(r).id == wid:
                        self.table.selectRow(r)
                self.table.selectionModel().blockSignals(False)
            self.load(wid)
            self.ctx.workshop_selected.emit(wid)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tabs.setCurrentIndex(0)
            self.form.title.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ----- editor -----------------------------------------------------------
    def is_dirty(self) -> bool:
        """True when the form holds edits not saved yet."""
        if self._loaded is None:
            return False
        try:
            current = normalise(self.form.data())
            loaded = normalise(self._loaded)
        except ValueError:
            return True
        return replace(current, tracks=()) != replace(loaded, tracks=())

    def confirm_leave(self) -> bool:
        """Asked before the window closes or opens another database."""
        return self._confirm_leave()

    def first_focus(self) -> QWidget:
        """The list: arrows choose a workshop, Enter (or F2) edits it."""
        return self.table

    def edit_current(self) -> None:
        """F2: edit the chosen workshop's details."""
        self._open_row(self.table.currentIndex())

    def _confirm_leave(self) -> bool:
        """True when the editor may show another workshop (saved, discarded or unchanged)."""
        if not self.is_dirty():
            return True
        return may_leave(self, self.tr("Save the changes to this workshop first?"), self.save)

    def load(self, workshop_id: int | None) -> None:
        self.editing_id = workshop_id
        if workshop_id is None:
            self.form.clear()
            self._loaded = self.form.data()
            self.heading.setText("<h3>" + self.tr("New workshop") + "</h3>")
        else:
            try:
                data = get_workshop(self.ctx.db, workshop_id)
            except ServiceError:
                self.load(None)
                return
            self.form.set_data(data)
            self._loaded = self.form.data()
            self.heading.setText(f"<h3>{data.code} — {data.title}</h3>")
        for w in (self.btn_edition, self.btn_delete, self.btn_import):
            w.setEnabled(workshop_id is not None)
        if self._schedule is not None:
            self._schedule.set_workshop(workshop_id)
        if self._participants is not None:
            self._participants.set_workshop(workshop_id)
        self.tabs.setTabEnabled(1, workshop_id is not None)
        self.tabs.setTabEnabled(2, workshop_id is not None)

    def revert(self) -> None:
        self.load(self.editing_id)

    def new_workshop(self) -> None:
        if not self._confirm_leave():
            return
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.table.selectionModel().blockSignals(False)
        self.load(None)
        self.tabs.setCurrentIndex(0)
        self.form.code.setFocus()

    def _save_clicked(self) -> None:
        # Slots return nothing: PySide6 on Python 3.11 mis-counts a bool handed back to Qt.
        self.save()

    def save(self) -> bool:
        data = self.form.data()
        try:
            saved = save_workshop(self.ctx.db, data, self.editing_id).value
        except ServiceError as exc:
            field = getattr(exc, "field", None)
            if not self.form.show_error(field, str(exc)):
                QMessageBox.warning(self, self.tr("Workshop"), str(exc))
            self.tabs.setCurrentIndex(0)
            return False
        wid = saved.workshop_id
        if saved.before is None:
            self.ctx.undo_stack.push(
                AddCommand(
                    self.ctx,
                    "workshop",
                    [wid],
                    self.tr("New workshop {code}").format(code=saved.after.code),
                    (Change.WORKSHOPS,),
                )
            )
        else:
            # Undo and redo put the values back whatever version is stored by then.
            before = replace(saved.before, version=None)
            after = replace(saved.after, version=None)
            self.ctx.undo_stack.push(
                ChangeCommand(
                    self.ctx,
                    self.tr("Edit workshop {code}").format(code=after.code),
                    (Change.WORKSHOPS,),
                    redo=lambda: update_workshop(self.ctx.db, wid, after),
                    undo=lambda: update_workshop(self.ctx.db, wid, before),
                )
            )
        self.editing_id = wid
        self.ctx.notify(Change.WORKSHOPS)
        self.select_workshop(wid)
        self.ctx.status_message.emit(self.tr("Workshop saved."))
        return True

    def new_edition(self) -> None:
        from lacworkshop.ui.dialogs.new_edition import NewEditionDialog

        wid = self.current_id()
        if wid is None:
            return
        dialog = NewEditionDialog(self.ctx.db, wid, self)
        if dialog.exec() and dialog.outcome is not None and dialog.new_id is not None:
            self.ctx.undo_stack.push(
                AddCommand(
                    self.ctx,
                    "workshop",
                    [dialog.new_id],
                    self.tr("New edition"),
                    (Change.WORKSHOPS,),
                )
            )
            self.ctx.apply(dialog.outcome)
            self.select_workshop(dialog.new_id)

    def delete_workshop(self) -> None:
        from lacworkshop.ui.dialogs.confirm_delete import confirm_and_delete

        wid = self.current_id()
        if wid is None:
            return
        try:
            deleted = confirm_and_delete(
                self.ctx,
                self,
                "workshop",
                wid,
                self.tr("workshop"),
                lambda label: self.tr("Delete workshop {label}").format(label=label),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete"), str(exc))
            return
        if not deleted:
            return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.new_workshop()

    def import_registrations(self) -> None:
        wid = self.current_id()
        if wid is not None:
            self.ctx.import_requested.emit("", wid)


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return WorkshopsPage(ctx, parent)
