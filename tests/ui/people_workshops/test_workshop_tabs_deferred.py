"""The schedule and participants tabs are built when first opened, and then behave as ever."""

from __future__ import annotations

from lacworkshop.services.operations import Change
from lacworkshop.services.people import participation
from lacworkshop.services.workshops import schedule


def _page(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("workshops")
    return main_window.page("workshops")


def test_the_window_opens_with_only_the_details_tab_built(main_window) -> None:  # type: ignore[no-untyped-def]
    page = _page(main_window)
    assert page.tabs.currentIndex() == 0
    assert not page._schedule_tab.is_built()
    assert not page._participants_tab.is_built()
    # Tab titles and their enabled state are there before the content is.
    assert page.tabs.tabText(1).replace("&", "") == "Tracks and schedule"
    assert page.tabs.isTabEnabled(1) and page.tabs.isTabEnabled(2)


def test_opening_a_tab_builds_it_on_the_chosen_workshop(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(main_window)
    wid = page.current_id()
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page._schedule_tab.is_built())
    slots = schedule.list_slots(main_window.ctx.db, wid)
    assert page.schedule.workshop_id == wid
    assert page.schedule.slot_table.rowCount() == len(slots) > 0
    assert page.schedule.isVisible()
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page._participants_tab.is_built())
    people = participation.list_participants(main_window.ctx.db, wid)
    assert page.participants.model.rowCount() == len(people) > 0


def test_a_tab_built_later_shows_the_workshop_chosen_meanwhile(main_window) -> None:  # type: ignore[no-untyped-def]
    page = _page(main_window)
    assert page.model.rowCount() > 1
    page.table.selectRow(1)
    second = page.current_id()
    main_window.ctx.notify(Change.SLOTS, Change.PARTICIPATIONS)  # nothing built to refresh yet
    assert not page._schedule_tab.is_built()
    assert page.participants.workshop_id == second  # asked for: built now
    assert page.schedule.workshop_id == second
    page.table.selectRow(0)
    assert page.schedule.workshop_id == page.current_id() != second


def test_the_shortcuts_list_names_the_keys_of_tabs_never_opened(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog

    shown: list[KeyboardShortcutsDialog] = []

    def keep(dialog: KeyboardShortcutsDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(KeyboardShortcutsDialog, "exec", keep)
    page = _page(main_window)
    assert not page._schedule_tab.is_built()
    main_window.act_shortcuts.trigger()
    things = {what for _where, what, _keys in shown[0].rows()}
    assert {"Delete session", "Remove from workshop"} <= things
