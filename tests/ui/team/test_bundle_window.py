"""File > Import bundle… in the window: the conflicts dialog lists both values, who and
when; a choice for all applies; the merge runs as an operation and pages hear of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from lacworkshop.model import Mark
from lacworkshop.services.attendance.marking import mark_session
from lacworkshop.services.bundles import Side, export_bundle, merge_bundle
from lacworkshop.storage import open_database
from lacworkshop.storage.actor import set_actor
from lacworkshop.ui.dialogs.bundle_conflicts import BundleConflictsDialog
from tests.unit.team.workshop_setup import build, ids_by_email, marks, slots_by_topic

ANA = "ana@example.org"
CODE = "TEAM2026"  # the window starts on the demo, which has WALC2026


def _bundle_with_a_conflict(db, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The window's database and another one both change Ana's first Routing mark."""
    set_actor("here@window")
    build(db, CODE)
    copy = tmp_path / "copy.lwbundle"
    export_bundle(db, CODE, copy)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        merge_bundle(other, copy)
        mark_session(db, slots_by_topic(db)["Routing 9"], [(ids_by_email(db)[ANA], Mark.LATE)])
        set_actor("there@laptop")
        po, so = ids_by_email(other), slots_by_topic(other)
        mark_session(other, so["Routing 9"], [(po[ANA], Mark.PRESENT)])
        mark_session(other, so["Routing 14"], [(po[ANA], Mark.PRESENT)])
        theirs = tmp_path / "theirs.lwbundle"
        export_bundle(other, CODE, theirs, track="Routing")
    finally:
        other.close()
        set_actor(None)
    return theirs


def test_conflicts_dialog_shows_both_sides(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "here.sqlite3")
    try:
        theirs = _bundle_with_a_conflict(db, tmp_path)
        report = merge_bundle(db, theirs, dry_run=True).value
    finally:
        db.close()
    dialog = BundleConflictsDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    here = dialog.table.item(0, 1).text()
    there = dialog.table.item(0, 2).text()
    assert "late" in here and "here@window" in here
    assert "present" in there and "there@laptop" in there
    assert "Ana María" in dialog.table.item(0, 0).text()
    dialog.choose_all(Side.THEIRS)
    assert set(dialog.choices().values()) == {Side.THEIRS}
    dialog.grab().save(str(tmp_path / "bundle-conflicts.png"))
    assert (tmp_path / "bundle-conflicts.png").stat().st_size > 0


def test_import_bundle_from_the_window(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.bundle_actions import import_bundle_action

    db = main_window.ctx.db
    theirs = _bundle_with_a_conflict(db, tmp_path)
    seen: list[int] = []

    def accept(dialog: BundleConflictsDialog) -> int:
        seen.append(dialog.table.rowCount())
        dialog.choose_all(Side.THEIRS)
        return QDialog.DialogCode.Accepted

    said: list[str] = []
    monkeypatch.setattr(BundleConflictsDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    heard: list[object] = []
    main_window.ctx.changed.connect(lambda what: heard.append(what))
    import_bundle_action(main_window.ctx, main_window, theirs)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert seen == [1]
    assert "Attendance marks: 1 added, 1 updated" in said[0]
    got = marks(db)
    assert got[(ANA, "Routing 9")] == "present" and got[(ANA, "Routing 14")] == "present"
    assert heard  # the pages were told what changed


def test_a_cleared_mark_in_a_conflict_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The other laptop cleared the mark this one changed: the dialog names the clearing."""
    db = open_database(tmp_path / "here.sqlite3")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        set_actor("here@window")
        build(db, CODE)
        routing_9 = slots_by_topic(db)["Routing 9"]
        mark_session(db, routing_9, [(ids_by_email(db)[ANA], Mark.PRESENT)])
        export_bundle(db, CODE, tmp_path / "copy.lwbundle")
        merge_bundle(other, tmp_path / "copy.lwbundle")
        mark_session(db, routing_9, [(ids_by_email(db)[ANA], Mark.LATE)])
        set_actor("there@laptop")
        mark_session(other, slots_by_topic(other)["Routing 9"], [(ids_by_email(other)[ANA], None)])
        export_bundle(other, CODE, tmp_path / "theirs.lwbundle")
        report = merge_bundle(db, tmp_path / "theirs.lwbundle", dry_run=True).value
    finally:
        other.close()
        db.close()
        set_actor(None)
    dialog = BundleConflictsDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert "late" in dialog.table.item(0, 1).text()
    there = dialog.table.item(0, 2).text()
    assert "(mark cleared)" in there and "there@laptop" in there
    dialog.grab().save(str(tmp_path / "cleared.png"))
    assert (tmp_path / "cleared.png").stat().st_size > 0
