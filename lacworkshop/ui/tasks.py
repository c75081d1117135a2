"""One small runner for long work: off the GUI thread, with progress and cancel.

A task is a plain function ``fn(progress) -> result``. It opens its own database
session (services do), reports with ``progress.report(done, total, message)``
and checks ``progress.cancelled`` between steps (``progress.check()`` raises
:class:`Cancelled`). Results and errors come back on the GUI thread through
Qt signals. Tests swap in :class:`InlineRunner`, which runs at once.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from lacworkshop.services.operations import Cancelled

__all__ = ["Cancelled", "InlineRunner", "Progress", "TaskHandle", "TaskRunner"]


class Progress:
    """Handed to the task function; thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._emit = emit

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._emit is not None:
            self._emit(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class TaskHandle(QObject):
    """Signals of one running task, delivered on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.progress = Progress(self.progressed.emit)

    def cancel(self) -> None:
        self.progress.cancel()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        _execute(self.fn, self.handle)


def _execute(fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
    try:
        result = fn(handle.progress)
    except Cancelled:
        handle.cancelled.emit()
    except Exception as exc:
        handle.failed.emit(exc, traceback.format_exc())
    else:
        if handle.progress.cancelled:
            handle.cancelled.emit()
        else:
            handle.succeeded.emit(result)
    finally:
        handle.finished.emit()


class TaskRunner(QObject):
    """Runs tasks on a thread pool; keeps handles alive until they finish."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[TaskHandle] = set()

    def start(self, fn: Callable[[Progress], Any]) -> TaskHandle:
        """Start *fn*; connect to the returned handle's signals before the loop turns."""
        handle = TaskHandle()
        self._live.add(handle)
        handle.finished.connect(lambda: self._live.discard(handle))
        # Started on the next turn of the event loop, so the caller's connections
        # to the handle are in place before the first signal can fire.
        QTimer.singleShot(0, lambda: self.pool.start(_Job(fn, handle)))
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        return bool(self.pool.waitForDone(msecs))


class InlineRunner(TaskRunner):
    """Runs each task at once on the calling thread; signals fire on the next turn."""

    def start(self, fn: Callable[[Progress], Any]) -> TaskHandle:
        handle = TaskHandle()
        self._live.add(handle)
        handle.finished.connect(lambda: self._live.discard(handle))
        QTimer.singleShot(0, lambda: _execute(fn, handle))
        return handle
