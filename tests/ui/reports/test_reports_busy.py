"""The Reports page counts off the GUI thread, shows that it is busy and keeps only the newest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lacworkshop.ui.tasks import InlineRunner, TaskHandle, _execute


class HeldRunner(InlineRunner):
    """Holds each task until the test releases it, as a slow worker thread would."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[object, TaskHandle]] = []

    def start(self, fn):  # type: ignore[no-untyped-def]
        handle = TaskHandle()
        self.held.append((fn, handle))
        return handle

    def release(self, index: int = 0) -> None:
        fn, handle = self.held.pop(index)
        _execute(fn, handle)  # type: ignore[arg-type]


@pytest.fixture
def reports(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.pages.reports_page import ReportsPage

    db = open_database(tmp_path / "r.sqlite3")
    populate(db, people=60, workshops=3)
    runner = HeldRunner()
    ctx = AppContext(db, runner)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    yield page, runner
    db.close()


def _choose(page, code: str) -> None:  # type: ignore[no-untyped-def]
    index = next(
        i
        for i in range(page.workshop_combo.count())
        if page.workshop_combo.itemText(i).startswith(code)
    )
    page.workshop_combo.setCurrentIndex(index)


def test_statistics_are_counted_by_the_runner_with_a_busy_state(reports) -> None:  # type: ignore[no-untyped-def]
    page, runner = reports
    assert runner.held, "the page counted on the GUI thread instead of through the runner"
    assert page.busy and page.stats is None
    assert not page.stats_button.isEnabled() and not page.people_button.isEnabled()
    assert page.title_label.text() == "Counting…"
    assert page.cursor().shape() == Qt.CursorShape.BusyCursor
    while runner.held:
        runner.release()
    assert not page.busy and page.stats is not None
    assert page.stats_button.isEnabled() and page.tabs.isEnabled()
    assert page.cursor().shape() != Qt.CursorShape.BusyCursor


def test_an_overtaken_request_is_not_shown(reports) -> None:  # type: ignore[no-untyped-def]
    page, runner = reports
    runner.held.clear()
    _choose(page, "DNSSEC-2026")
    _choose(page, "WALC2026")
    assert len(runner.held) == 2
    runner.release(1)  # the newest (WALC) finishes first
    assert page.stats is not None and page.stats.subject == "WALC2026"
    runner.release(0)  # the older DNSSEC answer arrives late and is dropped
    assert page.stats.subject == "WALC2026"
    assert not page.busy


def test_a_hidden_page_counts_only_when_shown_again(reports) -> None:  # type: ignore[no-untyped-def]
    page, runner = reports
    while runner.held:
        runner.release()
    page.hide()
    page.ctx.notify("attendance")
    assert not runner.held
    page.show()
    assert len(runner.held) == 1
    runner.release()
    assert page.stats is not None and not page.busy


def test_summary_numbers_sit_beside_their_labels(reports) -> None:  # type: ignore[no-untyped-def]
    page, runner = reports
    _choose(page, "DNSSEC-2026")
    _choose(page, "IXP-2026")  # not yet started: no marks, no attendance rate
    while runner.held:
        runner.release()
    assert page.stats is not None and page.stats.subject == "IXP-2026"
    summary = page.panel("summary")
    assert not summary.view.horizontalHeader().stretchLastSection()
    assert page.panel("by_country").view.horizontalHeader().stretchLastSection()
    model = summary.model
    shown = {
        model.data(model.index(r, 0)): model.data(model.index(r, 1))
        for r in range(model.rowCount())
    }
    # A value that cannot be counted yet shows a dash, not an empty cell.
    assert "" not in shown.values()
    assert "—" in shown.values()


def test_nothing_is_counted_before_the_page_is_first_shown(reports, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.pages.reports_page import ReportsPage

    page, runner = reports
    runner.held.clear()
    hidden = ReportsPage(page.ctx)  # as the main window builds it at start-up
    qtbot.addWidget(hidden)
    assert not runner.held
    hidden.show()
    assert len(runner.held) == 1
    runner.release()
    assert hidden.stats is not None
