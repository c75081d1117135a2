"""Errors in the window: a plain warning for what a person can fix, an apology and a log for a bug."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.storage import log_file
from lacworkshop.ui import error_reporting
from lacworkshop.ui.tasks import InlineRunner

SECRET = "maria.lopez@example.org"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(log_file.ENV_VAR, str(tmp_path / "logs"))
    path = tmp_path / "logs" / "lacworkshop.log"
    yield path
    handler = log_file._handlers.pop(path, None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(("box", self.text())) or 0)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: boxes.append(("warning", text))
    )
    return boxes


def _flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_unexpected_error_is_an_apology_and_a_masked_log(qtbot, log_path: Path, shown) -> None:  # type: ignore[no-untyped-def]
    try:
        raise RuntimeError(f"the printer caught fire near {SECRET}")
    except RuntimeError as exc:
        error_reporting._hook(type(exc), exc, exc.__traceback__)
    ((kind, text),) = shown
    assert kind == "box" and "Your data is safe" in text and str(log_path) in text
    assert "printer" not in text and "Traceback" not in text
    written = _flushed(log_path)
    assert "Traceback" in written and "RuntimeError" in written and SECRET not in written


def test_a_failed_background_task_logs_its_traceback(qtbot, log_path: Path, shown) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.operations import run_operation

    class Ctx:
        runner = InlineRunner()

        def apply(self, _result: object) -> None:
            raise AssertionError("a failed operation announces nothing")

    parent = QWidget()
    qtbot.addWidget(parent)

    def task(_progress: object) -> None:
        {}["missing key for " + SECRET]  # a bug inside the task

    running = run_operation(Ctx(), parent, task, title="Export")  # type: ignore[arg-type]
    with qtbot.waitSignal(running.handle.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    ((kind, text),) = shown
    assert kind == "warning" and "Your data is safe" in text and "KeyError" not in text
    written = _flushed(log_path)
    assert "Traceback" in written and "KeyError" in written and "in task" in written
    assert SECRET not in written


def test_certificate_failures_show_no_repr(qtbot, log_path: Path, shown) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.pages.certificates_issue import show_failure

    parent = QWidget()
    qtbot.addWidget(parent)
    show_failure(parent, "Certificates", ValueError(f"bad value {SECRET!r}"))
    ((_kind, text),) = shown
    assert "ValueError" not in text and SECRET not in text and "Your data is safe" in text
