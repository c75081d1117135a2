"""The page's files: export the register and print sign-in sheets through the task runner."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl


def test_export_register_from_the_page(page, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "walc"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    messages: list[str] = []
    page.ctx.status_message.connect(messages.append)
    page.files.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    written = tmp_path / "walc.xlsx"
    assert written.exists() and str(written) in messages[-1]
    wb = openpyxl.load_workbook(written)
    assert wb.sheetnames[:3] == ["Routing and BGP", "Network security", "DNS and DNSSEC"]


def test_signin_sheets_from_the_page(page, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from lacworkshop.ui.dialogs.signin_sheets_dialog import SigninSheetsDialog

    def choose(dialog: SigninSheetsDialog) -> int:
        dialog.day_box.setCurrentIndex(1)
        dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
        return SigninSheetsDialog.DialogCode.Accepted

    monkeypatch.setattr(SigninSheetsDialog, "exec", choose)
    target = tmp_path / "sheets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.files.signin_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    qtbot.waitUntil(lambda: page.files.last_result is not None, timeout=10000)
    # The current track only, on the first day: the plenary and the afternoon session.
    assert page.files.last_result.sections == 2
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    for person in page.model.grid.people:
        assert f"{person.family_names}, {person.given_names}" in text


def test_signin_sheets_in_a_chosen_language(page, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from lacworkshop.ui.dialogs.signin_sheets_dialog import SigninSheetsDialog

    def choose(dialog: SigninSheetsDialog) -> int:
        assert dialog.language() is None  # the workshop's language unless told otherwise
        dialog.day_box.setCurrentIndex(1)
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
        return SigninSheetsDialog.DialogCode.Accepted

    monkeypatch.setattr(SigninSheetsDialog, "exec", choose)
    target = tmp_path / "feuilles.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.files.last_result = None
    page.files.signin_button.click()
    qtbot.waitUntil(lambda: page.files.last_result is not None, timeout=10000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Feuille d’émargement" in text  # the typographic apostrophe
    assert "lundi 12 octobre 2026" in text
