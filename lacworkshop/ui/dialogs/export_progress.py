"""Run an export off the GUI thread with a progress dialog and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.tasks import Progress, TaskHandle
from lacworkshop.ui.widgets import task_progress


def error_text(exc: BaseException) -> str:
    """One clear line for the person; never a traceback."""
    return task_progress.error_text(exc)


def run_export(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
) -> TaskHandle:
    """Start *fn* on ctx.runner; show progress, errors and the result."""

    def warn(text: str) -> None:
        QMessageBox.warning(parent, title, text)

    return task_progress.run_with_progress(
        ctx,
        parent,
        fn,
        title=title,
        on_success=on_success,
        on_failure=lambda exc: warn(error_text(exc)),
        on_cancel=lambda: ctx.status_message.emit(
            QCoreApplication.translate("ExportProgress", "Export cancelled; no file was written.")
        ),
    ).handle
