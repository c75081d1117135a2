"""The window's one way to run an operation: changes announced, bugs logged, problems worded."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.errors import Invalid, message_language, set_message_language
from lacworkshop.formats.messages import message
from lacworkshop.services.operations import Change, OpResult, Progress, changes
from lacworkshop.storage import log_file
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.tasks import InlineRunner

SECRET = "joao.conceicao@example.org"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(log_file.ENV_VAR, str(tmp_path / "logs"))
    path = tmp_path / "logs" / "lacworkshop.log"
    yield path
    handler = log_file._handlers.pop(path, None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


@pytest.fixture
def spanish() -> Iterator[None]:
    before = message_language()
    set_message_language("es")
    yield
    set_message_language(before)


@pytest.fixture
def ctx(qtbot, db) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(db, InlineRunner())


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _run(qtbot, ctx: AppContext, parent: QWidget, operation, **kwargs) -> None:  # type: ignore[no-untyped-def]
    running = run_operation(ctx, parent, operation, title="Operación", **kwargs)
    with qtbot.waitSignal(running.handle.finished, timeout=5000):
        pass


def test_the_change_set_is_announced_before_the_value_is_handed_over(
    qtbot, ctx: AppContext, parent: QWidget
) -> None:  # type: ignore[no-untyped-def]
    events: list[object] = []
    ctx.changed.connect(lambda what: events.append(what))

    def operation(progress: Progress) -> OpResult[str]:
        progress.report(1, 2, "half")
        return OpResult("done", changes(Change.PEOPLE, Change.CERTIFICATES))

    _run(qtbot, ctx, parent, operation, on_done=lambda value: events.append(value))
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == [frozenset({Change.PEOPLE, Change.CERTIFICATES}), "done"]


def test_nothing_changed_is_not_announced(qtbot, ctx: AppContext, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    announced: list[object] = []
    values: list[int] = []
    ctx.changed.connect(announced.append)
    _run(qtbot, ctx, parent, lambda _p: OpResult(7), on_done=values.append)
    qtbot.waitUntil(lambda: values == [7])
    assert announced == []


def test_a_bug_in_an_operation_logs_its_traceback_and_apologises(
    qtbot, ctx: AppContext, parent: QWidget, log_path: Path, warnings: list[str], spanish: None
) -> None:  # type: ignore[no-untyped-def]
    announced: list[object] = []
    done: list[object] = []
    ctx.changed.connect(announced.append)

    def broken_operation(_progress: Progress) -> OpResult[None]:
        {}["no such key for " + SECRET]  # a bug inside the operation
        return OpResult(None, changes(Change.PEOPLE))

    _run(qtbot, ctx, parent, broken_operation, on_done=done.append)
    qtbot.waitUntil(lambda: bool(warnings))
    (text,) = warnings
    assert text == message("bug.apology", "es", log=log_path)  # in the interface language
    assert "KeyError" not in text and SECRET not in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_path.read_text(encoding="utf-8")
    assert "Traceback" in written and "KeyError" in written and "in broken_operation" in written
    assert SECRET not in written  # personal values are masked in the log
    assert announced == [] and done == []


def test_a_problem_the_person_can_fix_speaks_the_interface_language(
    qtbot, ctx: AppContext, parent: QWidget, log_path: Path, warnings: list[str], spanish: None
) -> None:  # type: ignore[no-untyped-def]
    def refused(_progress: Progress) -> OpResult[None]:
        raise Invalid("certificate.reason_required", "reason")

    _run(qtbot, ctx, parent, refused)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["Indique por qué se revoca el certificado."]
    assert not log_path.exists() or "Traceback" not in log_path.read_text(encoding="utf-8")


def test_cancel_announces_nothing(qtbot, ctx: AppContext, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    announced: list[object] = []
    cancelled: list[bool] = []
    ctx.changed.connect(announced.append)

    def cancelled_midway(progress: Progress) -> OpResult[None]:
        running.handle.cancel()  # the person pressed Cancel
        progress.check()
        return OpResult(None, changes(Change.PEOPLE))

    running = run_operation(
        ctx,
        parent,
        cancelled_midway,
        title="Operación",
        on_cancel=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: cancelled == [True])
    assert announced == []


def test_a_plain_value_instead_of_an_opresult_is_a_bug(
    qtbot, ctx: AppContext, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import sys

    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _k, exc, _tb: raised.append(exc))
    _run(qtbot, ctx, parent, lambda _p: "not an OpResult")
    qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0], TypeError) and "OpResult" in str(raised[0])
