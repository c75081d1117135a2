"""Filters that wrap instead of being clipped; names told apart where they collide."""

from __future__ import annotations

from PySide6.QtCore import QRect

from lacworkshop.ui.models.name_labels import told_apart


def _one_line(widgets) -> bool:  # type: ignore[no-untyped-def]
    """All side by side: their vertical extents overlap."""
    boxes = [w.geometry() for w in widgets]
    return max(b.top() for b in boxes) < min(b.bottom() for b in boxes)


def test_people_filters_wrap_onto_a_second_line_when_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.widgets.people_filters import PeopleFilters

    filters = PeopleFilters()
    qtbot.addWidget(filters)
    widgets = [filters.country, filters.organisation, filters.workshop, filters.role]
    filters.resize(1400, filters.heightForWidth(1400))
    filters.show()
    qtbot.waitExposed(filters)
    assert _one_line(widgets)
    narrow = 420
    filters.resize(narrow, filters.heightForWidth(narrow))
    qtbot.waitUntil(lambda: not _one_line(widgets))
    boxes = [w.geometry() for w in widgets]
    for w, box in zip(widgets, boxes, strict=True):
        assert QRect(0, 0, narrow, filters.height()).contains(box), w.objectName()
        assert box.width() >= w.minimumSizeHint().width(), w.objectName()
    for i, a in enumerate(boxes):
        assert not any(a.intersects(b) for b in boxes[i + 1 :])


def test_told_apart_adds_the_detail_only_where_names_collide() -> None:
    labels = told_apart(
        [
            (1, "Pérez, María José", "mj@antel.example.uy"),
            (2, "pérez,  maría josé", "LACNIC"),
            (3, "Pérez, María José", None),
            (4, "D'Haïti, Mégane", "megane@example.org"),
        ]
    )
    assert labels == {
        1: "Pérez, María José (mj@antel.example.uy)",
        2: "pérez,  maría josé (LACNIC)",
        3: "Pérez, María José",
        4: "D'Haïti, Mégane",
    }
