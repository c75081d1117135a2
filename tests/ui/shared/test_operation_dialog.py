"""The operation runner's progress dialog: bar, Cancel, one-line errors, callbacks."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from lacworkshop.services.errors import ValidationError
from lacworkshop.services.operations import OpResult, Progress
from lacworkshop.ui.error_reporting import error_text
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.tasks import InlineRunner


def _ctx():  # type: ignore[no-untyped-def]
    return SimpleNamespace(runner=InlineRunner(), apply=lambda _result: None)


def _parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_success_moves_the_bar_closes_the_dialog_then_calls_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    states: list[tuple[int, int, str]] = []

    def work(progress: Progress) -> OpResult[str]:
        progress.report(2, 4, "Escribiendo…")
        return OpResult("hecho")

    running = run_operation(
        _ctx(),
        _parent(qtbot),
        work,
        title="Exportar",
        on_done=lambda r: results.append((r, running.dialog.isVisible())),
    )
    running.handle.progressed.connect(
        lambda *_: states.append(
            (running.dialog.value(), running.dialog.maximum(), running.dialog.labelText())
        )
    )
    assert running.dialog.windowTitle() == "Exportar"
    assert running.dialog.labelText() == "Exportar"  # no label given: the title
    assert running.dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert states == [(2, 4, "Escribiendo…")]
    assert results == [("hecho", False)]


def test_messages_can_be_kept_off_the_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    done: list[object] = []

    def work(progress: Progress) -> OpResult[None]:
        progress.report(1, 2, "people")
        return OpResult(None)

    running = run_operation(
        _ctx(),
        _parent(qtbot),
        work,
        title="Import",
        label="Importing…",
        maximum=10,
        show_messages=False,
        on_done=lambda _r: done.append(running.dialog.labelText()),
    )
    assert running.dialog.maximum() == 10
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["Importing…"]


def test_an_error_is_one_warning_line_unless_the_caller_handles_it(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text))
    )

    def bad(_p: Progress) -> OpResult[None]:
        raise ValidationError("La planilla no tiene hoja de asistencia.")

    run_operation(_ctx(), _parent(qtbot), bad, title="Registro")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [("Registro", "La planilla no tiene hoja de asistencia.")]

    handled: list[BaseException] = []
    run_operation(_ctx(), _parent(qtbot), bad, title="Registro", on_failure=handled.append)
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert isinstance(handled[0], ValidationError) and len(shown) == 1


def test_cancel_stops_the_task_and_calls_on_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    cancelled: list[bool] = []
    succeeded: list[object] = []

    def slow(progress: Progress) -> OpResult[str]:
        progress.check()
        return OpResult("never")

    running = run_operation(
        _ctx(),
        _parent(qtbot),
        slow,
        title="Certificados",
        on_done=succeeded.append,
        on_cancel=lambda: cancelled.append(True),
    )
    running.dialog.findChild(QPushButton).click()  # Cancel, before the inline task runs
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert succeeded == []


def test_error_text_is_one_line_for_every_kind_of_error() -> None:
    assert error_text(ValidationError("Falta el correo.")) == "Falta el correo."
    missing = FileNotFoundError(2, "No such file or directory", "/no/existe.xlsx")
    assert error_text(missing) == "no such file or folder: /no/existe.xlsx"
    assert error_text(PermissionError("denied")).startswith("permission denied")
    # A bug is never worded from its own text: an apology naming the log instead.
    for bug in (KeyError("x"), RuntimeError("boom")):
        text = error_text(bug)
        assert "Your data is safe" in text and "boom" not in text and "'x'" not in text
