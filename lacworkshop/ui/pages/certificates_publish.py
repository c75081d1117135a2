"""Publish… on the Certificates page: the verification folder to upload, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lacworkshop.services.publishing import PublishReport, publish_site
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation


class PublishAction(QObject):
    """Asks for a folder and which workshops, publishes them into it, says what it holds."""

    def __init__(
        self, ctx: AppContext, parent: QWidget, chosen_code: Callable[[], str | None]
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = parent
        self.chosen_code = chosen_code  # the workshop chosen on the page, offered alone
        self.last_report: PublishReport | None = None

    def tool_tip(self) -> str:
        return self.tr(
            "Write a folder to upload to your website: a page that verifies certificates "
            "in any browser, the public keys, the revocations, and the codes of every "
            "workshop with the names of people who agreed to be listed."
        )

    def run(self) -> None:
        codes = self.ask_which()
        if codes == ():
            return
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("Publish the verification folder into"), str(Path.home())
        )
        if folder:
            self.publish(Path(folder), codes)

    def ask_which(self) -> Sequence[str] | None:
        """None: every workshop; (code,): the chosen one; (): cancelled."""
        code = self.chosen_code()
        if code is None:
            return None
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Publish"))
        box.setText(
            self.tr(
                "Publish every workshop, or only %1? The folder holds only what is "
                "published now: publish into a new folder, or publish them all."
            ).replace("%1", code)
        )
        every = box.addButton(self.tr("&Every workshop"), QMessageBox.ButtonRole.AcceptRole)
        only = box.addButton(
            self.tr("&Only %1").replace("%1", code), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(every)
        box.exec()
        clicked = box.clickedButton()
        if clicked is every:
            return None
        if clicked is only:
            return (code,)
        return ()

    def publish(self, folder: Path, codes: Sequence[str] | None = None) -> None:
        """Publish *codes* (None: every workshop) into *folder* (replaced whole), off the GUI thread."""
        db = self.ctx.db
        run_operation(
            self.ctx,
            self.page,
            lambda progress: publish_site(db, folder, codes, progress=progress),
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
