"""Import wizard, page 5: what happened to every row, and the report to keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lacworkshop.services.importing import write_summary_report
from lacworkshop.ui.dialogs.import_wizard_state import WizardState
from lacworkshop.ui.widgets.save_path import ask_save_path


class ResultPage(QWizardPage):
    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Imported"))
        layout = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("import_result_counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("import_result_details")
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save = QPushButton(self.tr("Save report…"), self)
        self.save.setObjectName("import_save_report")
        self.save.clicked.connect(self._save)
        row.addWidget(self.save)
        layout.addLayout(row)

    def initializePage(self) -> None:
        s = self.state.summary
        if s is None:
            return
        self.counts.setText(
            self.tr(
                "{file} into {workshop}: {created} created, {linked} linked, {updated} updated, "
                "{skipped} skipped; {parts} added to the workshop."
            ).format(
                file=s.source,
                workshop=s.workshop_code,
                created=s.created,
                linked=s.linked,
                updated=s.updated,
                skipped=len(s.skipped),
                parts=s.participations,
            )
        )
        lines = [
            self.tr("Row {row} ({name}): skipped, {reason}").format(
                row=o.row, name=o.name or self.tr("no name"), reason=o.reason
            )
            for o in s.skipped
        ]
        lines += [
            self.tr("Row {row}: {message}").format(row=row, message=message)
            for row, message in s.warnings
        ]
        if not lines:
            lines.append(self.tr("Every row was imported."))
        if s.backup is not None:
            lines += [
                "",
                self.tr("The database was copied just before the import, to {path}.").format(
                    path=s.backup
                ),
            ]
        self.details.setPlainText("\n".join(lines))

    def _save(self) -> None:
        s = self.state.summary
        if s is None:
            return
        default = str(Path.home() / f"{Path(s.source).stem}-import.xlsx")
        path = ask_save_path(
            self,
            self.tr("Save import report"),
            default,
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        language = QLocale().name()[:2]
        try:
            write_summary_report(
                s, path, language if language in ("es", "pt", "en", "fr") else "en"
            )
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {exc.strerror}")
            return
        self.ctx_message(path)

    def ctx_message(self, path: str) -> None:
        self.save.setText(self.tr("Saved: {name}").format(name=Path(path).name))
