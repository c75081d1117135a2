"""GUI tests: real widgets, offscreen, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.closing import close_discarding


@pytest.fixture
def qsettings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, tmp_path: Path, qsettings):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.first_start import fill_demo_database
    from lacworkshop.ui.app import open_for_gui
    from lacworkshop.ui.main_window import MainWindow
    from lacworkshop.ui.tasks import InlineRunner

    db = open_for_gui(tmp_path / "gui.sqlite3")
    fill_demo_database(db)  # as if the demo was chosen at the first start
    window = MainWindow(db, open_for_gui, runner=InlineRunner(), settings=qsettings)
    # Closed at the end by close_discarding, not by qtbot: closing asks about
    # unsaved edits, and qtbot closes widgets before this fixture could answer.
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_discarding(window)
    if window.ctx is not None:
        window.ctx.db.close()
