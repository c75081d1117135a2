"""The People page's privacy actions: consent shown, personal data exported and erased."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from lacworkshop.model import Person
from lacworkshop.services.people import directory as people
from tests.conftest import REGISTRATIONS
from tests.unit.importing.helpers import preview_of

EMAIL = "diazgabriel@example.org"


def _imported_person(main_window) -> int:  # type: ignore[no-untyped-def]
    """Import the organisers' form (with its consent column) and return Thiago's id."""
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.importing.apply import run_import
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    db = main_window.ctx.db
    populate(db, people=10, workshops=1)
    wid = workshop_id_for_code(db, "WALC2026")
    run_import(db, preview_of(db, REGISTRATIONS / "respuestas_formulario.csv", wid))
    with db.session() as session:
        pid = session.scalar(select(Person.id).where(Person.email == EMAIL))
    assert pid is not None
    main_window.ctx.notify("people")
    return pid


def _open(main_window, pid: int):  # type: ignore[no-untyped-def]
    main_window.show_page("people")
    page = main_window.page("people")
    page.open_person(pid)
    return page


def test_consent_from_the_import_is_shown_in_the_editor(main_window, qtbot, tmp_path: Path) -> None:
    pid = _imported_person(main_window)
    page = _open(main_window, pid)
    text = page.consent.text()
    assert "photos and video" in text
    assert "¿Autoriza el uso de su imagen?" in text
    assert page.btn_export_data.isEnabled() and page.btn_erase_data.isEnabled()
    # The layout settles around the new text before the picture is taken.
    consent = page.consent
    qtbot.waitUntil(lambda: consent.height() >= consent.heightForWidth(consent.width()))
    page.grab().save(str(tmp_path / "people_privacy.png"))
    # A person who answered "No" has a notice but agreed to nothing.
    with main_window.ctx.db.session() as session:
        other = session.scalar(select(Person.id).where(Person.email == "ana-vitoria38@example.com"))
    assert other is not None
    page.open_person(other)
    assert "agreed to nothing" in page.consent.text()


def test_export_button_writes_the_json_chosen(
    main_window, monkeypatch, qtbot, tmp_path: Path
) -> None:
    pid = _imported_person(main_window)
    page = _open(main_window, pid)
    target = tmp_path / "thiago"  # no extension typed: .json is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    page.btn_export_data.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    written = tmp_path / "thiago.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["profile"]["email"] == EMAIL
    assert data["consent"]["agreed to"][0]["scope"] == "photos"
    assert shown and str(written) in shown[0]


def test_erase_button_asks_then_erases_and_lists_backups(main_window, monkeypatch, qtbot) -> None:
    pid = _imported_person(main_window)
    db = main_window.ctx.db
    held = db.backup_now("manual")  # a backup taken while the person is in the database
    page = _open(main_window, pid)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def warning(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))

    page.btn_erase_data.click()  # Cancel: nothing happens
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=20000)
    assert people.get_person(db, pid).email == EMAIL
    assert "Thiago Leonel Alvarez Campos" in asked[0]
    assert "Goes: names, email" in asked[0] and "1 backup(s) still hold" in asked[0]

    page.btn_erase_data.click()  # Yes
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    data = people.get_person(db, pid)
    assert data.email is None and data.given_names == "(erased)"
    assert held.name in shown[0]
    assert "brings the erased data back" in shown[0]
    assert not page.btn_erase_data.isEnabled()
    assert "erased" in page.consent.text()
    assert main_window.ctx.undo_stack.count() == 0
