"""The day header over the session columns is never cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lacworkshop.services.workshops.listing import workshop_id_for_code
from lacworkshop.ui.models.attendance_grid_model import AttendanceGridModel

DAY = AttendanceGridModel.DAY_ROLE
DAY_INDEX = AttendanceGridModel.DAY_INDEX_ROLE


def _resize(page, qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Resize the page and wait until its grid has been laid out at the new size."""
    before = page.view.viewport().size()
    page.resize(width, height)
    qtbot.waitUntil(lambda: page.view.viewport().size() != before)


def _day_spans(page) -> dict[int, tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Day index -> (label, summed width of that day's session columns)."""
    model, view = page.proxy, page.view
    spans: dict[int, tuple[str, int]] = {}
    for col in range(page.model.slot_count()):
        day = model.headerData(col, Qt.Orientation.Horizontal, DAY_INDEX)
        label = model.headerData(col, Qt.Orientation.Horizontal, DAY)
        _, width = spans.get(day, (label, 0))
        spans[day] = (label, width + view.columnWidth(col))
    return spans


def test_a_day_with_one_session_shows_its_whole_label(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    # IXP has one morning session a day: the label is wider than the time below it.
    page.select_workshop(workshop_id_for_code(page.ctx.db, "IXP-2026"))
    metrics = page.view.horizontalHeader().fontMetrics()
    spans = _day_spans(page)
    assert len(spans) == 2
    for label, width in spans.values():
        assert width >= metrics.horizontalAdvance(label) + 8, label


def test_a_narrow_window_still_fits_each_day_label(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _resize(page, qtbot, 500, 500)
    metrics = page.view.horizontalHeader().fontMetrics()
    spans = _day_spans(page)
    assert len(spans) == 5  # WALC: five days, two sessions each
    for label, width in spans.values():
        assert width >= metrics.horizontalAdvance(label) + 8, label


def test_spare_width_widens_the_sessions_and_shrinking_gives_it_back(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.select_workshop(workshop_id_for_code(page.ctx.db, "IXP-2026"))
    _resize(page, qtbot, 600, 500)
    narrow = page.view.columnWidth(0)
    _resize(page, qtbot, 1400, 600)
    wide = page.view.columnWidth(0)
    assert wide > narrow
    # Sessions stay of one width within the grid, and never grow without bound.
    assert page.view.columnWidth(1) == wide
    assert wide <= 3 * page.view.horizontalHeader().defaultSectionSize()
    _resize(page, qtbot, 600, 500)
    assert page.view.columnWidth(0) == narrow


def test_a_very_long_name_does_not_push_the_sessions_off_screen(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lacworkshop.model import Participation, ParticipationStatus, Person, Role, Track

    db = page.ctx.db
    wid = workshop_id_for_code(db, "WALC2026")
    with db.session() as s:
        track = s.scalars(select(Track).where(Track.workshop_id == wid)).first()
        person = Person(
            given_names="María de los Ángeles Guadalupe Esperanza",
            family_names="Fernández de la Concepción y Rodríguez-Santibáñez",
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
        name = track.name
    page.ctx.notify("participations")
    page.select_track(name)
    _resize(page, qtbot, 1280, 700)
    header = page.view.verticalHeader()
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.person_at(r).display_name.startswith("María de los Ángeles")
    )
    full = header.fontMetrics().horizontalAdvance(page.model.person_at(row).listed_name)
    assert header.width() < full  # elided, not shown whole
    assert header.width() <= header.maximumWidth()
    # The whole name stays one hover away.
    tip = page.proxy.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Fernández de la Concepción y Rodríguez-Santibáñez" in tip
    # Sessions and standings fit beside the names: no sideways scrolling needed.
    assert page.view.horizontalScrollBar().maximum() == 0
