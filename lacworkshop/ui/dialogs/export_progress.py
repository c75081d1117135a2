"""Run an export off the GUI thread with a progress dialog and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from lacworkshop.services.errors import ServiceError
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.tasks import Progress, TaskHandle


def error_text(exc: BaseException) -> str:
    """One clear line for the person; never a traceback."""
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return where + (exc.strerror or str(exc))
    return QCoreApplication.translate("ExportProgress", "The export failed: {error}").format(
        error=exc
    )


def run_export(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
) -> TaskHandle:
    """Start *fn* on ctx.runner; show progress, errors and the result."""
    dialog = QProgressDialog(
        title, QCoreApplication.translate("ExportProgress", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    handle = ctx.runner.start(fn)
    dialog.canceled.connect(handle.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if message:
            dialog.setLabelText(message)

    def failed(exc: object, _trace: str) -> None:
        dialog.close()
        assert isinstance(exc, BaseException)
        QMessageBox.warning(parent, title, error_text(exc))

    def succeeded(result: object) -> None:
        dialog.close()
        on_success(result)

    def cancelled() -> None:
        dialog.close()
        ctx.status_message.emit(
            QCoreApplication.translate("ExportProgress", "Export cancelled; no file was written.")
        )

    handle.progressed.connect(progressed)
    handle.failed.connect(failed)
    handle.succeeded.connect(succeeded)
    handle.cancelled.connect(cancelled)
    handle.finished.connect(dialog.deleteLater)
    return handle
