"""Run a background task through ctx.runner behind a modal progress dialog with Cancel.

One place for what every long job (import, export, register, certificates)
needs: Cancel stops the task between steps, progress moves the bar, an error
is one clear message (never a traceback), and the dialog goes away whatever
the outcome, before the caller's own callback runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from lacworkshop.ui import error_reporting
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.tasks import Progress, TaskHandle


def error_text(exc: BaseException, unexpected: str | None = None) -> str:
    """One clear line for the person: the problem they can fix, or the apology for a bug.

    *unexpected* is no longer used: a bug is never worded from its own text.
    """
    del unexpected
    return error_reporting.error_text(exc)


@dataclass(frozen=True)
class RunningTask:
    handle: TaskHandle
    dialog: QProgressDialog


def run_with_progress(
    ctx: AppContext,
    parent: QWidget,
    fn: Callable[[Progress], Any],
    *,
    title: str,
    label: str | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    maximum: int = 0,
    show_messages: bool = True,
    minimum_duration: int = 300,
) -> RunningTask:
    """Start *fn* on ctx.runner behind a progress dialog; callbacks run after it closes.

    Without *on_failure* an error is shown as a warning titled *title*. With
    *show_messages* the task's progress messages replace the dialog's label.
    """
    dialog = QProgressDialog(
        label or title, QCoreApplication.translate("TaskProgress", "Cancel"), 0, maximum, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration)
    # The dialog closes when the task ends, not when the bar happens to reach its end.
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    handle = ctx.runner.start(fn)
    dialog.canceled.connect(handle.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if message and show_messages:
            dialog.setLabelText(message)

    def succeeded(result: object) -> None:
        dialog.close()
        if on_success is not None:
            on_success(result)

    def failed(exc: object, trace: str) -> None:
        dialog.close()
        assert isinstance(exc, BaseException)
        if error_reporting.user_message(exc) is None:
            # A bug: its traceback goes to the log before anyone words it.
            error_reporting.log_bug(exc, trace)
        if on_failure is not None:
            on_failure(exc)
        else:
            QMessageBox.warning(parent, title, error_text(exc))

    def cancelled() -> None:
        dialog.close()
        if on_cancel is not None:
            on_cancel()

    handle.progressed.connect(progressed)
    handle.succeeded.connect(succeeded)
    handle.failed.connect(failed)
    handle.cancelled.connect(cancelled)
    handle.finished.connect(dialog.deleteLater)
    return RunningTask(handle, dialog)
