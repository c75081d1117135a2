"""The Attendance page: one workshop track's grid, marked session by session."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model.enums import Mark
from lacworkshop.services.attendance import (
    EMPTY,
    CellKey,
    CellState,
    OverrideState,
    Standing,
    list_tracks,
    load_grid,
    set_cells,
    set_override,
)
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change, Changes
from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.override_dialog import OverrideDialog
from lacworkshop.ui.models.attendance_grid_model import (
    AttendanceGridModel,
    AttentionFilter,
    next_in_cycle,
)
from lacworkshop.ui.pages.attendance_commands import OverrideCommand, SetCellsCommand
from lacworkshop.ui.pages.attendance_files import AttendanceFiles, RegisterView
from lacworkshop.ui.widgets.attendance_grid_view import CYCLE, AttendanceGridView
from lacworkshop.ui.widgets.attendance_summary_view import SummaryColumnsView
from lacworkshop.ui.widgets.flow_layout import FlowLayout
from lacworkshop.ui.widgets.trackless_notice import TracklessNotice


class AttendancePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._own_change = False
        self._loading = False
        # Other pages hear of marks once typing pauses, not on every keystroke.
        self._pending_news: set[Change] = set()
        self._news_timer = QTimer(self)
        self._news_timer.setSingleShot(True)
        self._news_timer.setInterval(400)
        self._news_timer.timeout.connect(self._send_news)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Attendance") + "</h2>"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Workshop:")))
        self.workshop_box = QComboBox()
        self.workshop_box.setMinimumContentsLength(24)
        top.addWidget(self.workshop_box, 2)
        top.addWidget(QLabel(self.tr("Track:")))
        self.track_box = QComboBox()
        self.track_box.setMinimumContentsLength(16)
        top.addWidget(self.track_box, 1)
        self.attention = QCheckBox(self.tr("Only at risk or not eligible"))
        top.addWidget(self.attention)
        top.addStretch()
        layout.addLayout(top)

        # On a narrow screen the buttons wrap onto a second line instead of being cut.
        actions_row = QWidget()
        actions = FlowLayout(actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.everyone_button = QPushButton(self.tr("Everyone present"))
        self.everyone_button.setToolTip(
            self.tr("Mark everyone not yet marked in the current session present")
        )
        self.note_button = QPushButton(self.tr("Note…"))
        self.override_button = QPushButton(self.tr("Eligibility by hand…"))
        for b in (self.everyone_button, self.note_button, self.override_button):
            actions.add_widget(b)
        self.files = AttendanceFiles(ctx, self, self._register_view)
        self.files.marks_imported.connect(self.apply)
        for b in self.files.buttons():
            actions.add_widget(b)
        layout.addWidget(actions_row)

        self.legend = QLabel(
            self.tr(
                "P present · L late · E excused · A absent · Delete clears · "
                "Space or a click cycles · select a block to mark it at once"
            )
        )
        self.legend.setEnabled(False)
        layout.addWidget(self.legend)
        self.trackless = TracklessNotice(self)
        layout.addWidget(self.trackless)

        self.model = AttendanceGridModel(self)
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = AttendanceGridView(self)
        self.view.setModel(self.proxy)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.summary_view = SummaryColumnsView(self.view)
        self.summary_view.follow_model()
        grid_row = QHBoxLayout()
        grid_row.setSpacing(0)
        grid_row.addWidget(self.view, 1)
        grid_row.addWidget(self.summary_view)
        layout.addLayout(grid_row, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)

        self.workshop_box.currentIndexChanged.connect(self._workshop_chosen)
        self.track_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.attention.toggled.connect(self.proxy.set_only_attention)
        self.view.mark_requested.connect(self.mark_selection)
        self.view.cell_clicked.connect(self._cycle_cell)
        self.view.customContextMenuRequested.connect(self._context_menu)
        # The frozen standings answer like the grid: the same menu; a double click sets
        # eligibility by hand.
        self.summary_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.summary_view.customContextMenuRequested.connect(
            lambda pos: self._context_menu(
                self.view.viewport().mapFromGlobal(self.summary_view.viewport().mapToGlobal(pos))
            )
        )
        self.summary_view.doubleClicked.connect(lambda _index: self.edit_override())
        self.everyone_button.clicked.connect(self.everyone_present)
        self.note_button.clicked.connect(self.edit_note)
        self.override_button.clicked.connect(self.edit_override)
        ctx.changed.connect(self._on_changed)
        ctx.workshop_selected.connect(self.select_workshop)
        self.refresh_workshops()

    def first_focus(self) -> QWidget:
        """The grid: marks are typed straight away."""
        return self.view

    # ----- choosing what to show ---------------------------------------------
    def refresh_workshops(self) -> None:
        keep = self.workshop_id() or self.ctx.current_workshop_id
        self._loading = True
        self.workshop_box.clear()
        for w in list_workshops(self.ctx.db):
            self.workshop_box.addItem(f"{w.code} — {w.title}", w.id)
        self._loading = False
        index = self.workshop_box.findData(keep) if keep else -1
        self.workshop_box.setCurrentIndex(max(0, index))
        self._workshop_chosen()

    def workshop_id(self) -> int | None:
        data = self.workshop_box.currentData()
        return int(data) if data is not None else None

    def _register_view(self) -> RegisterView:
        """What the page shows now, for its files (export, import, sign-in sheets)."""
        grid = self.model.grid
        return RegisterView(
            workshop_id=self.workshop_id(),
            workshop_code=self.workshop_box.currentText().split(" — ")[0],
            grid_workshop_id=grid.workshop_id if grid is not None else None,
            tracks=[self.track_box.itemText(i) for i in range(self.track_box.count())],
            current_track=self.track_box.currentText(),
            days=sorted({s.date for s in grid.slots}) if grid is not None else [],
        )

    def track_id(self) -> int | None:
        data = self.track_box.currentData()
        return int(data) if data is not None and data >= 0 else None

    def select_workshop(self, workshop_id: int) -> None:
        index = self.workshop_box.findData(workshop_id)
        if index >= 0 and index != self.workshop_box.currentIndex():
            self.workshop_box.setCurrentIndex(index)

    def select_track(self, name: str) -> None:
        index = self.track_box.findText(name)
        if index >= 0:
            self.track_box.setCurrentIndex(index)

    def _workshop_chosen(self, *_args: object) -> None:
        if self._loading:
            return
        wid = self.workshop_id()
        keep = self.track_box.currentText()
        self._loading = True
        self.track_box.clear()
        if wid is not None:
            for t in list_tracks(self.ctx.db, wid):
                # -1 stands for "no track" so that None keeps meaning "nothing chosen".
                self.track_box.addItem(t.name or self.tr("(no track)"), t.id if t.id else -1)
        self._loading = False
        self.trackless.show_for(self.ctx.db, wid)
        index = self.track_box.findText(keep)
        self.track_box.setCurrentIndex(max(0, index))
        self.reload()

    def reload(self) -> None:
        """Load the chosen grid from the database (not per keystroke: on choice or news)."""
        if self._loading:
            return
        wid = self.workshop_id()
        if wid is None or self.track_box.count() == 0:
            self.model.set_grid(None)
        else:
            self.model.set_grid(load_grid(self.ctx.db, wid, self.track_id()))
            self.view.fit_columns()
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._update_summary()

    def _on_changed(self, what: Changes) -> None:
        if self._own_change:
            return
        if what & {Change.WORKSHOPS, Change.DATABASE}:
            self.refresh_workshops()
        elif what & {Change.ATTENDANCE, Change.PARTICIPATIONS, Change.PEOPLE, Change.SLOTS}:
            self._workshop_chosen()

    # ----- marking ------------------------------------------------------------
    def _selected_keys(self) -> list[tuple[CellKey, int, int]]:
        out = []
        for proxy_index in self.view.selectionModel().selectedIndexes():
            src = self.proxy.mapToSource(proxy_index)
            key = self.model.key_at(src.row(), src.column())
            if key is not None:
                out.append((key, src.row(), src.column()))
        if not out:
            src = self.proxy.mapToSource(self.view.currentIndex())
            if src.isValid() and (key := self.model.key_at(src.row(), src.column())):
                out.append((key, src.row(), src.column()))
        return out

    def mark_selection(self, mark: Mark | str | None) -> None:
        cells = self._selected_keys()
        if not cells:
            return
        changes: dict[CellKey, CellState] = {}
        for key, row, col in cells:
            state = self.model.state_at(row, col)
            new = next_in_cycle(state.mark) if mark == CYCLE else mark
            # Clearing a mark removes its note; a changed mark keeps it.
            changes[key] = CellState(new, state.note if new else None)  # type: ignore[arg-type]
        if self.apply(changes, self._describe(mark, len(changes))) and len(cells) == 1:
            self.view.advance()

    def _cycle_cell(self, proxy_index: QModelIndex) -> None:
        src = self.proxy.mapToSource(proxy_index)
        key = self.model.key_at(src.row(), src.column())
        if key is None:
            return
        state = self.model.state_at(src.row(), src.column())
        new = next_in_cycle(state.mark)
        self.apply({key: CellState(new, state.note if new else None)}, self._describe(CYCLE, 1))

    def _describe(self, mark: Mark | str | None, n: int) -> str:
        what = {
            Mark.PRESENT: self.tr("present"),
            Mark.LATE: self.tr("late"),
            Mark.EXCUSED: self.tr("excused"),
            Mark.ABSENT: self.tr("absent"),
            None: self.tr("not marked"),
            CYCLE: self.tr("next mark"),
        }[mark]
        return self.tr("Mark %n cell(s) %1", "", n).replace("%1", what)

    def apply(self, changes: Mapping[CellKey, CellState], text: str, reason: str = "grid") -> bool:
        """Save *changes* now and push them on the undo stack; False if refused."""
        grid = self.model.grid
        if grid is None:
            return False
        changes = {
            k: v for k, v in changes.items() if grid.cells.get(k, EMPTY) != (v if v.mark else EMPTY)
        }
        if not changes:
            return True
        try:
            before = set_cells(self.ctx.db, grid.workshop_id, changes, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Attendance"), str(exc))
            return False
        self.ctx.undo_stack.push(
            SetCellsCommand(self.ctx.db, grid.workshop_id, before, changes, self._show_cells, text)
        )
        return True

    def _show_cells(self, workshop_id: int, changes: Mapping[CellKey, CellState]) -> None:
        grid = self.model.grid
        if grid is not None and grid.workshop_id == workshop_id:
            self.model.update_cells(changes)
            self._update_summary()
        self._tell_others(Change.ATTENDANCE)

    def _tell_others(self, *what: Change) -> None:
        self._pending_news.update(what)
        self._news_timer.start()

    def _send_news(self) -> None:
        what, self._pending_news = self._pending_news, set()
        if not what:
            return
        self._own_change = True
        try:
            self.ctx.notify(*what)
        finally:
            self._own_change = False

    def everyone_present(self) -> None:
        current = self.proxy.mapToSource(self.view.currentIndex())
        slot = self.model.slot_at(current.column()) if current.isValid() else None
        if slot is None:
            self.ctx.status_message.emit(self.tr("Choose a session (a column) first."))
            return
        changes = {}
        for proxy_row in range(self.proxy.rowCount()):
            row = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
            if self.model.state_at(row, current.column()).mark is None:
                key = self.model.key_at(row, current.column())
                if key:
                    changes[key] = CellState(Mark.PRESENT)
        self.apply(changes, self.tr("Everyone present at %1").replace("%1", slot.topic))

    def edit_note(self) -> None:
        src = self.proxy.mapToSource(self.view.currentIndex())
        key = self.model.key_at(src.row(), src.column()) if src.isValid() else None
        if key is None:
            return
        state = self.model.state_at(src.row(), src.column())
        if state.mark is None:
            QMessageBox.information(
                self, self.tr("Note"), self.tr("Mark the session first; a note belongs to a mark.")
            )
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Note"), self.tr("Note on this mark:"), text=state.note or ""
        )
        if ok:
            self.apply({key: CellState(state.mark, text.strip() or None)}, self.tr("Edit note"))

    # ----- overrides ----------------------------------------------------------
    def edit_override(self) -> None:
        src = self.proxy.mapToSource(self.view.currentIndex())
        if not src.isValid():
            self.ctx.status_message.emit(self.tr("Choose a person first."))
            return
        person = self.model.person_at(src.row())
        dialog = OverrideDialog(
            person.display_name,
            self.model.result_at(src.row()),
            person.override,
            person.override_reason,
            self,
        )
        if dialog.exec() != OverrideDialog.DialogCode.Accepted:
            return
        self.set_override(person.participation_id, dialog.choice(), dialog.reason_text())

    def set_override(self, participation_id: int, eligible: bool | None, reason: str) -> bool:
        try:
            before = set_override(self.ctx.db, participation_id, eligible, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Eligibility"), str(exc))
            return False
        after = OverrideState(eligible, " ".join(reason.split()) if eligible is not None else None)
        self.ctx.undo_stack.push(
            OverrideCommand(
                self.ctx.db,
                participation_id,
                before,
                after,
                self._show_override,
                self.tr("Set eligibility by hand"),
            )
        )
        return True

    def _show_override(self, participation_id: int, state: OverrideState) -> None:
        self.model.set_override(participation_id, state.eligible, state.reason)
        self._update_summary()
        self._tell_others(Change.PARTICIPATIONS)

    # ----- the rest -------------------------------------------------------------
    def _marker(self, mark: Mark | None) -> Callable[[], None]:
        return lambda: self.mark_selection(mark)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for text, mark in (
            (self.tr("Present\tP"), Mark.PRESENT),
            (self.tr("Late\tL"), Mark.LATE),
            (self.tr("Excused\tE"), Mark.EXCUSED),
            (self.tr("Absent\tA"), Mark.ABSENT),
            (self.tr("Not marked\tDelete"), None),
        ):
            menu.addAction(text, self._marker(mark))
        menu.addSeparator()
        menu.addAction(self.tr("Note…"), self.edit_note)
        menu.addAction(self.tr("Everyone present in this session"), self.everyone_present)
        menu.addAction(self.tr("Eligibility by hand…"), self.edit_override)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _update_summary(self) -> None:
        grid = self.model.grid
        if grid is None:
            self.summary.setText(self.tr("No workshop to show. Create one or load the demo."))
            return
        counts = {s: 0 for s in Standing}
        for row in range(self.model.rowCount()):
            counts[self.model.result_at(row).standing] += 1
        self.summary.setText(
            self.tr(
                "%1 people · %2 sessions · %3 eligible · %4 on track · %5 at risk · %6 not eligible"
            )
            .replace("%1", str(len(grid.people)))
            .replace("%2", str(len(grid.slots)))
            .replace("%3", str(counts[Standing.ELIGIBLE]))
            .replace("%4", str(counts[Standing.ON_TRACK]))
            .replace("%5", str(counts[Standing.AT_RISK]))
            .replace("%6", str(counts[Standing.NOT_ELIGIBLE]))
        )


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return AttendancePage(ctx, parent)
