"""Helpers for driving the Workshops and People pages."""

from __future__ import annotations

import pytest
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
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return opened
