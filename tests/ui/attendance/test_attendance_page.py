"""The attendance grid driven like a person would: keys, blocks, clicks, undo, overrides."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from lacworkshop.model import Mark
from lacworkshop.services.attendance.eligibility import Standing
from lacworkshop.services.attendance.grid import load_grid
from lacworkshop.services.attendance.overrides import get_override
from lacworkshop.services.attendance.standings import workshop_standings


def saved(page, row: int, col: int):  # type: ignore[no-untyped-def]
    """The mark in the database (not the model) for a grid cell."""
    grid = page.model.grid
    fresh = load_grid(page.ctx.db, grid.workshop_id, grid.track_id)
    state = fresh.cells.get((grid.people[row].participation_id, grid.slots[col].id))
    return state.mark if state else None


def share_text(page, row: int) -> str:  # type: ignore[no-untyped-def]
    return page.proxy.index(row, page.model.slot_count() + 1).data()


def standing_of(page, row: int):  # type: ignore[no-untyped-def]
    grid = page.model.grid
    pid = grid.people[row].participation_id
    return next(
        s for s in workshop_standings(page.ctx.db, grid.workshop_id) if s.participation_id == pid
    )


def test_page_follows_the_chosen_workshop_and_shows_its_tracks(page) -> None:  # type: ignore[no-untyped-def]
    assert page.workshop_box.currentText().startswith("WALC2026")
    assert [page.track_box.itemText(i) for i in range(page.track_box.count())] == [
        "Routing and BGP",
        "Network security",
        "DNS and DNSSEC",
    ]
    grid = page.model.grid
    assert page.model.columnCount() == len(grid.slots) + 3
    assert page.model.headerData(0, Qt.Orientation.Horizontal, page.model.DAY_ROLE)
    page.select_track("DNS and DNSSEC")
    assert page.model.grid.track_name == "DNS and DNSSEC"


def test_mark_a_column_by_keyboard_and_see_the_live_share(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(0, 0))
    rows = min(4, page.model.rowCount())
    for _ in range(rows):
        qtbot.keyClick(view, Qt.Key.Key_A)
    # The cursor moved down the session's column after each mark.
    assert view.currentIndex().row() == rows
    for row in range(rows):
        assert page.proxy.index(row, 0).data() == "A"
        assert saved(page, row, 0) is Mark.ABSENT
        expected = standing_of(page, row).result
        assert share_text(page, row) == f"{expected.share * 100:.0f} %"
        assert page.proxy.index(row, page.model.slot_count()).data() == (
            f"{expected.attended_hours:g} / {expected.scheduled_hours:g}"
        )
    # Now present: the share goes up by one session's hours, live.
    view.setCurrentIndex(page.proxy.index(0, 0))
    low = page.model.result_at(0).share
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert page.model.result_at(0).share > low
    assert share_text(page, 0) == f"{standing_of(page, 0).result.share * 100:.0f} %"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert saved(page, 0, 0) is None
    assert page.proxy.index(0, 0).data() == ""


def test_block_marking_is_one_undoable_action(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.view
    view.setFocus()
    before = {(r, c): saved(page, r, c) for r in range(3) for c in range(1, 4)}
    selection = QItemSelection(page.proxy.index(0, 1), page.proxy.index(2, 3))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    undo = page.ctx.undo_stack
    depth = undo.count()
    qtbot.keyClick(view, Qt.Key.Key_E)
    assert undo.count() == depth + 1
    assert all(saved(page, r, c) is Mark.EXCUSED for r in range(3) for c in range(1, 4))
    assert all(page.proxy.index(r, c).data().startswith("E") for r in range(3) for c in range(1, 4))
    undo.undo()
    assert {(r, c): saved(page, r, c) for r in range(3) for c in range(1, 4)} == before
    letters = {Mark.PRESENT: "P", Mark.LATE: "L", Mark.EXCUSED: "E", Mark.ABSENT: "A", None: ""}
    assert all(
        page.proxy.index(r, c).data().rstrip("•") == letters[before[(r, c)]]
        for r in range(3)
        for c in range(1, 4)
    )
    undo.redo()
    assert saved(page, 2, 3) is Mark.EXCUSED


def test_a_click_cycles_the_mark(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.view
    index = page.proxy.index(1, 2)
    start = saved(page, 1, 2)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    order = [None, Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT]
    assert saved(page, 1, 2) is order[(order.index(start) + 1) % 5]


def test_everyone_present_marks_only_the_unmarked(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.view
    view.setCurrentIndex(page.proxy.index(0, 4))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.setCurrentIndex(page.proxy.index(1, 4))
    qtbot.keyClick(view, Qt.Key.Key_A)
    view.setCurrentIndex(page.proxy.index(0, 4))
    page.everyone_button.click()
    assert saved(page, 0, 4) is Mark.PRESENT
    assert saved(page, 1, 4) is Mark.ABSENT
    page.ctx.undo_stack.undo()
    assert saved(page, 0, 4) is None


def test_a_note_on_a_mark(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    view = page.view
    view.setCurrentIndex(page.proxy.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_L)
    view.setCurrentIndex(page.proxy.index(0, 1))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("Llegó 10:40 – paro de buses", True)
    )
    page.note_button.click()
    index = page.proxy.index(0, 1)
    assert index.data() == "L•"
    assert "paro de buses" in index.data(Qt.ItemDataRole.ToolTipRole)
    grid = page.model.grid
    fresh = load_grid(page.ctx.db, grid.workshop_id, grid.track_id)
    assert fresh.cells[(grid.people[0].participation_id, grid.slots[1].id)].note == (
        "Llegó 10:40 – paro de buses"
    )


def test_override_is_shown_saved_and_undoable(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.override_dialog import OverrideDialog

    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.result_at(r).standing is not Standing.ELIGIBLE
    )
    person = page.model.person_at(row)
    page.view.setCurrentIndex(page.proxy.index(row, 0))

    def fill(dialog: OverrideDialog) -> int:
        dialog.grant.setChecked(True)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.reason.setPlainText("Certificado médico del miércoles")
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return OverrideDialog.DialogCode.Accepted

    monkeypatch.setattr(OverrideDialog, "exec", fill)
    page.override_button.click()
    cert = page.proxy.index(row, page.model.slot_count() + 2)
    assert cert.data() == "Eligible (by hand)"
    assert "Certificado médico del miércoles" in cert.data(Qt.ItemDataRole.ToolTipRole)
    assert get_override(page.ctx.db, person.participation_id).eligible is True
    page.ctx.undo_stack.undo()
    assert get_override(page.ctx.db, person.participation_id).eligible is None
    assert cert.data() != "Eligible (by hand)"


def test_filter_shows_only_people_at_risk_or_not_eligible(page) -> None:  # type: ignore[no-untyped-def]
    total = page.model.rowCount()
    attention = [
        r
        for r in range(total)
        if page.model.result_at(r).standing in (Standing.AT_RISK, Standing.NOT_ELIGIBLE)
    ]
    assert 0 < len(attention) < total
    page.attention.setChecked(True)
    assert page.proxy.rowCount() == len(attention)
    assert all(
        page.proxy.index(r, page.model.slot_count() + 2).data() != "Eligible"
        for r in range(page.proxy.rowCount())
    )
    page.attention.setChecked(False)
    assert page.proxy.rowCount() == total


def test_import_a_register_with_preview_and_undo(page, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from lacworkshop.services.attendance.register import export_register
    from lacworkshop.ui.dialogs.register_import_dialog import RegisterImportDialog

    grid = page.model.grid
    path = tmp_path / "register.xlsx"
    export_register(page.ctx.db, grid.workshop_id, path)
    wb = openpyxl.load_workbook(path)
    ws = wb[grid.track_name]
    ids = next(r for r in ws.iter_rows() if r[0].value == "#slot")
    col = next(c.column for c in ids[3:] if c.value == grid.slots[0].id)
    row = next(
        r
        for r in range(7, ws.max_row + 1)
        if ws.cell(r, 1).value == grid.people[0].participation_id
    )
    old = saved(page, 0, 0)
    new = "L" if old is not Mark.LATE else "A"
    ws.cell(row, col).value = new
    wb.save(path)
    shown = {}

    def accept(dialog: RegisterImportDialog) -> int:
        shown["rows"] = dialog.table.rowCount()
        shown["name"] = dialog.table.item(0, 1).text()
        return RegisterImportDialog.DialogCode.Accepted

    monkeypatch.setattr(RegisterImportDialog, "exec", accept)
    page.files.import_register(str(path))
    qtbot.waitUntil(lambda: "rows" in shown)
    assert shown == {"rows": 1, "name": grid.people[0].display_name}
    assert saved(page, 0, 0) is {"L": Mark.LATE, "A": Mark.ABSENT}[new]
    assert page.proxy.index(0, 0).data().rstrip("•") == new
    page.ctx.undo_stack.undo()
    assert saved(page, 0, 0) is old


def test_other_pages_hear_of_marks_once_typing_pauses(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    heard: list[set[str]] = []
    page.ctx.changed.connect(heard.append)
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 2))
    for key in (Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_A):
        qtbot.keyClick(page.view, key)
    assert heard == []
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    assert heard == [{"attendance"}]
    assert page.model.grid is not None and page.model.rowCount() > 0  # the page did not reload
