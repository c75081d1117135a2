"""The export dialog's CSV separator: the same choice as ``export people --delimiter``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.ui.reports.test_reports_page import _page


def test_semicolon_chosen_in_the_dialog_splits_the_csv(
    main_window, monkeypatch, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.export_people_dialog import ExportPeopleDialog

    page = _page(main_window)
    dialog = ExportPeopleDialog(main_window.ctx, page.workshop_id(), page)
    qtbot.addWidget(dialog)
    assert [dialog.delimiter_combo.itemData(i) for i in range(3)] == [",", ";", "\t"]
    assert dialog.delimiter() == ","
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
    dialog.show()
    dialog.grab().save(str(tmp_path / "export_dialog.png"))
    out = tmp_path / "lista"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV, UTF-8 (*.csv)")
    )
    dialog.export_button.click()
    written = tmp_path / "lista.csv"
    qtbot.waitUntil(written.exists, timeout=10000)
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert len(lines[0].split(";")) == len(dialog.columns()) > 1
    assert "," not in lines[0]
    assert all(len(line.split(";")) == len(dialog.columns()) for line in lines[1:] if line)
