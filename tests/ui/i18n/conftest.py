"""Switch the interface language for one test and put it back afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.ui.closing import close_discarding


@pytest.fixture
def use_language(qapp) -> Iterator[Callable[[str], None]]:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.language import install_translators, remove_translators

    def use(language: str) -> None:
        install_translators(qapp, language)

    yield use
    remove_translators(qapp)


@pytest.fixture
def open_window(qtbot, tmp_path, qsettings):  # type: ignore[no-untyped-def]
    """Build main windows on one database, as a restart would."""
    from lacworkshop.services.demo.first_start import fill_demo_database
    from lacworkshop.ui.app import open_for_gui
    from lacworkshop.ui.main_window import MainWindow
    from lacworkshop.ui.tasks import InlineRunner

    windows = []

    def open_() -> MainWindow:
        db = open_for_gui(tmp_path / "gui.sqlite3")
        fill_demo_database(db)  # the demo chosen at the first start, once
        window = MainWindow(db, open_for_gui, runner=InlineRunner(), settings=qsettings)
        # Closed at the end by close_discarding, not by qtbot: closing asks about
        # unsaved edits, and qtbot closes widgets before this fixture could answer.
        windows.append(window)
        return window

    yield open_
    for window in windows:
        close_discarding(window)
        if window.ctx is not None:
            window.ctx.db.close()
