"""Check-in at the door: scan a badge (or type its code or a name), see the answer at once.

A USB barcode scanner types what it reads and then Enter, so the scan field is
an ordinary line edit that keeps the focus. Each answer shows the name on a
colour (Okabe-Ito: green present, orange late, blue already in, vermillion a
problem) with a sound; the last scan can be undone. Large type fills a screen
at the door. The session is the one under way by the workshop's clock, and
can be changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.checkin import (
    CheckinResult,
    Outcome,
    check_in,
    check_in_participation,
    checkin_sessions,
    current_session,
    undo_check_in,
)
from lacworkshop.services.operations import Change, Changes
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.workshop_box import WorkshopBox

# Okabe-Ito colours, with the ink that reads on each.
COLOURS = {
    Outcome.PRESENT: ("#009E73", "#000000"),
    Outcome.LATE: ("#E69F00", "#000000"),
    Outcome.WELCOME: ("#56B4E9", "#000000"),
    Outcome.ALREADY: ("#0072B2", "#FFFFFF"),
    Outcome.CHOOSE: ("#F0E442", "#000000"),
}
PROBLEM = ("#D55E00", "#000000")
NORMAL_SIZE = 20
LARGE_SIZE = 44


class CheckinPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last: CheckinResult | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._session_row())
        self.scan = QLineEdit()
        self.scan.setObjectName("checkin_scan")
        self.scan.setPlaceholderText(
            self.tr("Scan a badge, or type its code or a name, then Enter")
        )
        self.scan.setToolTip(self.scan.placeholderText())
        layout.addWidget(self.scan)
        layout.addWidget(self._answer(), 2)
        self.choices = QListWidget()
        self.choices.setObjectName("checkin_choices")
        self.choices.hide()
        layout.addWidget(self.choices, 1)
        layout.addLayout(self._actions_row())
        self.history_label = QLabel(self.tr("Recent scans:"))
        self.history = QListWidget()
        self.history.setObjectName("checkin_history")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self._set_size(NORMAL_SIZE)
        self._connect()
        self.refresh_workshops()

    def _session_row(self) -> QHBoxLayout:
        """The heading, then which workshop and session people are checked in to."""
        self.heading = QLabel("<h2>" + self.tr("Check-in") + "</h2>")
        self.workshop_box = WorkshopBox()
        self.workshop_box.setMinimumContentsLength(18)
        self.session_box = QComboBox()
        self.session_box.setMinimumContentsLength(24)
        self.btn_now = QPushButton(self.tr("&Now"))
        self.btn_now.setToolTip(self.tr("Choose the session under way by the workshop's clock"))
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addWidget(self.workshop_box, 2)
        row.addWidget(self.session_box, 3)
        row.addWidget(self.btn_now)
        return row

    def _answer(self) -> QLabel:
        self.answer = QLabel(self.tr("Ready"))
        self.answer.setObjectName("checkin_answer")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(90)
        return self.answer

    def _actions_row(self) -> QHBoxLayout:
        self.btn_undo = QPushButton(self.tr("&Undo last scan"))
        self.btn_undo.setEnabled(False)
        self.btn_large = QPushButton(self.tr("&Large type"))
        self.btn_large.setCheckable(True)
        self.btn_large.setToolTip("F11")
        self.btn_badges = QPushButton(self.tr("&Badges…"))
        row = QHBoxLayout()
        row.addWidget(self.btn_undo)
        row.addStretch(1)
        row.addWidget(self.btn_large)
        row.addWidget(self.btn_badges)
        return row

    def _connect(self) -> None:
        self.workshop_box.currentIndexChanged.connect(self._workshop_chosen)
        self.btn_now.clicked.connect(self.choose_current_session)
        self.btn_large.toggled.connect(self.set_large)
        self.btn_badges.clicked.connect(self.open_badges)
        self.btn_undo.clicked.connect(self.undo_last)
        self.scan.returnPressed.connect(self.submit)
        self.choices.itemActivated.connect(self._chosen)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.undo_last)
        QShortcut(QKeySequence("F11"), self, self.btn_large.toggle)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.workshop_selected.connect(self.workshop_box.select)

    def first_focus(self) -> QWidget:
        """The scan field: a scanner types into whatever has the focus."""
        return self.scan

    # ----- what is being checked in ---------------------------------------------
    def refresh_workshops(self) -> None:
        self.workshop_box.refill(self.ctx.db, self.ctx.current_workshop_id)

    def workshop_id(self) -> int | None:
        return self.workshop_box.workshop_id()

    def session_id(self) -> int | None:
        data = self.session_box.currentData()
        return int(data) if data is not None else None

    def select_workshop(self, workshop_id: int) -> None:
        self.workshop_box.select(workshop_id)

    def _workshop_chosen(self) -> None:
        keep = self.session_id()
        self.session_box.clear()
        wid = self.workshop_id()
        if wid is None:
            return
        for s in checkin_sessions(self.ctx.db, wid):
            label = f"{s.date:%d/%m} {s.start:%H:%M}–{s.end:%H:%M} {s.topic}"
            if s.track:
                label += f" · {s.track}"
            self.session_box.addItem(label, s.id)
        index = self.session_box.findData(keep) if keep else -1
        if index >= 0:
            self.session_box.setCurrentIndex(index)
        else:
            self.choose_current_session()

    def choose_current_session(self) -> None:
        wid = self.workshop_id()
        if wid is None:
            return
        found = current_session(self.ctx.db, wid)
        index = self.session_box.findData(found) if found is not None else -1
        if index >= 0:
            self.session_box.setCurrentIndex(index)
        self.scan.setFocus()

    def _on_changed(self, what: Changes) -> None:
        if what & {Change.WORKSHOPS, Change.DATABASE}:
            self.refresh_workshops()
        elif Change.SLOTS in what:
            self._workshop_chosen()

    # ----- scanning -------------------------------------------------------------
    def submit(self) -> None:
        text = self.scan.text().strip()
        wid, sid = self.workshop_id(), self.session_id()
        self.scan.clear()
        if not text:
            return
        if wid is None or sid is None:
            self.answer.setText(self.tr("Choose the session to check people in to."))
            return
        run_operation(
            self.ctx,
            self,
            lambda p: check_in(self.ctx.db, wid, sid, text, progress=p),
            title=self.tr("Check-in"),
            on_done=self.show_result,
            minimum_duration=1500,
        )

    def _chosen(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        wid, sid = self.workshop_id(), self.session_id()
        if pid is None or wid is None or sid is None:
            return
        run_operation(
            self.ctx,
            self,
            lambda p: check_in_participation(self.ctx.db, wid, sid, int(pid), progress=p),
            title=self.tr("Check-in"),
            on_done=self.show_result,
            minimum_duration=1500,
        )

    def show_result(self, result: CheckinResult) -> None:
        """Say what happened: words on a colour, and a sound (two for a problem)."""
        background, ink = COLOURS.get(result.outcome, PROBLEM)
        self.answer.setText(result.message)
        self.answer.setStyleSheet(
            f"QLabel#checkin_answer {{ background: {background}; color: {ink};"
            " border-radius: 6px; padding: 8px; }"
        )
        self.answer.setProperty("outcome", result.outcome.value)
        self.choices.clear()
        for candidate in result.candidates:
            label = " · ".join(
                x for x in (candidate.name, candidate.organisation, candidate.track) if x
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, candidate.participation_id)
            self.choices.addItem(item)
        self.choices.setVisible(bool(result.candidates))
        if result.candidates:
            self.choices.setCurrentRow(0)
            self.choices.setFocus()
        else:
            self.scan.setFocus()
        if result.outcome is not Outcome.CHOOSE:
            self.history.insertItem(0, result.message)
            while self.history.count() > 50:
                self.history.takeItem(self.history.count() - 1)
        if result.undoable:
            self._last = result
            self.btn_undo.setEnabled(True)
        QApplication.beep()
        if not result.outcome.good and result.outcome is not Outcome.CHOOSE:
            QTimer.singleShot(180, QApplication.beep)

    def undo_last(self) -> None:
        last, wid = self._last, self.workshop_id()
        if last is None or wid is None:
            return
        self._last = None
        self.btn_undo.setEnabled(False)
        run_operation(
            self.ctx,
            self,
            lambda p: undo_check_in(self.ctx.db, wid, last, p),
            title=self.tr("Check-in"),
            on_done=self._undone,
        )

    def _undone(self, message: str) -> None:
        self.answer.setText(message)
        self.answer.setStyleSheet("")
        self.history.insertItem(0, message)
        self.scan.setFocus()

    # ----- the door's screen ----------------------------------------------------
    def _set_size(self, size: int) -> None:
        font = QFont(self.answer.font())
        font.setPointSize(size)
        font.setBold(True)
        self.answer.setFont(font)
        scan_font = QFont(self.scan.font())
        # Capped: at the door's large type the prompt must still be read whole (fr, pt).
        scan_font.setPointSize(min(15, max(11, size // 2)))
        self.scan.setFont(scan_font)
        history_font = QFont(self.history.font())
        history_font.setPointSize(max(10, size // 3))
        self.history.setFont(history_font)
        self.choices.setFont(history_font)

    def set_large(self, on: bool) -> None:
        """Large type for a screen at the door: the answer fills the page."""
        self._set_size(LARGE_SIZE if on else NORMAL_SIZE)
        self.history.setVisible(not on)
        self.history_label.setVisible(not on)
        self.scan.setFocus()

    def open_badges(self) -> None:
        from lacworkshop.ui.dialogs.badges_dialog import BadgesDialog

        wid = self.workshop_id()
        if wid is not None:
            BadgesDialog(self.ctx, wid, self).exec()
            self.scan.setFocus()


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return CheckinPage(ctx, parent)
