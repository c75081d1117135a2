"""The background runner: progress, result, error and cancel come back on the GUI thread."""

from __future__ import annotations

import threading
import time

from lacworkshop.ui.tasks import Progress, TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int, str, bool]] = []
    main = threading.get_ident()

    def work(progress: Progress) -> str:
        assert threading.get_ident() != main
        for i in range(3):
            progress.report(i + 1, 3, f"step {i + 1}")
        return "done"

    handle = runner.start(work)
    handle.progressed.connect(lambda d, t, m: seen.append((d, t, m, threading.get_ident() == main)))
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert all(on_main for *_, on_main in seen)


def test_errors_and_cancel(qtbot) -> None:
    runner = TaskRunner()
    handle = runner.start(lambda p: 1 / 0)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ZeroDivisionError)

    def slow(progress: Progress) -> int:
        for _ in range(1000):
            progress.check()
            time.sleep(0.005)
        return 1000

    handle = runner.start(slow)
    handle.cancel()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass
