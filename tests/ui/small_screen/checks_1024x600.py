"""Every page and every dialog at 1024x600: each button on the screen, none squeezed.

Run by ``test_small_screen.py`` in a process whose offscreen screen is 1024x600
(the platform's screen is fixed when the application starts). Dialogs are found
in ``lacworkshop/ui/dialogs``; a dialog missing from OPENERS fails, so a new one
cannot escape the check.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)

import lacworkshop.ui.dialogs as dialogs_package
from tests.ui.closing import close_discarding

SCREEN = QRect(0, 0, 1024, 600)
REGISTRATIONS = Path(__file__).resolve().parents[2] / "data" / "registrations"
LANGUAGES = ("es", "pt")


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog (QWizard included) defined in a module of lacworkshop/ui/dialogs."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.iter_modules(dialogs_package.__path__):
        module = importlib.import_module(f"{dialogs_package.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[name] = cls
    return found


# ----- how to open each dialog on the demo database ---------------------------------------
def _workshop(window) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    return workshop_id_for_code(window.ctx.db, "WALC2026")


def _tracks(window):  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.editing import list_tracks

    return list_tracks(window.ctx.db, _workshop(window))


def _dates(window) -> tuple[date, date]:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.editing import get_workshop

    data = get_workshop(window.ctx.db, _workshop(window))
    return data.start_date, data.end_date


def _two_people(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from lacworkshop.services.people.directory import PeopleFilter, fetch_people

    rows = fetch_people(window.ctx.db, PeopleFilter(), 0, 2)
    return rows[0].id, rows[1].id


def _slot(window) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.services.attendance.grid import load_grid

    return load_grid(window.ctx.db, _workshop(window), _tracks(window)[0].id).slots[0].id


def _register_preview(window):  # type: ignore[no-untyped-def]
    from lacworkshop.model.enums import Mark
    from lacworkshop.services.attendance.register import ImportPreview, RegisterChange

    changes = [
        RegisterChange(
            i, i, f"Pérez de la Fuente, María José {i}", "Mon 09:00", "B12", None, Mark.PRESENT
        )
        for i in range(40)
    ]
    return ImportPreview(_workshop(window), "WALC2026", "register.xlsx", changes, 3, ["row 7: ?"])


def _result():  # type: ignore[no-untyped-def]
    from lacworkshop.services.attendance.eligibility import Result, Standing

    return Result(20.0, 35.0, 0.57, False, Standing.AT_RISK, False, False)


def _shortcuts(window):  # type: ignore[no-untyped-def]
    from lacworkshop.ui.widgets.shortcuts import registered_shortcuts

    return registered_shortcuts(window)


def _duplicates():  # type: ignore[no-untyped-def]
    from lacworkshop.services.people.directory import Duplicate

    return [Duplicate(1, "María José Pérez", "mj@example.org", "UY", "email")]


def _schedule_problems():  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.schedule_checks import ScheduleProblem

    text = "Sesión superpuesta con «Enrutamiento BGP» el lunes 12 de octubre, 09:00–10:30"
    return [ScheduleProblem("overlap", f"{text} ({i})") for i in range(12)]


def _trackless():  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.track_gaps import TracklessPerson

    return [
        TracklessPerson(i, i, f"María José Pérez O'Neill {i}", f"mj{i}@example.org")
        for i in range(30)
    ]


def _issue_plan(window):  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import Blocked, issue_certificates

    report = issue_certificates(window.ctx.db, _workshop(window), dry_run=True, before_end=True)
    # A long list of people left out, as a large workshop gives.
    report.ineligible.extend(
        Blocked(i, f"María José Pérez O'Neill {i}", "not eligible: attended 12.5 of 21 h")
        for i in range(40)
    )
    return report


def _opener(name: str) -> Callable[[QWidget], QDialog]:
    cls = dialog_classes()[name]
    return lambda window: OPENERS[name](cls, window)


def _bundle_report():  # type: ignore[no-untyped-def]
    """A merge with many conflicts, long names and both sides' authors."""
    from lacworkshop.services.bundles import MergeConflict, MergeReport

    conflicts = [
        MergeConflict(
            key=f"attendance:{i}",
            kind="attendance" if i % 2 else "person",
            what=f"María José Fernández de la Fuente Núñez {i} — Enrutamiento avanzado, martes",
            fields=("mark", "note") if i % 2 else ("organisation", "email"),
            mine={"mark": "present", "note": "llegó 10 min tarde"}
            if i % 2
            else {"organisation": "Universidad Nacional de Asunción", "email": f"mj{i}@una.py"},
            theirs={"mark": "absent", "note": ""}
            if i % 2
            else {"organisation": "UNA — Facultad Politécnica", "email": f"mjose{i}@pol.una.py"},
            mine_by="Organización LACNIC (laptop de Ana)",
            mine_at="2026-10-13 09:14",
            theirs_by="Itinerario de enrutamiento (laptop de João)",
            theirs_at="2026-10-13 09:20",
            resolution=None,
        )
        for i in range(30)
    ]
    return MergeReport(
        workshop="WALC2026",
        track="Enrutamiento",
        made_by="João Conceição",
        made_at="2026-10-13 18:00",
        conflicts=conflicts,
    )


