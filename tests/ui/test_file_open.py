"""A spreadsheet the system hands to the app (dropped on its icon) starts an import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from lacworkshop.ui.file_open import FileOpenHandler


def test_file_open_event_requests_an_import(qtbot, main_window, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    handler = FileOpenHandler(main_window)
    app.installEventFilter(handler)
    main_window.ctx.import_requested.disconnect()  # no wizard: only the request is checked
    try:
        source = str(shared_data / "inscricoes.xlsx")
        with qtbot.waitSignal(main_window.ctx.import_requested) as request:
            QApplication.sendEvent(app, QFileOpenEvent(source))
        assert request.args == [source, 0]

        with qtbot.assertNotEmitted(main_window.ctx.import_requested):
            QApplication.sendEvent(app, QFileOpenEvent(str(shared_data.parent / "notes.pdf")))
    finally:
        app.removeEventFilter(handler)
