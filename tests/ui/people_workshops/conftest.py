"""Helpers for driving the Workshops and People pages."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def answer_yes(monkeypatch):  # type: ignore[no-untyped-def]
    """Every QMessageBox.question says Yes; the questions asked are kept."""
    asked: list[str] = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def run_dialog(monkeypatch, cls, fill):  # type: ignore[no-untyped-def]
    """Make ``cls.exec`` fill the dialog with *fill(dialog)* and press OK, without blocking."""
    opened = []

    def exec_(self):  # type: ignore[no-untyped-def]
        opened.append(self)
        fill(self)
        self.accept()
        _settle(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return opened


def _settle(dialog) -> None:  # type: ignore[no-untyped-def]
    """Let the operations a dialog started on the inline runner finish, as its exec loop would.

    The inline runner fires its signals on the next turn of the event loop, and an
    answer (Continue after a warning) may start the operation again.
    """
    runner = getattr(getattr(dialog, "ctx", None), "runner", None)
    deadline = time.monotonic() + 5
    while runner is not None and runner._live and time.monotonic() < deadline:
        QCoreApplication.processEvents()
