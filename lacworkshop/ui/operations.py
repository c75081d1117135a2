"""The one way the window runs an operation (see ``lacworkshop.services.operations``).

``run_operation`` starts the use case off the GUI thread behind a progress
dialog with Cancel, logs any bug's traceback, words a failure for the person
and, on success, announces the result's change set through the context before
handing the value to the caller. Widgets never sequence service calls: they
pick the operation, its arguments, and what to show with the value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from lacworkshop.services.operations import OpResult, Progress
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.widgets.task_progress import RunningTask, run_with_progress

T = TypeVar("T")


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

    A failure is shown as a warning titled *title* unless *on_failure* is given;
    either way a bug's traceback is logged first. With *show_messages* False the
    operation's progress messages (a person's name, say) leave *label* as it is;
    *maximum* sizes the bar before the first report (0: busy until then).
    """

    def succeeded(result: Any) -> None:
        if not isinstance(result, OpResult):
            raise TypeError(f"an operation must return OpResult, not {type(result).__name__}")
        ctx.apply(result)
        if on_done is not None:
            on_done(result.value)

    return run_with_progress(
        ctx,
        parent,
        operation,
        title=title,
        label=label,
        on_success=succeeded,
        on_failure=on_failure,
        on_cancel=on_cancel,
        minimum_duration=minimum_duration,
        show_messages=show_messages,
        maximum=maximum,
    )
