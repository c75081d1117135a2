"""Files the system hands to the app (macOS: dropped on its icon, "Open with"): import them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from lacworkshop.ui.main_window import IMPORTABLE, MainWindow


class FileOpenHandler(QObject):
    """Turns the application's FileOpen events into the window's import request."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path.lower().endswith(IMPORTABLE):
                self._window.request_import(path, 0)
                return True
        return super().eventFilter(watched, event)
