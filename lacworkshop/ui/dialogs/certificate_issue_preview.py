"""What issuing would do, shown before anything is written: the window's dry run.

The same lists as ``certificates issue --dry-run``: who gets a new certificate,
who a reprint of the same one (same code: the copies already sent stay valid),
whose certificate gets a new version, who has theirs unchanged, and everyone
left without one, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.certificates import IssueReport


class PlanText(QObject):
    """The words of a plan or a result, in the user's language."""

    def lines(self, report: IssueReport) -> list[str]:
        """One line per person, grouped by what happens to them."""
        lines: list[str] = []
        for row in report.issued:
            if row.version > 1:
                lines.append(
                    self.tr("New version %1 of %2: %3")
                    .replace("%1", str(row.version))
                    .replace("%2", row.code)
                    .replace("%3", row.name)
                )
            else:
                lines.append(self.tr("New certificate: %1").replace("%1", row.name))
        for row in report.reprinted:
            lines.append(
                self.tr("Reprint of %1 (still valid): %2")
                .replace("%1", row.code)
                .replace("%2", row.name)
            )
        for row in report.reused:
            lines.append(
                self.tr("Unchanged %1: %2").replace("%1", row.code).replace("%2", row.name)
            )
        lines += self.skipped(report)
        return lines

    def skipped(self, report: IssueReport) -> list[str]:
        """Everyone not issued, with the reason, then the warnings."""
        lines: list[str] = []
        blocked = {b.participation_id for b in report.blocked}
        for b in report.not_issued:
            if b.participation_id in blocked:
                line = self.tr("Blocked: %1: %2")
            else:
                line = self.tr("Not eligible: %1: %2")
            lines.append(line.replace("%1", b.name).replace("%2", b.reason))
        for w in report.warnings:
            lines.append(self.tr("Warning: %1: %2").replace("%1", w.name).replace("%2", w.reason))
        return lines

    def summary(self, report: IssueReport) -> str:
        return self.tr(
            "{issued} to issue, {reprinted} to reprint, {superseded} to supersede, "
            "{reused} unchanged, {blocked} blocked, {not_eligible} not eligible."
        ).format(
            issued=len(report.issued),
            reprinted=len(report.reprinted),
            superseded=report.superseded,
            reused=len(report.reused),
            blocked=len(report.blocked),
            not_eligible=report.not_eligible,
        )


class IssuePreviewDialog(QDialog):
    """The plan of an issue run; Issue goes on to write, Cancel leaves everything as it is."""

    def __init__(self, report: IssueReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue certificates: what will happen"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        words = PlanText(self)
        self.summary = QLabel(words.summary(report), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if report.reprinted:
            note = QLabel(
                self.tr(
                    "Reprints keep their code, version and date: every copy already sent "
                    "stays valid."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText("\n".join(words.lines(report)))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = buttons.addButton(
            self.tr("Issue and write…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        has_work = bool(report.issued or report.reprinted or report.reused)
        self.issue_button.setEnabled(has_work)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
