"""The badges dialog: the People page's selection, preview without recording, save and print."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select


@pytest.fixture
def setup(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.tasks import InlineRunner

    db = open_database(tmp_path / "badges.sqlite3")
    populate(db, people=60, workshops=3)
    ctx = AppContext(db, InlineRunner())
    wid = workshop_id_for_code(db, "WALC2026")
    yield ctx, wid
    db.close()


def _people(ctx, wid: int, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Participation

    with ctx.db.session() as session:
        return list(
            session.scalars(
                select(Participation.person_id)
                .where(Participation.workshop_id == wid)
                .order_by(Participation.id)
                .limit(n)
            )
        )


def _printed(ctx, wid: int) -> set[int]:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Participation

    with ctx.db.session() as session:
        return set(
            session.scalars(
                select(Participation.person_id).where(
                    Participation.workshop_id == wid, Participation.badge_printed_at.is_not(None)
                )
            )
        )


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def test_the_selection_previews_unrecorded_then_saves_recorded(
    setup, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs import badges_dialog
    from lacworkshop.ui.dialogs.badges_dialog import BadgesDialog

    ctx, wid = setup
    chosen = _people(ctx, wid, 3)
    dialog = BadgesDialog(ctx, wid, None, chosen)
    qtbot.addWidget(dialog)
    assert dialog.who_box.currentData() == "chosen"
    opened: list[str] = []
    monkeypatch.setattr(
        badges_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("cr80"))
    dialog.btn_preview.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert _pages(Path(opened[0])) == 3  # one card each
    assert _printed(ctx, wid) == set()  # a preview is not a print
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(badges_dialog, "ask_save_path", lambda *a: str(target))
    dialog.btn_save.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert _printed(ctx, wid) == set(chosen)
    # The new arrivals are everyone else.
    dialog.who_box.setCurrentIndex(dialog.who_box.findData("new"))
    assert dialog.selection().new_only


def test_print_sends_the_pdf_to_the_printer_dialog(setup, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs import pdf_print
    from lacworkshop.ui.dialogs.badges_dialog import BadgesDialog

    ctx, wid = setup
    sent: list[str] = []
    monkeypatch.setattr(pdf_print, "print_pdf", lambda path, parent: sent.append(path) or True)
    dialog = BadgesDialog(ctx, wid)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("tents"))
    assert not dialog.layout_box.isVisibleTo(dialog) and dialog.paper_box.isVisibleTo(dialog)
    dialog.btn_print.click()
    qtbot.waitUntil(lambda: bool(sent), timeout=10000)
    text = subprocess.run(["pdftotext", sent[0], "-"], capture_output=True, text=True, check=True)
    assert text.stdout.strip()


def test_people_page_ctrl_b_opens_badges_for_the_selection(setup, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs import badges_dialog
    from lacworkshop.ui.pages.people_page import PeoplePage

    ctx, wid = setup
    seen: list[tuple[int, list[int] | None]] = []
    monkeypatch.setattr(
        badges_dialog.BadgesDialog,
        "exec",
        lambda self: seen.append((self.workshop_id, self.person_ids)) or 0,
    )
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.workshop_selected.emit(wid)
    page.table.selectRow(0)
    page.table.setFocus()
    page.act_badges.trigger()
    assert seen and seen[0][0] == wid and seen[0][1] == page.selected_ids()
