"""The "Issue certificates" box of the Certificates page: choose, preview, issue, write.

Generate asks first when the workshop has not ended yet, then shows what would
be issued, reprinted, superseded and skipped (a dry run) before anything is
written.

The page keeps the register (its table, the actions on it and the verify bar);
this box keeps the choices of what to issue and the background job that issues
and writes, so that each module has one job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates import (
    DEFAULT_TEMPLATE,
    IssuedCertificates,
    IssueReport,
    IssueTargets,
    get_template,
    issue_and_write,
    issuing_early,
    list_templates,
)
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import OpResult, Progress
from lacworkshop.services.workshops import attendees_without_track, list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.certificate_issue_preview import IssuePreviewDialog, PlanText
from lacworkshop.ui.dialogs.trackless_warning import accept_trackless
from lacworkshop.ui.error_reporting import show_error
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.readiness_note import ReadinessNote, refuse_if_not_ready
from lacworkshop.ui.widgets.save_path import refused_as_output, suggested_path


def show_failure(parent: QWidget, title: str, exc: BaseException) -> None:
    """The person's problem as a warning; a bug logged and apologised for."""
    show_error(parent, title, exc)


class CertificatesIssueBox(QGroupBox):
    """Workshop, kind, template and language; Generate issues and writes off the GUI thread."""

    workshop_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Issue certificates"))
        self.ctx = ctx
        self.last_pdf: str | None = None
        self.last_report: IssueReport | None = None
        self.last_plan: IssueReport | None = None
        form = QFormLayout(self)
        self._codes: dict[int, str] = {}
        self.workshop_combo = QComboBox(self)
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.workshop_changed.emit())
        form.addRow(self.tr("Workshop:"), self.workshop_combo)
        row = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        for kind, label in (
            (CertificateKind.PARTICIPATION, self.tr("Participation (attendance)")),
            (CertificateKind.COMPLETION, self.tr("Completion (with hours)")),
            (CertificateKind.TRAINER, self.tr("Trainer (modules and hours)")),
            (CertificateKind.ORGANISER, self.tr("Organiser")),
        ):
            self.kind_combo.addItem(label, kind)
        self.template_combo = QComboBox(self)
        self.language_combo = QComboBox(self)
        for code, label in (
            ("auto", self.tr("Each person's language")),
            ("es", self.tr("Spanish")),
            ("pt", self.tr("Portuguese")),
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
        ):
            self.language_combo.addItem(label, code)
        self.edit_templates = QPushButton(self.tr("Edit templates…"), self)
        self.edit_templates.clicked.connect(self._edit_templates)
        for label, widget in (
            (self.tr("Kind:"), self.kind_combo),
            (self.tr("Template:"), self.template_combo),
            (self.tr("Language:"), self.language_combo),
        ):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget, 1)
        row.addWidget(self.edit_templates)
        form.addRow(row)
        row2 = QHBoxLayout()
        self.per_person = QCheckBox(self.tr("Also one PDF per person, in a zip file"), self)
        self.generate_button = QPushButton(self.tr("Generate…"), self)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self._generate)
        row2.addWidget(self.per_person)
        row2.addStretch(1)
        row2.addWidget(self.generate_button)
        form.addRow(row2)
        self.readiness = ReadinessNote(self)
        form.addRow(self.readiness)
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.show_readiness())
        self.template_combo.currentIndexChanged.connect(lambda _i: self.show_readiness())

    # -- state ------------------------------------------------------------------------------
    def workshop_id(self) -> int | None:
        data = self.workshop_combo.currentData()
        return int(data) if data is not None else None

    def workshop_code(self) -> str | None:
        """The chosen workshop's code."""
        return self._codes.get(self.workshop_id() or 0)

    def fill_workshops(self) -> None:
        current = self.workshop_id() or self.ctx.current_workshop_id
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        self._codes = {}
        for w in list_workshops(self.ctx.db):
            self.workshop_combo.addItem(f"{w.code} — {w.title}", w.id)
            self._codes[w.id] = w.code
        if current is not None:
            i = self.workshop_combo.findData(current)
            if i >= 0:
                self.workshop_combo.setCurrentIndex(i)
        self.workshop_combo.blockSignals(False)

    def fill_templates(self) -> None:
        current = self.template_combo.currentText()
        self.template_combo.clear()
        for t in list_templates(self.ctx.db):
            self.template_combo.addItem(t.name)
        # The first time, the same template the command line uses (Classic), not whichever
        # sorts first: a Spanish-only workshop should not get bilingual certificates unasked.
        i = self.template_combo.findText(current or DEFAULT_TEMPLATE)
        if i >= 0:
            self.template_combo.setCurrentIndex(i)

    def select_workshop(self, workshop_id: int) -> None:
        i = self.workshop_combo.findData(workshop_id)
        if i >= 0:
            self.workshop_combo.setCurrentIndex(i)

    def show_readiness(self) -> None:
        """Say what a real workshop needs before its certificates (nothing for a demo)."""
        wid = self.workshop_id()
        if wid is None or not self.template_combo.currentText():
            self.readiness.hide()
            return
        try:
            info = get_template(self.ctx.db, self.template_name())
        except ServiceError:
            self.readiness.hide()
            return
        self.readiness.show_for(self.ctx.db, wid, info)

    def template_name(self) -> str | None:
        return self.template_combo.currentText() or None

    # -- generating -------------------------------------------------------------------------
    def _generate(self) -> None:
        """Confirm an early run, show what would happen (a dry run), then issue and write."""
        wid = self.workshop_id()
        if wid is None or refuse_if_not_ready(self, self.ctx.db, wid, self.template_name()):
            return
        before_end = False
        ends = issuing_early(self.ctx.db, wid)
        if ends is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Certificates"),
                self.tr(
                    "The last session of this workshop ends on %1. Certificates issued now "
                    "would attest what has not happened yet. Issue them anyway?"
                ).replace("%1", ends.strftime("%Y-%m-%d %H:%M")),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            before_end = True
        kind = CertificateKind(self.kind_combo.currentData())
        attendance_kinds = (CertificateKind.PARTICIPATION, CertificateKind.COMPLETION)
        if kind in attendance_kinds and not accept_trackless(
            attendees_without_track(self.ctx.db, wid), self
        ):
            return
        template = self.template_name()
        language = self.language_combo.currentData()
        db = self.ctx.db

        def plan(progress: Progress) -> OpResult[IssuedCertificates]:
            return issue_and_write(
                db,
                wid,
                kind,
                template,
                language,
                IssueTargets(),
                dry_run=True,
                before_end=before_end,
                progress=progress,
            )

        running = run_operation(
            self.ctx,
            self,
            plan,
            title=self.tr("Certificates"),
            label=self.tr("Working out what to issue…"),
            show_messages=False,
            on_done=lambda outcome: self._previewed(outcome.report, wid, before_end),
            on_failure=lambda exc: show_failure(self, self.tr("Certificates"), exc),
            on_cancel=lambda: self.ctx.status_message.emit(
                self.tr("Certificates cancelled; no file written.")
            ),
        )
        self.generate_button.setEnabled(False)
        running.handle.finished.connect(lambda: self.generate_button.setEnabled(True))

    def _previewed(self, plan: IssueReport, wid: int, before_end: bool) -> None:
        self.last_plan = plan
        if IssuePreviewDialog(plan, self).exec() != QDialog.DialogCode.Accepted:
            self.ctx.status_message.emit(self.tr("Nothing issued."))
            return
        code = self.workshop_combo.currentText().split(" — ")[0]
        kind = plan.kind
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save certificates as"),
            suggested_path(f"{code}-{kind.value}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path or refused_as_output(self, self.tr("Save certificates as"), path):
            return
        zip_path = ""
        if self.per_person.isChecked():
            zip_path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the per-person files as"),
                str(Path(path).with_suffix(".zip")),
                self.tr("Zip files (*.zip)"),
            )
            if zip_path and refused_as_output(self, self.tr("Save certificates as"), zip_path):
                return
        template = self.template_name()
        language = self.language_combo.currentData()
        db = self.ctx.db

        targets = IssueTargets(merged=Path(path), zip_path=Path(zip_path) if zip_path else None)

        def task(progress: Progress) -> OpResult[IssuedCertificates]:
            return issue_and_write(
                db,
                wid,
                kind,
                template,
                language,
                targets,
                before_end=before_end,
                progress=progress,
            )

        running = run_operation(
            self.ctx,
            self,
            task,
            title=self.tr("Certificates"),
            label=self.tr("Issuing certificates…"),
            show_messages=False,
            on_done=self._generated,
            on_failure=lambda exc: show_failure(self, self.tr("Certificates"), exc),
            on_cancel=lambda: self.ctx.status_message.emit(
                self.tr("Certificates cancelled; no file written.")
            ),
        )
        self.generate_button.setEnabled(False)
        running.handle.finished.connect(lambda: self.generate_button.setEnabled(True))

    def _generated(self, outcome: IssuedCertificates) -> None:
        report = outcome.report
        self.last_report = report
        path = str(outcome.merged) if outcome.merged is not None else ""
        n = outcome.pages
        summary = self.tr(
            "{issued} issued, {reused} reused, {reprinted} reprinted, {superseded} superseded, "
            "{blocked} blocked, {not_eligible} not eligible."
        ).format(
            issued=len(report.issued),
            reused=len(report.reused),
            reprinted=len(report.reprinted),
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
        if report.not_issued or report.warnings:
            # Everyone left without a certificate is named, with the reason.
            box.setInformativeText(
                self.tr("Some people got no certificate; the details say who and why.")
            )
            box.setDetailedText("\n".join(PlanText(self).skipped(report)))
        box.exec()
        self.ctx.status_message.emit(summary.splitlines()[0])

    def _edit_templates(self) -> None:
        from lacworkshop.ui.dialogs.template_editor import TemplateEditor

        dialog = TemplateEditor(
            self.ctx, self.workshop_id(), self.template_combo.currentText(), self
        )
        dialog.exec()
        self.fill_templates()
