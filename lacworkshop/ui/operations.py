"""The one way the window runs an operation (see ``lacworkshop.services.operations``).

``run_operation`` starts the use case off the GUI thread behind a progress
dialog with Cancel, logs any bug's traceback, words a failure for the person
and, on success, announces the result's change set through the context before
handing the value to the caller. Widgets never sequence service calls: they
pick the operation, its arguments, and what to show with the value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from lacworkshop.services.operations import OpResult, Progress
from lacworkshop.ui import error_reporting
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.tasks import TaskHandle

T = TypeVar("T")


@dataclass(frozen=True)
class RunningTask:
    """The operation under way and the progress dialog in front of it."""

    handle: TaskHandle
    dialog: QProgressDialog


def run_operation(
    ctx: AppContext,
    parent: QWidget,
    operation: Callable[[Progress], OpResult[T]],
    *,
    title: str,
    label: str | None = None,
    on_done: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    minimum_duration: int = 300,
    show_messages: bool = True,
    maximum: int = 0,
) -> RunningTask:
    """Run *operation* in the background; announce its changes, then call *on_done*.

    A modal progress dialog with Cancel stands in front of it and closes, whatever
    the outcome, before any callback runs; Cancel stops the operation at its next
    ``progress.check()``.

    A failure is shown as a warning titled *title* unless *on_failure* is given;
    either way a bug's traceback is logged first. With *show_messages* False the
    operation's progress messages (a person's name, say) leave *label* as it is;
    *maximum* sizes the bar before the first report (0: busy until then).
    """
    dialog = QProgressDialog(
        label or title, QCoreApplication.translate("TaskProgress", "Cancel"), 0, maximum, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration)
    # The dialog closes when the operation ends, not when the bar happens to reach its end.
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    handle = ctx.runner.start(operation)
    dialog.canceled.connect(handle.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if message and show_messages:
            dialog.setLabelText(message)

    def succeeded(result: object) -> None:
        dialog.close()
        if not isinstance(result, OpResult):
            raise TypeError(f"an operation must return OpResult, not {type(result).__name__}")
        ctx.apply(result)
        if on_done is not None:
            on_done(result.value)

    def failed(exc: object, trace: str) -> None:
        dialog.close()
        assert isinstance(exc, BaseException)
        if error_reporting.user_message(exc) is None:
            # A bug: its traceback goes to the log before anyone words it.
            error_reporting.log_bug(exc, trace)
        if on_failure is not None:
            on_failure(exc)
        else:
            QMessageBox.warning(parent, title, error_reporting.error_text(exc))

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
