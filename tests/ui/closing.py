"""Ending a GUI test with the main window closed, whatever the test left unsaved."""

from __future__ import annotations

import pytest


def close_discarding(window) -> None:  # type: ignore[no-untyped-def]
    """Close *window* at the end of a test, discarding whatever edits the test left unsaved.

    Closing asks about unsaved edits; a question left open would block the test run.
    """
    from PySide6.QtWidgets import QMessageBox

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        window.close()
