"""The main window on a first-start database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


def test_first_start_shows_the_demo_workshops(main_window) -> None:
    page = main_window.page("workshops")
    codes = {page.model.row_at(r).code for r in range(page.model.rowCount())}
    assert {"WALC2026", "DNSSEC-2026", "IXP-2026"} <= codes
    assert main_window.nav.count() == 6
    assert [main_window.nav.item(i).text() for i in range(5)] == [
        "Workshops",
        "People",
        "Attendance",
        "Certificates",
        "Reports",
    ]


def test_navigation_by_keyboard(main_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentWidget() is main_window.page("attendance")
    main_window.show_page("reports")
    assert main_window.stack.currentIndex() == 4


def test_switch_database_and_recent_files(
    main_window, tmp_path: Path, qsettings: QSettings
) -> None:
    other = tmp_path / "other.sqlite3"
    assert main_window.switch_database(other)
    assert main_window.ctx.db.path == other.resolve()
    recent = [a.text() for a in main_window.recent_menu.actions()]
    assert recent[0] == str(other.resolve()) and str((tmp_path / "gui.sqlite3").resolve()) in recent


def test_locked_database_is_reported_not_crashed(main_window, tmp_path: Path, monkeypatch) -> None:
    from lacworkshop.storage import open_database

    locked = tmp_path / "locked.sqlite3"
    holder = open_database(locked)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    try:
        assert not main_window.switch_database(locked)
    finally:
        holder.close()
    assert shown and "already open" in shown[0]


def test_geometry_persists(main_window, qsettings: QSettings) -> None:
    main_window.resize(1000, 700)
    main_window.close()
    assert qsettings.value("main_window/geometry") is not None


def test_backup_now_writes_a_copy(main_window) -> None:
    main_window.act_backup.trigger()
    db_path = main_window.ctx.db.path
    folder = db_path.parent / "backups" / db_path.name
    assert len(list(folder.glob("*-manual.sqlite3"))) == 1


def test_pages_are_built_when_first_shown(main_window) -> None:
    assert set(main_window.pages) == {"workshops"}
    main_window.show_page("certificates")
    assert set(main_window.pages) == {"workshops", "certificates"}
    assert main_window.stack.currentWidget() is main_window.page("certificates")
    assert main_window.stack.count() == 6
