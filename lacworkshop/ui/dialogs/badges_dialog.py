"""Print badges or table tents: who, on which stock, in which language; preview, print, save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from lacworkshop.services.badges import (
    BadgeSelection,
    PrintResult,
    badge_settings,
    print_badges,
    print_tents,
)
from lacworkshop.services.workshops import list_tracks
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.badge_stock_box import BadgeStockBox
from lacworkshop.ui.widgets.document_language_box import DocumentLanguageBox
from lacworkshop.ui.widgets.paper_size_box import PaperSizeBox
from lacworkshop.ui.widgets.save_path import ask_save_path, suggested_path


class BadgesDialog(QDialog):
    """Choose who gets a badge (or a tent) and send the PDF to the screen, a printer or a file."""

    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int,
        parent: QWidget | None = None,
        person_ids: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.person_ids = person_ids
        self._tmp = QTemporaryDir()
        self.setWindowTitle(self.tr("Badges and table tents"))
        self.kind_box = self._kind_box()
        self.who_box = self._who_box(bool(person_ids))
        self.track_box = QComboBox()
        for track in list_tracks(ctx.db, workshop_id):
            self.track_box.addItem(track.name, track.name)
        self.role_box = self._role_box()
        self.since_edit = QDateEdit(QDate.currentDate())
        self.since_edit.setCalendarPopup(True)
        self.layout_box = BadgeStockBox(badge_settings(ctx.db, workshop_id).layout)
        self.paper_box = PaperSizeBox()
        self.language_box = DocumentLanguageBox(workshop_default=True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Print:"), self.kind_box),
            (self.tr("&Who:"), self.who_box),
            (self.tr("&Track:"), self.track_box),
            (self.tr("&Role:"), self.role_box),
            (self.tr("&Since:"), self.since_edit),
            (self.tr("&Stock:"), self.layout_box),
            (self.tr("P&aper:"), self.paper_box),
            (self.tr("&Language:"), self.language_box),
        ):
            form.addRow(label, widget)
        form.addRow(self.note)
        form.addRow(self._buttons())
        self.kind_box.currentIndexChanged.connect(self._show_fields)
        self.who_box.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _kind_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Name badges"), "badges")
        box.addItem(self.tr("Table tents"), "tents")
        return box

    def _who_box(self, with_selection: bool) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Everyone"), "all")
        if with_selection:
            count = len(self.person_ids or ())
            box.addItem(self.tr("The people selected (%n)", "", count), "chosen")
        box.addItem(self.tr("New arrivals (badge never printed)"), "new")
        box.addItem(self.tr("One track"), "track")
        box.addItem(self.tr("One role"), "role")
        box.addItem(self.tr("Registered since"), "since")
        box.setCurrentIndex(max(0, box.findData("chosen")))
        return box

    def _role_box(self) -> QComboBox:
        box = QComboBox()
        for code, name in (
            ("attendee", self.tr("Attendees")),
            ("trainer", self.tr("Trainers")),
            ("organiser", self.tr("Organisers")),
            ("staff", self.tr("Staff")),
        ):
            box.addItem(name, code)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.btn_preview = QPushButton(self.tr("Pre&view"))
        self.btn_print = QPushButton(self.tr("Print…"))
        self.btn_save = QPushButton(self.tr("Save PDF…"))
        self.btn_settings = QPushButton(self.tr("Se&ttings…"))
        for button in (self.btn_settings, self.btn_preview, self.btn_print, self.btn_save):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.btn_preview.clicked.connect(lambda: self._make("preview"))
        self.btn_print.clicked.connect(lambda: self._make("print"))
        self.btn_save.clicked.connect(lambda: self._make("save"))
        self.btn_settings.clicked.connect(self._open_settings)
        return buttons

    def _open_settings(self) -> None:
        from lacworkshop.ui.dialogs.badge_settings_dialog import BadgeSettingsDialog

        dialog = BadgeSettingsDialog(self.ctx, self.workshop_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.layout_box.choose(dialog.chosen().layout)

    def _show_fields(self) -> None:
        form = self.layout()
        assert isinstance(form, QFormLayout)
        who = self.who_box.currentData()
        tents = self.kind_box.currentData() == "tents"
        for widget, shown in (
            (self.track_box, who == "track"),
            (self.role_box, who == "role"),
            (self.since_edit, who == "since"),
            (self.layout_box, not tents),
            (self.paper_box, tents),
        ):
            form.setRowVisible(widget, shown)
        if tents and who == "all":
            self.note.setText(self.tr("Everyone here means the trainers and the organisers."))
        else:
            self.note.setText("")
        self.adjustSize()

    def selection(self) -> BadgeSelection:
        """The people the form picks."""
        who = self.who_box.currentData()
        if who == "chosen" and self.person_ids:
            return BadgeSelection(person_ids=tuple(self.person_ids))
        if who == "new":
            return BadgeSelection(new_only=True)
        if who == "track":
            return BadgeSelection(track=self.track_box.currentData())
        if who == "role":
            return BadgeSelection(role=self.role_box.currentData())
        if who == "since":
            qd = self.since_edit.date()
            return BadgeSelection(since=date(qd.year(), qd.month(), qd.day()))
        return BadgeSelection()

    def _make(self, how: str) -> None:
        tents = self.kind_box.currentData() == "tents"
        name = "table-tents.pdf" if tents else "badges.pdf"
        if how == "save":
            chosen = ask_save_path(
                self, self.tr("Save as PDF"), suggested_path(name), self.tr("PDF (*.pdf)"), ".pdf"
            )
            if not chosen:
                return
            path = chosen
        else:
            path = str(Path(self._tmp.path()) / name)
        wid, selection = self.workshop_id, self.selection()
        language = self.language_box.code()
        # A preview changes nothing: "new arrivals" still finds the same people afterwards.
        record = how != "preview"
        if tents:
            paper = self.paper_box.paper()

            def operation(p):  # type: ignore[no-untyped-def]
                return print_tents(self.ctx.db, wid, path, paper, selection, language, p)
        else:
            layout = self.layout_box.layout_name()

            def operation(p):  # type: ignore[no-untyped-def]
                return print_badges(self.ctx.db, wid, path, layout, selection, language, record, p)

        run_operation(
            self.ctx,
            self,
            operation,
            title=self.tr("Badges and table tents"),
            on_done=lambda result: self._done(result, how, path),
        )

    def _done(self, result: PrintResult, how: str, path: str) -> None:
        lines = [
            self.tr("%n badge(s) on %1 page(s).", "", result.badges).replace(
                "%1", str(result.pages)
            )
        ]
        lines.extend(result.skipped)
        self.note.setText("\n".join(lines))
        if how == "preview":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif how == "print":
            from lacworkshop.ui.dialogs.pdf_print import print_pdf

            if print_pdf(path, self):
                self.ctx.status_message.emit(self.tr("Sent to the printer."))
        else:
            self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", path))
