"""Names frozen at the left, hours, share and standing frozen at the right; twins told apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from lacworkshop.model import Participation, ParticipationStatus, Person, Role, Track
from lacworkshop.services.workshops.listing import workshop_id_for_code
from lacworkshop.ui.widgets.attendance_summary_view import standing_texts


def _narrow(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The page's share of a 1024x600 screen, beside the navigation bar.
    page.resize(820, 480)
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() > 0)


def test_sessions_scroll_sideways_while_the_standings_stay_in_sight(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _narrow(page, qtbot)
    n = page.model.slot_count()
    summary = page.summary_view
    # The grid shows only sessions; the frozen view only hours, share and standing.
    assert all(not page.view.isColumnHidden(c) for c in range(n))
    assert all(page.view.isColumnHidden(c) for c in range(n, n + 3))
    assert all(summary.isColumnHidden(c) for c in range(n))
    assert all(not summary.isColumnHidden(c) for c in range(n, n + 3))
    page.view.horizontalScrollBar().setValue(page.view.horizontalScrollBar().maximum())
    box = summary.geometry()
    assert summary.isVisible() and page.rect().contains(box)
    assert box.left() >= page.view.geometry().right()
    # The standing of the first person is painted inside the page.
    cell = summary.visualRect(page.proxy.index(0, n + 2))
    assert summary.viewport().rect().contains(cell)
    assert summary.horizontalScrollBar().maximum() == 0  # nothing of it scrolled away


def test_the_standing_column_shows_every_standing_whole(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from lacworkshop.ui.language import install_translators, remove_translators

    app = QApplication.instance()
    try:
        for language in ("es", "pt", "fr", "en"):
            install_translators(app, language)
            page.reload()
            n = page.model.slot_count()
            width = page.summary_view.columnWidth(n + 2)
            metrics = page.summary_view.fontMetrics()
            for text in standing_texts():
                assert metrics.horizontalAdvance(text) < width, (language, text)
    finally:
        remove_translators(app)


def test_the_two_views_scroll_and_select_together(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.select_workshop(workshop_id_for_code(page.ctx.db, "IXP-2026"))  # one long list
    page.resize(820, 480)
    n = page.model.slot_count()
    summary = page.summary_view
    bar = summary.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert page.view.verticalScrollBar().value() == bar.value()
    last = page.proxy.rowCount() - 1
    # The last person's row sits at the same height on both sides.
    assert (
        page.view.visualRect(page.proxy.index(last, 0)).top()
        == summary.visualRect(page.proxy.index(last, n)).top()
    )
    # A click on a standing makes that person current in the grid (for Eligibility by hand).
    target = summary.visualRect(page.proxy.index(last, n + 2)).center()
    qtbot.mouseClick(summary.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert page.view.currentIndex().row() == last
    assert summary.selectionModel() is page.view.selectionModel()


def _add_twin(db, workshop: str, email: str | None, organisation: str | None) -> str:  # type: ignore[no-untyped-def]
    wid = workshop_id_for_code(db, workshop)
    with db.session() as s:
        track = s.scalars(select(Track).where(Track.workshop_id == wid)).first()
        person = Person(
            given_names="María José",
            family_names="Pérez O'Neill",
            email=email,
            organisation=organisation,
        )
        s.add(person)
        s.flush()
        s.add(
            Participation(
                workshop_id=wid,
                person_id=person.id,
                role=Role.ATTENDEE,
                track_id=track.id,
                status=ParticipationStatus.CONFIRMED,
            )
        )
        return track.name


def test_two_people_of_the_same_name_are_told_apart(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = page.ctx.db
    track = _add_twin(db, "WALC2026", "mj.perez@antel.example.uy", "ANTEL")
    _add_twin(db, "WALC2026", None, "LACNIC")
    page.ctx.notify("participations")
    page.select_track(track)
    labels = [
        page.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(page.proxy.rowCount())
    ]
    twins = sorted(label for label in labels if label.startswith("Pérez O'Neill, María José"))
    assert twins == [
        "Pérez O'Neill, María José (LACNIC)",
        "Pérez O'Neill, María José (mj.perez@antel.example.uy)",
    ]
    # Everyone else keeps the plain name.
    others = [label for label in labels if not label.startswith("Pérez O'Neill")]
    assert others and all("@" not in label for label in others)


def test_a_double_click_on_a_standing_sets_eligibility_by_hand(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.override_dialog import OverrideDialog

    opened: list[OverrideDialog] = []
    monkeypatch.setattr(OverrideDialog, "exec", lambda self: opened.append(self) or 0)
    n = page.model.slot_count()
    cell = page.summary_view.visualRect(page.proxy.index(1, n + 2)).center()
    qtbot.mouseClick(page.summary_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.summary_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert len(opened) == 1
    assert page.view.currentIndex().row() == 1