OPENERS: dict[str, Callable[..., QDialog]] = {
    "AboutDialog": lambda cls, w: cls(w),
    "BadgesDialog": lambda cls, w: cls(w.ctx, _workshop(w), w, [1, 2, 3]),
    "BadgeSettingsDialog": lambda cls, w: cls(w.ctx, _workshop(w), w),
    "IssuePreviewDialog": lambda cls, w: cls(_issue_plan(w), w),
    "AssignTrainersDialog": lambda cls, w: cls(w.ctx.db, _workshop(w), [_slot(w)], True, w),
    "RestoreBackupDialog": lambda cls, w: cls(w.ctx.db.path, w),
    "ScheduleWarningBox": lambda cls, w: cls(_schedule_problems(), w),
    "TracklessWarningBox": lambda cls, w: cls(_trackless(), w),
    "BundleConflictsDialog": lambda cls, w: cls(_bundle_report(), w),
    "BundleExportDialog": lambda cls, w: cls(w.ctx.db, w),
    "ServerConnectionDialog": lambda cls, w: cls(w),
    "AddParticipantsDialog": lambda cls, w: cls(w.ctx.db, _workshop(w), _tracks(w), parent=w),
    "DuplicateWarningDialog": lambda cls, w: cls(_duplicates(), w),
    "EmailAccountDialog": lambda cls, w: cls(w.ctx, w),
    "EmailOutboxDialog": lambda cls, w: cls(w.ctx, None, w),
    "EmailSendDialog": lambda cls, w: cls(w.ctx, _workshop(w), None, parent=w),
    "FirstStartDialog": lambda cls, w: cls(
        w.ctx.db.path, w.ctx.db.path.with_name("demo.sqlite3"), w
    ),
    "ExportPeopleDialog": lambda cls, w: cls(w.ctx, _workshop(w), w),
    "ImportWizard": lambda cls, w: cls(
        w.ctx, w, str(REGISTRATIONS / "inscricoes.xlsx"), _workshop(w)
    ),
    "KeyboardShortcutsDialog": lambda cls, w: cls(_shortcuts(w), w),
    "MergePeopleDialog": lambda cls, w: cls(w.ctx.db, *_two_people(w), w),
    "NewEditionDialog": lambda cls, w: cls(w.ctx.db, _workshop(w), w),
    "OverrideDialog": lambda cls, w: cls("María José Pérez", _result(), None, None, w),
    "PersonEditorDialog": lambda cls, w: cls(w.ctx.db, _two_people(w)[0], w),
    "PreferencesDialog": lambda cls, w: cls(w.ctx.db, w.settings, w, ctx=w.ctx),
    "RegisterImportDialog": lambda cls, w: cls(_register_preview(w), w),
    "ScheduleGeneratorDialog": lambda cls, w: cls(w.ctx, _workshop(w), *_dates(w), _tracks(w), w),
    "SignatoriesDialog": lambda cls, w: cls(w.ctx, _workshop(w), w),
    "SigninSheetsDialog": lambda cls, w: cls(
        [t.name for t in _tracks(w)], list(_dates(w)), _tracks(w)[0].name, w
    ),
    "SlotEditorDialog": lambda cls, w: cls(
        w.ctx, _workshop(w), _slot(w), *_dates(w), _tracks(w), w
    ),
    "TemplateEditor": lambda cls, w: cls(w.ctx, _workshop(w), parent=w),
}


