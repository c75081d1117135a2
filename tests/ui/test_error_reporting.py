"""An unexpected error becomes a plain message, with the traceback folded away and logged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from lacworkshop.ui import error_reporting


def test_unexpected_error_is_explained_and_logged(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(error_reporting, "log_file", lambda: tmp_path / "lacworkshop.log")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError as exc:
        error_reporting._hook(type(exc), exc, exc.__traceback__)
    (box,) = shown
    assert "Your data is safe" in box.text() and "Traceback" not in box.text()
    assert box.informativeText() == "the printer caught fire"
    assert "Traceback" in box.detailedText()
