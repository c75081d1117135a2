"""Generate sessions for a date range: days x daily blocks, skipping chosen days."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.errors import ValidationError
from lacworkshop.services.workshops import (
    DEFAULT_BLOCKS,
    GeneratedSessions,
    SessionPlan,
    TrackRow,
    block_hours,
    generate_sessions,
    plan_days,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.schedule_warning import accept_schedule_problems
from lacworkshop.ui.error_reporting import error_text
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.field_errors import FieldErrors
from lacworkshop.ui.widgets.workshop_form import from_qdate, to_qdate


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class BlockRow(QWidget):
    def __init__(self, start: time, end: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = QTimeEdit(_qtime(start))
        self.end = QTimeEdit(_qtime(end))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.remove = QPushButton(self.tr("Remove"))
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addWidget(self.remove)
        row.addStretch(1)

    def block(self) -> tuple[time, time]:
        return _time(self.start.time()), _time(self.end.time())


class ScheduleGeneratorDialog(QDialog):
    """Asks for the plan, then runs the generation; ``created`` holds the new sessions' ids."""

    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int,
        first: date,
        last: date,
        tracks: list[TrackRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate sessions"))
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.created: list[int] = []
        self._ready = False  # the preview waits until every field exists
        self.start = QDateEdit(to_qdate(first))
        self.end = QDateEdit(to_qdate(last))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDateRange(to_qdate(first), to_qdate(last))
        self.blocks_box = QVBoxLayout()
        self.blocks: list[BlockRow] = []
        for b_start, b_end in DEFAULT_BLOCKS:
            self._add_block(b_start, b_end)
        add_block = QPushButton(self.tr("Add a block"))
        add_block.clicked.connect(lambda: self._add_block(time(19, 0), time(20, 30)))
        blocks_widget = QWidget()
        bl = QVBoxLayout(blocks_widget)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(self.blocks_box)
        bl.addWidget(add_block)
        self.weekdays: list[QCheckBox] = []
        days_widget = QWidget()
        dl = QHBoxLayout(days_widget)
        dl.setContentsMargins(0, 0, 0, 0)
        for i, name in enumerate(
            [
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            ]
        ):
            box = QCheckBox(name)
            box.setChecked(i >= 5)
            self.weekdays.append(box)
            dl.addWidget(box)
        dl.addStretch(1)
        self.skip_dates = QLineEdit()
        self.skip_dates.setPlaceholderText(self.tr("e.g. 2026-10-07, 2026-10-12"))
        self.tracks = QListWidget()
        self.tracks.setMaximumHeight(110)
        every = QListWidgetItem(self.tr("All tracks together (plenary)"))
        every.setData(Qt.ItemDataRole.UserRole, None)
        every.setCheckState(Qt.CheckState.Unchecked)
        self.tracks.addItem(every)
        for t in tracks:
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.tracks.addItem(item)
        self.topic = QLineEdit()
        self.preview = QLabel()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("start", self.tr("&From:"), self.start)
        self.errors.add("end", self.tr("&To:"), self.end)
        self.errors.add("blocks", self.tr("Daily blocks:"), blocks_widget)
        self.errors.add("skip", self.tr("Skip weekdays:"), days_widget)
        self.errors.add("skip_dates", self.tr("Skip dates:"), self.skip_dates)
        self.errors.add("track_id", self.tr("For:"), self.tracks)
        self.errors.add("topic", self.tr("Topic (optional):"), self.topic)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Generate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        for sig in (self.start.dateChanged, self.end.dateChanged, self.skip_dates.textChanged):
            sig.connect(self._update_preview)
        for box in self.weekdays:
            box.toggled.connect(self._update_preview)
        self.tracks.itemChanged.connect(self._update_preview)
        self._ready = True
        self._update_preview()

    def _add_block(self, start: time, end: time) -> None:
        row = BlockRow(start, end, self)
        row.remove.clicked.connect(lambda: self._remove_block(row))
        row.start.timeChanged.connect(self._update_preview)
        row.end.timeChanged.connect(self._update_preview)
        self.blocks.append(row)
        self.blocks_box.addWidget(row)
        self._update_preview()

    def _remove_block(self, row: BlockRow) -> None:
        self.blocks.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_preview()

    def parsed_skip_dates(self) -> list[date]:
        found = []
        for part in self.skip_dates.text().replace(";", ",").split(","):
            part = part.strip()
            if part:
                try:
                    found.append(date.fromisoformat(part))
                except ValueError as exc:
                    raise ValidationError(
                        self.tr("{text} is not a date like 2026-10-07.").format(text=part),
                        "skip_dates",
                    ) from exc
        return found

    def chosen_tracks(self) -> list[int | None]:
        return [
            self.tracks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.tracks.count())
            if self.tracks.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_preview(self) -> None:
        if not self._ready:
            return
        try:
            skip = self.parsed_skip_dates()
        except ValidationError:
            skip = []
        days = plan_days(
            from_qdate(self.start.date()),
            from_qdate(self.end.date()),
            [i for i, b in enumerate(self.weekdays) if b.isChecked()],
            skip,
        )
        hours = sum(block_hours(b.block()) for b in self.blocks)
        n = len(days) * len(self.blocks) * max(1, len(self.chosen_tracks()))
        self.preview.setText(
            self.tr(
                "{days} day(s) × {blocks} block(s): {n} sessions, {hours:g} h per track."
            ).format(days=len(days), blocks=len(self.blocks), n=n, hours=hours * len(days))
        )

    def plan(self) -> SessionPlan:
        """The sessions asked for; a ValidationError names the field that is wrong."""
        tracks = self.chosen_tracks()
        if not tracks:
            raise ValidationError(self.tr("Choose at least one track."), "track_id")
        return SessionPlan(
            first=from_qdate(self.start.date()),
            last=from_qdate(self.end.date()),
            blocks=[b.block() for b in self.blocks],
            skip_weekdays=[i for i, b in enumerate(self.weekdays) if b.isChecked()],
            skip_dates=self.parsed_skip_dates(),
            track_ids=tracks,
            topic=self.topic.text(),
        )

    def accept(self) -> None:
        try:
            plan = self.plan()
        except ValidationError as exc:
            self._show_error(exc)
            return
        self._generate(plan, allow_problems=False)

    def _generate(self, plan: SessionPlan, *, allow_problems: bool) -> None:
        db, wid = self.ctx.db, self.workshop_id

        def done(generated: GeneratedSessions) -> None:
            if generated.refused:
                if accept_schedule_problems(generated.problems, self):
                    self._generate(plan, allow_problems=True)
                return
            self.created = generated.created
            super(ScheduleGeneratorDialog, self).accept()

        run_operation(
            self.ctx,
            self,
            lambda p: generate_sessions(db, wid, plan, allow_problems=allow_problems, progress=p),
            title=self.windowTitle(),
            on_done=done,
            on_failure=self._show_error,
        )

    def _show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        if not self.errors.show(exc.field, str(exc)):
            self.errors.show("start", str(exc))
