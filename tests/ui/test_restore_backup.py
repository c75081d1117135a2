"""File > Restore from backup..., the damaged-database offer, and save dialogs' refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import delete, func, select

from lacworkshop.model import Person, Workshop
from lacworkshop.services.data_safety.backups import backup_now


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return (
            s.scalar(select(func.count(Workshop.id))) or 0,
            s.scalar(select(func.count(Person.id))) or 0,
        )


def test_restore_from_the_file_menu_round_trip(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lacworkshop.ui.dialogs import restore_backup

    db = main_window.ctx.db
    before = _counts(db)
    assert before[0] > 0
    made = backup_now(db, "before cleaning")
    with db.session() as s:
        s.execute(delete(Workshop))
    assert _counts(db)[0] == 0

    previews: list[str] = []

    def choose_the_backup(dialog: restore_backup.RestoreBackupDialog) -> int:
        row = dialog._paths.index(made)
        dialog.table.selectRow(row)
        previews.append(dialog.preview.text())
        assert dialog.restore_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(restore_backup.RestoreBackupDialog, "exec", choose_the_backup)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    main_window.act_restore.trigger()

    assert f"{before[0]} workshop(s), {before[1]} people" in previews[0]
    assert made.name in asked[0]
    new_db = main_window.ctx.db
    assert new_db is not db
    assert _counts(new_db) == before
    assert "Restored" in main_window.statusBar().currentMessage()
    reasons = [p.name for p in made.parent.glob("*before-restore.sqlite3")]
    assert len(reasons) == 1  # the emptied database was kept before it was replaced


def test_a_damaged_database_at_start_offers_the_latest_good_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lacworkshop.services.demo.first_start import fill_demo_database
    from lacworkshop.ui.app import open_for_gui, open_or_explain

    path = tmp_path / "class.sqlite3"
    db = open_for_gui(path)
    fill_demo_database(db)
    backup_now(db, "manual")
    expected = _counts(db)
    assert expected[0] > 0
    db.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 2):
        data[offset + 5] ^= 0xFF
    path.write_bytes(bytes(data))

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or answers.pop(0),
    )
    damaged = path.read_bytes()
    assert open_or_explain(path) is None  # "No": nothing happens to the file
    assert path.read_bytes() == damaged and "damaged" in asked[0]
    reopened = open_or_explain(path)
    assert reopened is not None
    try:
        assert _counts(reopened) == expected
        assert reopened.integrity_ok()
    finally:
        reopened.close()


def test_save_dialog_refuses_the_database_and_asks_again(
    main_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lacworkshop.ui.widgets.save_path import ask_save_path

    db_path = main_window.ctx.db.path
    answers = [str(db_path.with_suffix("")), str(tmp_path / "lista")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.pop(0), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    # "gui" typed without its suffix becomes gui.sqlite3: the database itself.
    chosen = ask_save_path(main_window, "Save", "x", "Databases (*.sqlite3)", ".sqlite3")
    assert chosen == str(tmp_path / "lista.sqlite3")
    assert len(warned) == 1 and str(db_path) in warned[0]


def test_opening_a_damaged_database_from_the_window_explains_and_keeps_the_current(
    main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 200)  # cut short
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    current = main_window.ctx.db
    assert main_window.switch_database(other) is False
    assert len(shown) == 1 and "is damaged" in shown[0] and "No backup" in shown[0]
    assert main_window.ctx.db is current
