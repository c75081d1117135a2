"""Help > About links every licence text this copy carries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextBrowser

from lacworkshop.ui.dialogs.about import AboutDialog


def test_about_links_the_project_and_font_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    html = dialog.findChild(QTextBrowser).toHtml()
    repo = Path(__file__).resolve().parents[2]
    assert (repo / "LICENSE").as_uri() in html
    assert "DejaVu fonts: DejaVu-LICENSE.txt" in html