# ----- the checks ---------------------------------------------------------------------------
def _problems(top: QWidget) -> list[str]:
    """What a 1024x600 user could not reach or read in *top* as it is shown now."""
    problems = []
    screen = QApplication.primaryScreen().availableGeometry()
    frame = top.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"{type(top).__name__} is {frame} on a screen of {screen}")
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or button.window() is not top:
            continue
        if isinstance(button.parentWidget(), QTabBar):
            continue  # the tab bar's own scroll arrows, sized by Qt
        name = button.text() or button.objectName() or type(button).__name__
        seen = button.visibleRegion().boundingRect()
        if seen.isEmpty():
            continue  # scrolled out of its scroll area: reached by scrolling
        on_screen = QRect(button.mapToGlobal(seen.topLeft()), seen.size())
        if not screen.contains(on_screen):
            problems.append(f"button {name!r} at {on_screen} is off the screen {screen}")
        if button.width() < button.minimumSizeHint().width():
            problems.append(
                f"button {name!r} squeezed to {button.width()} px "
                f"(needs {button.minimumSizeHint().width()})"
            )
    for view in top.findChildren(QTableView):
        if view.isVisibleTo(top) and view.tabKeyNavigation():
            problems.append(f"Tab is trapped in table {view.objectName() or type(view).__name__}")
    return problems


def _every_tab(top: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget in turn (the default first), yielding its title."""
    yield ""
    for tabs in top.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i) and tabs.isVisibleTo(top):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                yield tabs.tabText(i)


def _every_step(dialog: QDialog) -> Iterator[str]:
    """A wizard page by page, Next after Next (a plain dialog is one step)."""
    yield type(dialog).__name__
    if not isinstance(dialog, QWizard):
        return
    for _ in range(len(dialog.pageIds())):
        before = dialog.currentId()
        dialog.next()
        QApplication.processEvents()
        if dialog.currentId() == before:
            return
        yield type(dialog.currentPage()).__name__


@pytest.fixture(params=LANGUAGES)
def window(request, qtbot, qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.first_start import fill_demo_database
    from lacworkshop.ui.app import open_for_gui
    from lacworkshop.ui.language import install_translators, remove_translators
    from lacworkshop.ui.main_window import MainWindow
    from lacworkshop.ui.tasks import InlineRunner

    assert QApplication.primaryScreen().geometry() == SCREEN, "run through test_small_screen.py"
    install_translators(qapp, request.param)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    db = open_for_gui(tmp_path / "gui.sqlite3")
    fill_demo_database(db)  # as if the demo was chosen at the first start
    win = MainWindow(db, open_for_gui, runner=InlineRunner(), settings=settings)
    # Closed at the end by close_discarding, not by qtbot: closing asks about
    # unsaved edits, and qtbot closes widgets before this fixture could answer.
    win.show()
    qtbot.waitExposed(win)
    # As a maximised window: the whole screen, its frame included.
    frame = win.frameGeometry().size() - win.geometry().size()
    win.resize(SCREEN.size() - frame)
    win.move(0, 0)
    qtbot.waitUntil(lambda: SCREEN.contains(win.frameGeometry()) or True)
    yield win
    close_discarding(win)
    if win.ctx is not None:
        win.ctx.db.close()
    remove_translators(qapp)


@pytest.mark.parametrize(
    "key", ["workshops", "people", "attendance", "certificates", "reports", "checkin"]
)
def test_page_fits(window, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: page.isVisible())
    problems = []
    for tab in _every_tab(page):
        QApplication.processEvents()
        problems += [f"{key} {tab}: {p}" for p in _problems(window)]
    assert not problems, "\n".join(problems)


def test_every_dialog_has_an_opener() -> None:
    missing = sorted(set(dialog_classes()) - set(OPENERS))
    assert not missing, f"add these dialogs to OPENERS: {missing}"


@pytest.mark.parametrize("name", sorted(dialog_classes()))
def test_dialog_fits(window, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in OPENERS, f"{name} has no opener in OPENERS"
    dialog = _opener(name)(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = []
    steps = []
    for step in _every_step(dialog):
        steps.append(step)
        for tab in _every_tab(dialog):
            QApplication.processEvents()
            problems += [f"{name} {step} {tab}: {p}" for p in _problems(dialog)]
    dialog.close()
    assert not problems, "\n".join(problems)
    if isinstance(dialog, QWizard):
        assert steps[-1] == "ResultPage", steps  # every page of the wizard was looked at


def test_a_button_below_the_screen_is_caught(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The check itself: a dialog taller than the screen is reported.
    from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    dialog.setMinimumHeight(800)
    dialog.move(0, 0)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert any("off the screen" in p or "on a screen of" in p for p in _problems(dialog))
    assert QPoint(0, 0) == SCREEN.topLeft()
