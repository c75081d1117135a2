"""Opening the window loads neither the document libraries nor the pages not yet shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TypedDict

import pytest

# What painting the first page must never load: each comes when its feature is used.
HEAVY = (
    "openpyxl",
    "reportlab",
    "alembic",
    "python_calamine",
    "zxingcpp",
    "pypdfium2",
    "keyring",
    "joserfc",
    "aiosmtpd",
    "icalendar",
    "PIL",
    "pdfplumber",
    "psycopg",
)
# Pages and tabs the window opens without: built when first shown.
NOT_YET = (
    "lacworkshop.ui.pages.people_page",
    "lacworkshop.ui.pages.attendance_page",
    "lacworkshop.ui.pages.certificates_page",
    "lacworkshop.ui.pages.reports_page",
    "lacworkshop.ui.pages.checkin_page",
    "lacworkshop.ui.widgets.schedule_panel",
    "lacworkshop.ui.widgets.participants_panel",
)

DEMO = """
import sys
from pathlib import Path
from lacworkshop.services.demo.first_start import fill_demo_database
from lacworkshop.storage import open_database
db = open_database(Path(sys.argv[1]))
fill_demo_database(db)
db.close()
"""

# As the start-up benchmark does: the window shown and painted on a demo database.
WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from lacworkshop.ui.app import make_application, open_for_gui
from lacworkshop.ui.main_window import MainWindow
app = make_application([])
window = MainWindow(open_for_gui(Path(sys.argv[1])), open_for_gui,
                    settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
window.repaint()
app.processEvents()
page = window.page("workshops")
report = {
    "modules": sorted(sys.modules),
    "pages": sorted(window.pages),
    "workshops": page.model.rowCount(),
    "title": window.windowTitle(),
}
window.ctx.db.close()
print(json.dumps(report))
"""


class Started(TypedDict):
    """What the child process saw once the window was painted."""

    modules: list[str]
    pages: list[str]
    workshops: int
    title: str


def _python(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Started:
    folder = tmp_path_factory.mktemp("window_start")
    db = folder / "demo.sqlite3"
    _python(DEMO, str(db))
    out = _python(WINDOW, str(db), str(folder / "settings.ini"))
    report: Started = json.loads(out.strip().splitlines()[-1])
    return report


def test_the_window_opens_on_the_workshops_of_the_demo(started: Started) -> None:
    assert started["pages"] == ["workshops"]
    assert started["workshops"] > 0
    assert "Demo" in started["title"]


def test_no_heavy_library_is_loaded_to_paint_the_window(started: Started) -> None:
    modules = set(started["modules"])
    loaded = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert loaded == []


def test_pages_and_tabs_not_shown_are_not_imported(started: Started) -> None:
    modules = set(started["modules"])
    assert [m for m in NOT_YET if m in modules] == []
    assert "lacworkshop.ui.pages.workshops_page" in modules  # the probe did see the window


def test_the_probe_would_see_a_heavy_library() -> None:
    """The check above can fail: a start that imports openpyxl is caught."""
    probe = "import json, sys, openpyxl\nprint(json.dumps(sorted(sys.modules)))"
    modules = set(json.loads(_python(probe).strip().splitlines()[-1]))
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY)
