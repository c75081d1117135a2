"""The first start: an empty database, or a demo in a database of its own; the demo's
window title, File > Remove demo data, and File > New database left empty."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox


def _count(path: Path, table: str, where: str = "1") -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        con.close()


def _window(qtbot, db, qsettings):  # type: ignore[no-untyped-def]
    from lacworkshop.ui.app import open_for_gui
    from lacworkshop.ui.main_window import MainWindow
    from lacworkshop.ui.tasks import InlineRunner

    window = MainWindow(db, open_for_gui, runner=InlineRunner(), settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_dialog_offers_empty_and_demo(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.first_start_dialog import FirstStartDialog

    dialog = FirstStartDialog(tmp_path / "lacworkshop.sqlite3", tmp_path / "x-demo.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "demo" and dialog.result() == dialog.DialogCode.Accepted
    other = FirstStartDialog(tmp_path / "lacworkshop.sqlite3", tmp_path / "x-demo.sqlite3")
    qtbot.addWidget(other)
    other.show()
    qtbot.mouseClick(other.empty_button, Qt.MouseButton.LeftButton)
    assert other.choice == "empty"


def test_choosing_the_demo_opens_a_separate_demo_database(
    qtbot, tmp_path: Path, qsettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui import app
    from lacworkshop.ui.dialogs import first_start_dialog

    monkeypatch.setattr(first_start_dialog, "ask_first_start", lambda _db, _demo: "demo")
    main = tmp_path / "lacworkshop.sqlite3"
    db = app.first_database(main)
    assert db.path == (tmp_path / "lacworkshop-demo.sqlite3").resolve()
    assert not main.exists()  # real work never gets the demo
    window = _window(qtbot, db, qsettings)
    assert "Demo database" in window.windowTitle()
    assert _count(db.path, "workshop", "is_demo") == 3
    assert window.act_remove_demo.isEnabled()
    window.ctx.db.close()
    window.ctx = None


def test_choosing_empty_opens_an_empty_database(
    qtbot, tmp_path: Path, qsettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui import app
    from lacworkshop.ui.dialogs import first_start_dialog

    monkeypatch.setattr(first_start_dialog, "ask_first_start", lambda _db, _demo: "empty")
    main = tmp_path / "lacworkshop.sqlite3"
    window = _window(qtbot, app.first_database(main), qsettings)
    assert "Demo" not in window.windowTitle()
    assert _count(main, "workshop") == 0 and _count(main, "person") == 0
    assert not (tmp_path / "lacworkshop-demo.sqlite3").exists()
    assert not window.act_remove_demo.isEnabled()


def test_new_database_is_empty(main_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "nuevo.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    main_window.act_new.trigger()
    assert main_window.ctx.db.path == new.resolve()
    assert _count(new, "workshop") == 0 and _count(new, "person") == 0
    assert "Demo" not in main_window.windowTitle()


def test_remove_demo_data_keeps_real_work(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.people.directory import PersonData, create_person
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop

    db = main_window.ctx.db
    create_workshop(
        db, WorkshopData("RDLAC-2027", "Red LAC 2027", date(2027, 3, 1), date(2027, 3, 5))
    )
    create_person(db, PersonData("Inés", "Núñez Peña"))
    asked: list[str] = []

    def answer(*args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return (
            QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    main_window.act_remove_demo.trigger()  # cancelled: nothing goes
    assert _count(db.path, "workshop", "is_demo") == 3
    main_window.act_remove_demo.trigger()
    assert "demo workshop (3)" in asked[0]
    assert _count(db.path, "workshop", "is_demo") == 0
    assert _count(db.path, "person", "is_demo") == 0
    assert _count(db.path, "signatory", "is_demo") == 0
    assert _count(db.path, "workshop") == 1 and _count(db.path, "person") == 1
    assert not main_window.act_remove_demo.isEnabled()
    page = main_window.page("workshops")
    codes = {page.model.row_at(r).code for r in range(page.model.rowCount())}
    assert codes == {"RDLAC-2027"}


def test_certificates_page_says_what_a_real_workshop_needs(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop

    db = main_window.ctx.db
    wid = create_workshop(
        db, WorkshopData("RDLAC-2025", "Red LAC 2025", date(2025, 3, 1), date(2025, 3, 5))
    )
    main_window.show_page("certificates")
    box = main_window.page("certificates").issue_box
    box.fill_workshops()
    box.select_workshop(wid)
    box.show_readiness()
    assert box.readiness.isVisible()
    assert "organisation's logo" in box.readiness.text()
    assert "signatory" in box.readiness.text()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (_ for _ in ()).throw(AssertionError)
    )
    box.generate_button.click()  # refused before any file is asked for
    assert warned and "cannot be issued until you set" in warned[0]
    demo = next(
        box.workshop_combo.itemData(i)
        for i in range(box.workshop_combo.count())
        if box.workshop_combo.itemText(i).startswith("WALC")
    )
    box.select_workshop(demo)
    box.show_readiness()
    assert not box.readiness.isVisible()  # the demo's own samples are fine on the demo


def test_file_menu_opens_the_demo_database_beside(qtbot, tmp_path: Path, qsettings) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.app import open_for_gui

    work = tmp_path / "trabajo.sqlite3"
    window = _window(qtbot, open_for_gui(work), qsettings)
    assert "Demo" not in window.windowTitle()
    window.act_open_demo.trigger()
    demo = tmp_path / "trabajo-demo.sqlite3"
    assert window.ctx.db.path == demo.resolve()
    assert "Demo database" in window.windowTitle()
    assert _count(demo, "workshop", "is_demo") == 3
    assert _count(work, "workshop") == 0  # the real database stays empty
    window.ctx.db.close()
    window.ctx = None
