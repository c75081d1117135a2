"""The Reports page: tables and charts of the demo workshops, copy and save, exports."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCharts import QChartView, QPieSeries
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from lacworkshop.services.reports.statistics import workshop_statistics


def _page(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("reports")
    page = main_window.page("reports")
    index = next(
        i
        for i in range(page.workshop_combo.count())
        if page.workshop_combo.itemText(i).startswith("WALC2026")
    )
    page.workshop_combo.setCurrentIndex(index)
    return _settled(page)


def _settled(page):  # type: ignore[no-untyped-def]
    """Wait for the statistics, counted off the GUI thread, to be shown."""
    deadline = time.monotonic() + 10
    while page.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    assert not page.busy
    return page


def test_page_shows_a_tab_per_table_with_charts(main_window) -> None:
    page = _page(main_window)
    # The tabs speak the interface language (English here) until another is chosen.
    assert page.tabs.tabText(1) == "By country"
    page.language_combo.setCurrentIndex(page.language_combo.findData(""))
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:3] == ["Resumen", "Por país", "Por género"]
    country = page.panel("by_country")
    stats = workshop_statistics(main_window.ctx.db, page.workshop_id())
    assert country.model.rowCount() == len(stats.by_country)
    assert isinstance(country.chart, QChartView)
    assert isinstance(page.panel("by_gender").chart.chart().series()[0], QPieSeries)
    assert page.panel("summary").chart is None
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert page.tabs.tabText(1) == "By country"


def test_series_view(main_window) -> None:
    page = _page(main_window)
    page.series_radio.setChecked(True)
    _settled(page)
    assert page.stats is not None and page.stats.is_series
    assert not page.people_button.isEnabled()
    assert any(page.tabs.widget(i).table.key == "by_edition" for i in range(page.tabs.count()))


def test_copy_and_save_chart(main_window, monkeypatch, tmp_path: Path) -> None:
    page = _page(main_window)
    panel = page.panel("by_country")
    panel.copy_button.click()
    assert not QGuiApplication.clipboard().pixmap().isNull()
    target = tmp_path / "countries"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.save_button.click()
    png = tmp_path / "countries.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".countries")] == []


def test_export_statistics_from_the_page(main_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    page = _page(main_window)
    out = tmp_path / "stats.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    messages: list[str] = []
    main_window.ctx.status_message.connect(messages.append)
    page.stats_button.click()
    qtbot.waitUntil(lambda: out.exists() and bool(messages), timeout=10000)
    # The file speaks what the page shows: the interface language by default.
    assert load_workbook(out).sheetnames[0] == "Summary"
    assert str(out) in messages[-1]


def test_export_dialog_columns_presets_and_filters(
    main_window, monkeypatch, qtbot, tmp_path: Path
) -> None:
    from lacworkshop.ui.dialogs.export_people_dialog import ExportPeopleDialog

    page = _page(main_window)
    dialog = ExportPeopleDialog(main_window.ctx, page.workshop_id(), page)
    qtbot.addWidget(dialog)
    # The venue preset: exactly its four columns.
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("for the venue"))
    dialog.preset_combo.activated.emit(dialog.preset_combo.currentIndex())
    assert dialog.columns() == ("given_names", "family_names", "organisation", "country")
    assert not dialog.delete_preset_button.isEnabled()
    # Move country first, add hours, keep only attendees.
    dialog.chosen.setCurrentRow(3)
    for _ in range(3):
        dialog.up_button.click()
    row = next(
        i
        for i in range(dialog.available.count())
        if dialog.available.item(i).data(256) == "attended_hours"
    )
    dialog.available.setCurrentRow(row)
    dialog.add_button.click()
    assert dialog.columns() == (
        "country",
        "given_names",
        "family_names",
        "organisation",
        "attended_hours",
    )
    everyone = dialog.matching()
    for role, box in dialog.role_checks.items():
        box.setChecked(role.value == "attendee")
    attendees = dialog.matching()
    assert 0 < attendees < everyone
    assert dialog.count_label.text() == f"{attendees} person(s) in the list."
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.columns()[0] == "country"  # relabelling keeps the choice
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Embajada", True))
    dialog.save_preset_button.click()
    assert dialog.preset_combo.currentData() == "Embajada"
    assert dialog.delete_preset_button.isEnabled()

    out = tmp_path / "list"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV, UTF-8 (*.csv)")
    )
    dialog.export_button.click()
    written = tmp_path / "list.csv"
    qtbot.waitUntil(written.exists, timeout=10000)
    rows = list(csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Country", "Given names", "Family names", "Organisation", "Hours attended"]
    assert len(rows) == attendees + 1 and all(len(r) == 5 for r in rows)

    # The preset is kept: a new dialog offers it.
    again = ExportPeopleDialog(main_window.ctx, page.workshop_id(), page)
    qtbot.addWidget(again)
    assert again.preset_combo.findData("Embajada") > 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again.preset_combo.setCurrentIndex(again.preset_combo.findData("Embajada"))
    again.preset_combo.activated.emit(again.preset_combo.currentIndex())
    assert again.columns()[0] == "country"
    again.delete_preset_button.click()
    assert again.preset_combo.findData("Embajada") == -1


def test_an_export_error_is_one_clear_message(main_window, monkeypatch, qtbot, tmp_path) -> None:
    from lacworkshop.ui.dialogs.export_people_dialog import ExportPeopleDialog

    page = _page(main_window)
    dialog = ExportPeopleDialog(main_window.ctx, page.workshop_id(), page)
    qtbot.addWidget(dialog)
    missing = tmp_path / "no-such-folder" / "list.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "no-such-folder" in shown[0] and "Traceback" not in shown[0]


def test_page_follows_changes_and_the_selected_workshop(main_window) -> None:
    from sqlalchemy import update

    from lacworkshop.model import Participation, ParticipationStatus
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    page = _page(main_window)
    ctx = main_window.ctx
    before = page.stats.summary["n_participants"][0]
    wid = page.workshop_id()
    with ctx.db.session() as s:
        first = s.query(Participation.id).filter_by(workshop_id=wid).order_by(Participation.id)
        s.execute(
            update(Participation)
            .where(Participation.id == first.first()[0])
            .values(status=ParticipationStatus.CANCELLED)
        )
    ctx.notify("participations")
    _settled(page)
    assert page.stats.summary["n_participants"][0] == before - 1
    other = workshop_id_for_code(ctx.db, "IXP-2026")
    ctx.workshop_selected.emit(other)
    _settled(page)
    assert page.workshop_id() == other and page.stats.subject == "IXP-2026"
