"""Where to save: the suffix is added when typed without it; Cancel is None."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from lacworkshop.ui.widgets.save_path import ask_save_path


def test_suffix_added_kept_and_cancel(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = iter(["/tmp/Asistencia Núñez", "/tmp/lista.XLSX", ""])
    asked: list[tuple[str, str, str]] = []

    def fake(_parent, caption, suggested, file_filter, *a, **k):  # type: ignore[no-untyped-def]
        asked.append((caption, suggested, file_filter))
        return next(answers), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    args = (None, "Guardar", "registro.xlsx", "Excel workbook (*.xlsx)", ".xlsx")
    assert ask_save_path(*args) == "/tmp/Asistencia Núñez.xlsx"
    assert ask_save_path(*args) == "/tmp/lista.XLSX"
    assert ask_save_path(*args) is None
    assert asked[0] == ("Guardar", "registro.xlsx", "Excel workbook (*.xlsx)")
