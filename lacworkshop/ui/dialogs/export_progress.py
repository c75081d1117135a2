"""Run an export operation off the GUI thread with a progress dialog and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lacworkshop.services.operations import OpResult, Progress
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.tasks import TaskHandle

T = TypeVar("T")


def run_export(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    operation: Callable[[Progress], OpResult[T]],
    on_success: Callable[[T], None],
) -> TaskHandle:
    """Run the export *operation*; show progress and errors, and say so when cancelled."""
    return run_operation(
        ctx,
        parent,
        operation,
        title=title,
        on_done=on_success,
        on_cancel=lambda: ctx.status_message.emit(
            QCoreApplication.translate("ExportProgress", "Export cancelled; no file was written.")
        ),
    ).handle
