"""The main window on a database holding one empty workshop (WALC2026, three tracks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.closing import close_discarding


@pytest.fixture
def main_window(qtbot, tmp_path: Path, qsettings):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app import open_for_gui
    from lacworkshop.ui.main_window import MainWindow
    from lacworkshop.ui.tasks import InlineRunner

    path = tmp_path / "gui.sqlite3"
    seed = open_database(path)
    populate(seed, people=0, workshops=1)
    seed.close()
    window = MainWindow(open_for_gui(path), open_for_gui, runner=InlineRunner(), settings=qsettings)
    # Closed at the end by close_discarding, not by qtbot: closing asks about
    # unsaved edits, and qtbot closes widgets before this fixture could answer.
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_discarding(window)
    if window.ctx is not None:
        window.ctx.db.close()


@pytest.fixture
def ctx(main_window):  # type: ignore[no-untyped-def]
    return main_window.ctx


@pytest.fixture
def walc_id(ctx) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    return workshop_id_for_code(ctx.db, "WALC2026")
