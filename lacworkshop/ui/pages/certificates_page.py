"""The Certificates page: issue, print and verify certificates; the register of a workshop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import CertificateKind, CertificateStatus
from lacworkshop.services.certificate_output import write_merged, write_per_person
from lacworkshop.services.certificate_templates import DEFAULT_TEMPLATE, list_templates
from lacworkshop.services.certificates import (
    CertificateRow,
    IssueReport,
    issue_certificates,
    list_certificates,
    reissue,
    revoke,
)
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.models.certificate_table import CertificateTableModel
from lacworkshop.ui.widgets.column_fit import ColumnFit
from lacworkshop.ui.widgets.save_path import suggested_path
from lacworkshop.ui.widgets.task_progress import run_with_progress
from lacworkshop.ui.widgets.verify_bar import VerifyBar


class CertificatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tmp = QTemporaryDir()
        self.last_pdf: str | None = None
        self.last_report: IssueReport | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Certificates") + "</h2>"))
        layout.addWidget(self._build_issue_box())
        self.model = CertificateTableModel(self)
        self.table = QTableView(self)
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
        layout.addWidget(self.verify_bar)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        ctx.workshop_selected.connect(self._select_workshop)
        self._fill_workshops()
        self._fill_templates()
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_issue_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Issue certificates"), self)
        form = QFormLayout(box)
        self.workshop_combo = QComboBox(box)
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        form.addRow(self.tr("Workshop:"), self.workshop_combo)
        row = QHBoxLayout()
        self.kind_combo = QComboBox(box)
        for kind, label in (
            (CertificateKind.PARTICIPATION, self.tr("Participation (attendance)")),
            (CertificateKind.COMPLETION, self.tr("Completion (with hours)")),
            (CertificateKind.TRAINER, self.tr("Trainer (modules and hours)")),
            (CertificateKind.ORGANISER, self.tr("Organiser")),
        ):
            self.kind_combo.addItem(label, kind)
        self.template_combo = QComboBox(box)
        self.language_combo = QComboBox(box)
        for code, label in (
            ("auto", self.tr("Each person's language")),
            ("es", self.tr("Spanish")),
            ("pt", self.tr("Portuguese")),
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
        ):
            self.language_combo.addItem(label, code)
        self.edit_templates = QPushButton(self.tr("Edit templates…"), box)
        self.edit_templates.clicked.connect(self._edit_templates)
        for label, widget in (
            (self.tr("Kind:"), self.kind_combo),
            (self.tr("Template:"), self.template_combo),
            (self.tr("Language:"), self.language_combo),
        ):
            row.addWidget(QLabel(label, box))
            row.addWidget(widget, 1)
        row.addWidget(self.edit_templates)
        form.addRow(row)
        row2 = QHBoxLayout()
        self.per_person = QCheckBox(self.tr("Also one PDF per person, in a zip file"), box)
        self.generate_button = QPushButton(self.tr("Generate…"), box)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self._generate)
        row2.addWidget(self.per_person)
        row2.addStretch(1)
        row2.addWidget(self.generate_button)
        form.addRow(row2)
        return box

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
        row.addWidget(self.count_label, 1)
        for b in (self.open_button, self.print_button, self.reissue_button, self.revoke_button):
            row.addWidget(b)
        return row

    # -- state ------------------------------------------------------------------------------
    def workshop_id(self) -> int | None:
        data = self.workshop_combo.currentData()
        return int(data) if data is not None else None

    def _fill_workshops(self) -> None:
        current = self.workshop_id() or self.ctx.current_workshop_id
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        for w in list_workshops(self.ctx.db):
            self.workshop_combo.addItem(f"{w.code} — {w.title}", w.id)
        if current is not None:
            i = self.workshop_combo.findData(current)
            if i >= 0:
                self.workshop_combo.setCurrentIndex(i)
        self.workshop_combo.blockSignals(False)

    def _fill_templates(self) -> None:
        current = self.template_combo.currentText()
        self.template_combo.clear()
        for t in list_templates(self.ctx.db):
            self.template_combo.addItem(t.name)
        # The first time, the same template the command line uses (Classic), not whichever
        # sorts first: a Spanish-only workshop should not get bilingual certificates unasked.
        i = self.template_combo.findText(current or DEFAULT_TEMPLATE)
        if i >= 0:
            self.template_combo.setCurrentIndex(i)

    def _select_workshop(self, workshop_id: int) -> None:
        i = self.workshop_combo.findData(workshop_id)
        if i >= 0:
            self.workshop_combo.setCurrentIndex(i)

    def _on_changed(self, what: set[str]) -> None:
        if what & {"workshops", "database"}:
            self._fill_workshops()
        if what & {"templates", "database"}:
            self._fill_templates()
        if what & {
            "certificates",
            "participations",
            "people",
            "attendance",
            "workshops",
            "database",
        }:
            self.refresh()

    def refresh(self) -> None:
        wid = self.workshop_id()
        rows = list_certificates(self.ctx.db, wid) if wid is not None else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        # A revocation reason can be long: the status column is capped (its tooltip and the
        # verify bar give it whole) so that the names keep their room.
        status = self.model.columnCount() - 1
        self.table.setColumnWidth(status, min(self.table.columnWidth(status), 220))
        self.column_fit.least[2] = min(max(self.table.columnWidth(2), 160), 320)
        self.column_fit.fit()
        valid = sum(1 for r in rows if r.status is CertificateStatus.VALID)
        self.count_label.setText(self.tr("%n valid certificate(s)", "", valid))
        self.generate_button.setEnabled(wid is not None)
        self._update_buttons()

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
    def _generate(self) -> None:
        wid = self.workshop_id()
        if wid is None:
            return
        code = self.workshop_combo.currentText().split(" — ")[0]
        kind = CertificateKind(self.kind_combo.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save certificates as"),
            suggested_path(f"{code}-{kind.value}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        zip_path = ""
        if self.per_person.isChecked():
            zip_path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the per-person files as"),
                str(Path(path).with_suffix(".zip")),
                self.tr("Zip files (*.zip)"),
            )
        template = self.template_combo.currentText() or None
        language = self.language_combo.currentData()
        db = self.ctx.db

        def task(progress):  # type: ignore[no-untyped-def]
            report = issue_certificates(db, wid, kind, template, language, progress=progress)
            rows = report.certificates
            if rows:
                write_merged(db, rows, Path(path), wid, f"{code} certificates", progress)
                if zip_path:
                    write_per_person(db, rows, None, Path(zip_path), wid, progress)
            return report

        running = run_with_progress(
            self.ctx,
            self,
            task,
            title=self.tr("Certificates"),
            label=self.tr("Issuing certificates…"),
            show_messages=False,
            on_success=lambda report: self._generated(report, path),
            on_failure=self._failed,
            on_cancel=lambda: self.ctx.status_message.emit(
                self.tr("Certificates cancelled; no file written.")
            ),
        )
        self.generate_button.setEnabled(False)
        running.handle.finished.connect(lambda: self.generate_button.setEnabled(True))

    def _generated(self, report: IssueReport, path: str) -> None:
        self.last_report = report
        self.ctx.notify("certificates")
        n = len(report.certificates)
        summary = self.tr(
            "{issued} issued, {reused} reused, {superseded} superseded, "
            "{blocked} blocked, {not_eligible} not eligible."
        ).format(
            issued=len(report.issued),
            reused=len(report.reused),
            superseded=report.superseded,
            blocked=len(report.blocked),
            not_eligible=report.not_eligible,
        )
        if n:
            self.last_pdf = path
            summary += "\n" + self.tr("Written: %1 (%2 pages).").replace("%1", path).replace(
                "%2", str(n)
            )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Certificates"))
        box.setIcon(QMessageBox.Icon.Warning if report.blocked else QMessageBox.Icon.Information)
        box.setText(summary)
        if report.blocked:
            box.setInformativeText(self.tr("Some certificates were not printed; see the details."))
            box.setDetailedText("\n".join(f"{b.name}: {b.reason}" for b in report.blocked))
        box.exec()
        self.ctx.status_message.emit(summary.splitlines()[0])

    def _failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, ServiceError | OSError) else repr(exc)
        QMessageBox.critical(self, self.tr("Certificates"), message)

    def _rows_to_show(self) -> list[CertificateRow]:
        chosen = self.selected()
        return chosen or [r for r in self.model.rows() if r.status is CertificateStatus.VALID]

    def _temp_pdf(self) -> str | None:
        rows = self._rows_to_show()
        if not rows:
            return None
        path = Path(self._tmp.path()) / (
            f"{rows[0].code}.pdf" if len(rows) == 1 else "certificates.pdf"
        )
        try:
            write_merged(self.ctx.db, rows, path, self.workshop_id())
        except (ServiceError, OSError) as exc:
            self._failed(exc)
            return None
        return str(path)

    def _open(self) -> None:
        path = self._temp_pdf()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _print(self) -> None:
        from lacworkshop.ui.dialogs.pdf_print import print_pdf

        path = self._temp_pdf()
        if path and print_pdf(path, self):
            self.ctx.status_message.emit(self.tr("Sent to the printer."))

    def _reissue(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        try:
            report = reissue(self.ctx.db, chosen[0].id, self.template_combo.currentText() or None)
        except ServiceError as exc:
            self._failed(exc)
            return
        if report.issued:
            new = report.issued[0]
            text = (
                self.tr("Issued version %1 as %2.")
                .replace("%1", str(new.version))
                .replace("%2", new.code)
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
        self.ctx.notify("certificates")
        # The new version is selected, so Open and Print act on it straight away.
        ids = [r.id for r in self.model.rows()]
        if report.issued and report.issued[0].id in ids:
            self.table.selectRow(ids.index(report.issued[0].id))

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
        try:
            revoke(self.ctx.db, row.id, reason)
        except ServiceError as exc:
            self._failed(exc)
            return
        self.ctx.notify("certificates")

    def _edit_templates(self) -> None:
        from lacworkshop.ui.dialogs.template_editor import TemplateEditor

        dialog = TemplateEditor(
            self.ctx, self.workshop_id(), self.template_combo.currentText(), self
        )
        dialog.exec()
        self._fill_templates()


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return CertificatesPage(ctx, parent)
