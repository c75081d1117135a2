"""The Certificates page: the register of a workshop, its actions, and verifying a code.

What to issue and the job that issues and writes the PDFs live in
``certificates_issue`` (the box at the top of the page).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import CertificateStatus
from lacworkshop.services.certificates import (
    BeforeEndError,
    CertificateRow,
    IssueReport,
    list_certificates,
    reissue_certificate,
    revoke_certificate,
    write_for_viewing,
)
from lacworkshop.services.operations import Change, Changes
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.models.certificate_table import CertificateTableModel
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.pages.certificates_issue import CertificatesIssueBox, show_failure
from lacworkshop.ui.pages.certificates_publish import PublishAction
from lacworkshop.ui.widgets.column_fit import ColumnFit
from lacworkshop.ui.widgets.verify_bar import VerifyBar


class CertificatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tmp = QTemporaryDir()
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<h2>" + self.tr("Certificates") + "</h2>"), 1)
        self.email_button = QPushButton(self.tr("Email…"), self)
        self.email_button.setObjectName("email_certificates")
        self.email_button.setToolTip(
            self.tr("Email the selected holders their certificate (everyone when none is).")
        )
        self.email_button.clicked.connect(self._email)
        heading.addWidget(self.email_button)
        layout.addLayout(heading)
        self.issue_box = CertificatesIssueBox(ctx, self)
        self.issue_box.workshop_changed.connect(self.refresh)
        # The choices the register actions share with the box (reissue uses its template).
        self.workshop_combo = self.issue_box.workshop_combo
        self.kind_combo = self.issue_box.kind_combo
        self.template_combo = self.issue_box.template_combo
        self.generate_button = self.issue_box.generate_button
        layout.addWidget(self.issue_box)
        self.model = CertificateTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.column_fit = ColumnFit(self.table, {2: 160})
        self.table.doubleClicked.connect(lambda _i: self._open())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_actions())
        self.verify_bar = VerifyBar(ctx, self)
        # Publishing the verification folder sits beside verifying: both serve whoever checks.
        self.publish_action = PublishAction(ctx, self, self.issue_box.workshop_code)
        self.publish_button = QPushButton(self.tr("Publish…"), self)
        self.publish_button.setToolTip(self.publish_action.tool_tip())
        self.publish_button.clicked.connect(self.publish_action.run)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_bar, 1)
        # At the top: the verify bar grows downward with its verdict.
        verify_row.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(verify_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        ctx.workshop_selected.connect(self.issue_box.select_workshop)
        self.issue_box.fill_workshops()
        self.issue_box.fill_templates()
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.reissue_button = QPushButton(self.tr("Reissue"), self)
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(self._print)
        self.reissue_button.clicked.connect(self._reissue)
        self.revoke_button.clicked.connect(self._revoke)
        self.count_label = QLabel(self)
        self.show_all = QCheckBox(self.tr("Show superseded and revoked"), self)
        self.show_all.setToolTip(
            self.tr("Earlier versions and revoked certificates stay in the register.")
        )
        self.show_all.toggled.connect(self._show_all_toggled)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.show_all)
        for b in (self.open_button, self.print_button, self.reissue_button, self.revoke_button):
            row.addWidget(b)
        return row

    # -- state ------------------------------------------------------------------------------
    def workshop_id(self) -> int | None:
        return self.issue_box.workshop_id()

    def _on_changed(self, what: Changes) -> None:
        if what & {Change.WORKSHOPS, Change.DATABASE}:
            self.issue_box.fill_workshops()
        if what & {Change.TEMPLATES, Change.DATABASE}:
            self.issue_box.fill_templates()
        if what & {
            Change.CERTIFICATES,
            Change.PARTICIPATIONS,
            Change.PEOPLE,
            Change.ATTENDANCE,
            Change.WORKSHOPS,
            Change.DATABASE,
        }:
            self.refresh()

    def refresh(self) -> None:
        wid = self.workshop_id()
        rows = list_certificates(self.ctx.db, wid) if wid is not None else []
        self.model.set_rows(rows)
        self._fit_columns()
        valid = sum(1 for r in rows if r.status is CertificateStatus.VALID)
        self._show_count(valid)
        self.generate_button.setEnabled(wid is not None)
        self._update_buttons()

    def _show_all_toggled(self, on: bool) -> None:
        self.model.set_show_all(on)
        self._fit_columns()
        valid = sum(1 for r in self.model.register() if r.status is CertificateStatus.VALID)
        self._show_count(valid)
        self._update_buttons()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        # A revocation reason can be long: the status column is capped (its tooltip and the
        # verify bar give it whole) so that the names keep their room.
        status = self.model.columnCount() - 1
        self.table.setColumnWidth(status, min(self.table.columnWidth(status), 220))
        self.column_fit.least[2] = min(max(self.table.columnWidth(2), 160), 320)
        self.column_fit.fit()

    def _show_count(self, valid: int) -> None:
        text = self.tr("%n valid certificate(s)", "", valid)
        hidden = self.model.hidden_count()
        if hidden:
            text += " " + self.tr("(%n superseded or revoked hidden)", "", hidden)
        self.count_label.setText(text)

    def selected(self) -> list[CertificateRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        has_any = bool(chosen) or any(
            r.status is CertificateStatus.VALID for r in self.model.rows()
        )
        self.open_button.setEnabled(has_any)
        self.print_button.setEnabled(has_any)
        self.reissue_button.setEnabled(len(chosen) == 1)
        self.revoke_button.setEnabled(
            len(chosen) == 1 and chosen[0].status is not CertificateStatus.REVOKED
        )

    # -- actions ----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        show_failure(self, self.tr("Certificates"), exc)

    def _rows_to_show(self) -> list[CertificateRow]:
        chosen = self.selected()
        return chosen or [r for r in self.model.rows() if r.status is CertificateStatus.VALID]

    def _with_temp_pdf(self, then: Callable[[str], None]) -> None:
        """Draw the chosen (or every valid) certificate into a temporary PDF, then *then* it.

        Drawing hundreds of certificates takes a while: it runs as an operation,
        off the GUI thread, with progress and Cancel.
        """
        rows = self._rows_to_show()
        if not rows:
            return
        path = Path(self._tmp.path()) / (
            f"{rows[0].code}.pdf" if len(rows) == 1 else "certificates.pdf"
        )
        db, wid = self.ctx.db, self.workshop_id()
        run_operation(
            self.ctx,
            self,
            lambda progress: write_for_viewing(db, rows, path, wid, progress),
            title=self.tr("Certificates"),
            label=self.tr("Preparing the certificates…"),
            show_messages=False,
            on_done=lambda written: then(str(written)),
            on_failure=self._failed,
        )

    def _open(self) -> None:
        self._with_temp_pdf(self._open_file)

    def _open_file(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _print(self) -> None:
        self._with_temp_pdf(self._print_file)

    def _print_file(self, path: str) -> None:
        from lacworkshop.ui.dialogs.pdf_print import print_pdf

        if print_pdf(path, self):
            self.ctx.status_message.emit(self.tr("Sent to the printer."))

    def _reissue(self, before_end: bool = False) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        db, cid, template = self.ctx.db, chosen[0].id, self.issue_box.template_name()
        run_operation(
            self.ctx,
            self,
            lambda p: reissue_certificate(db, cid, template, before_end=before_end, progress=p),
            title=self.tr("Reissue"),
            on_done=self._reissued,
            on_failure=lambda exc: self._reissue_failed(exc, before_end),
        )

    def _reissue_failed(self, exc: BaseException, before_end: bool) -> None:
        if not isinstance(exc, BeforeEndError) or before_end:
            self._failed(exc)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reissue"),
            self.tr(
                "The last session of this workshop has not ended yet. Issue the certificate anyway?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._reissue(before_end=True)

    def _reissued(self, report: IssueReport) -> None:
        if report.issued:
            new = report.issued[0]
            text = (
                self.tr("Issued version %1 as %2.")
                .replace("%1", str(new.version))
                .replace("%2", new.code)
            )
        elif report.reprinted:
            text = self.tr("Reprinted %1: the same code and version, still valid.").replace(
                "%1", report.reprinted[0].code
            )
        elif report.blocked:
            text = f"{report.blocked[0].name}: {report.blocked[0].reason}"
        elif report.reused:
            text = self.tr("Nothing changed: %1 is still the valid certificate.").replace(
                "%1", report.reused[0].code
            )
        else:
            text = self.tr("This person is no longer entitled to this certificate.")
        QMessageBox.information(self, self.tr("Reissue"), text)
        # The new version is selected, so Open and Print act on it straight away.
        ids = [r.id for r in self.model.rows()]
        if report.issued and report.issued[0].id in ids:
            self.table.selectRow(ids.index(report.issued[0].id))

    def _email(self) -> None:
        """Email the selected holders their certificate (everyone when none is selected)."""
        from lacworkshop.ui.dialogs.email_send import EmailSendDialog

        workshop_id = self.workshop_id()
        if workshop_id is None:
            return
        chosen = [r.person_id for r in self.selected()] or None
        EmailSendDialog(self.ctx, workshop_id, chosen, parent=self).exec()

    def _revoke(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Revoke certificate"),
            self.tr("Why is %1 (%2) revoked? The certificate stays in the register.")
            .replace("%1", row.code)
            .replace("%2", row.name),
        )
        if not ok:
            return
        db = self.ctx.db
        run_operation(
            self.ctx,
            self,
            lambda p: revoke_certificate(db, row.id, reason, p),
            title=self.tr("Revoke certificate"),
            on_done=self._revoked,
            on_failure=self._failed,
        )

    def _revoked(self, row: CertificateRow) -> None:
        if not self.model.shows_all():
            # The row leaves the list at once: say where it went.
            self.ctx.status_message.emit(
                self.tr(
                    "%1 revoked; it stays in the register (show superseded and revoked)."
                ).replace("%1", row.code)
            )


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return CertificatesPage(ctx, parent)
