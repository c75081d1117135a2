"""Publish… on the Certificates page: the verification folder to upload, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lacworkshop.services.publishing import PublishReport, publish_site
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation


class PublishAction(QObject):
    """Asks for a folder, publishes every workshop into it, then says what it holds."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = parent
        self.last_report: PublishReport | None = None

    def tool_tip(self) -> str:
        return self.tr(
            "Write a folder to upload to your website: a page that verifies certificates "
            "in any browser, the public keys, the revocations, and the codes of every "
            "workshop with the names of people who agreed to be listed."
        )

    def run(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("Publish the verification folder into"), str(Path.home())
        )
        if folder:
            self.publish(Path(folder))

    def publish(self, folder: Path) -> None:
        """Publish every workshop into *folder* (replaced whole) in the background."""
        db = self.ctx.db
        run_operation(
            self.ctx,
            self.page,
            lambda progress: publish_site(db, folder, None, progress=progress),
            title=self.tr("Publish"),
            label=self.tr("Writing the verification folder…"),
            on_done=self._done,
        )

    def _done(self, report: PublishReport) -> None:
        self.last_report = report
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Publish"))
        box.setText(
            self.tr(
                "Published %1 workshop(s) into %2: %3 certificate(s) listed, %4 left out "
                "(no consent to being listed), %5 revoked. Upload the whole folder; "
                "verify.html also works opened from disk."
            )
            .replace("%1", str(len(report.workshops)))
            .replace("%2", str(report.folder))
            .replace("%3", str(report.listed))
            .replace("%4", str(report.left_out))
            .replace("%5", str(report.revoked))
            + "".join("\n\n" + warning for warning in report.warnings)
        )
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.folder)))
