"""The outbox: what waits, what went, what failed and why; send now, retry, export the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.errors import message_language
from lacworkshop.services.email import (
    SendReport,
    export_sent_log,
    list_outbox,
    load_account,
    send_outbox,
)
from lacworkshop.services.operations import Change
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.email_labels import EmailLabels
from lacworkshop.ui.email_password import password_for
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.save_path import refused_as_output
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


class EmailOutboxDialog(QDialog):
    def __init__(
        self, ctx: AppContext, workshop_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("email_outbox_dialog")
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.setWindowTitle(self.tr("Outbox"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("outbox_table")
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Address"),
                self.tr("Message"),
                self.tr("Certificate"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = QPushButton(self.tr("&Send now"))
        self.send_button.clicked.connect(lambda: self.send(retry=False))
        self.retry_button = QPushButton(self.tr("&Retry the failed"))
        self.retry_button.clicked.connect(lambda: self.send(retry=True))
        self.export_button = QPushButton(self.tr("&Export the log…"))
        self.export_button.clicked.connect(self._export)
        for b in (self.send_button, self.retry_button, self.export_button):
            box.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._labels = EmailLabels(self)
        ctx.changed.connect(self._on_changed)
        self.refresh()
        fit_to_screen(self, QSize(900, 520))

    def _on_changed(self, what: frozenset[str]) -> None:
        if Change.OUTBOX in what or Change.DATABASE in what:
            self.refresh()

    def refresh(self) -> None:
        rows = list_outbox(self.ctx.db, self.workshop_id)
        self.table.setRowCount(len(rows))
        counts: dict[str, int] = {}
        for r, m in enumerate(rows):
            counts[m.state] = counts.get(m.state, 0) + 1
            cert = f"{m.certificate_code} v{m.certificate_version}" if m.certificate_code else ""
            values = [
                m.name,
                m.recipient,
                self._labels.template(m.template),
                cert,
                self._labels.state(m.state),
                str(m.attempts),
                m.last_error or "",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.summary.setText(
            self.tr("Waiting {queued}, sent {sent}, failed {failed}.").format(
                queued=counts.get("queued", 0) + counts.get("sending", 0),
                sent=counts.get("sent", 0),
                failed=counts.get("failed", 0),
            )
        )
        self.retry_button.setEnabled(counts.get("failed", 0) > 0)
        self.send_button.setEnabled(counts.get("queued", 0) + counts.get("sending", 0) > 0)

    def send(self, retry: bool) -> None:
        account = load_account(self.ctx.db)
        if not account.configured:
            QMessageBox.information(
                self,
                self.tr("Outbox"),
                self.tr("Set up the email account first, in Preferences > Email."),
            )
            return
        go, password = password_for(self, account)
        if not go:
            return
        workshop_id = self.workshop_id
        run_operation(
            self.ctx,
            self,
            lambda p: send_outbox(
                self.ctx.db,
                account,
                password,
                workshop_id=workshop_id,
                retry_failed=retry,
                progress=p,
            ),
            title=self.tr("Outbox"),
            label=self.tr("Sending…"),
            on_done=self._sent,
        )

    def _sent(self, report: SendReport) -> None:
        text = self.tr("Sent {sent}, to try again later {deferred}, failed {failed}.").format(
            sent=len(report.sent), deferred=len(report.deferred), failed=len(report.failed)
        )
        if report.offline:
            text += "\n" + self.tr(
                "The server could not be reached ({reason}); the messages wait in the outbox."
            ).format(reason=report.offline)
        # Said in the dialog rather than in a box on top: the table beside it shows who.
        self.refresh()
        self.summary.setText(self.summary.text() + "\n" + text)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the log of messages"),
            str(Path.home() / "messages.xlsx"),
            self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)"),
        )
        title = self.tr("Export the log of messages")
        if not path or refused_as_output(self, title, path):
            return
        target = Path(path)
        language = message_language()
        run_operation(
            self.ctx,
            self,
            lambda _p: export_sent_log(self.ctx.db, self.workshop_id, target, language),
            title=title,
            on_done=lambda rows: self._exported(target, rows),
        )

    def _exported(self, target: Path, rows: int) -> None:
        # Said where the person looks: under the table, and in the window's status bar.
        text = self.tr("{rows} messages saved in {path}").format(rows=rows, path=target)
        self.summary.setText(self.summary.text().split("\n")[0] + "\n" + text)
        self.ctx.status_message.emit(text)
