"""Start the GUI: application object, translations, database, first-start choice."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from lacworkshop import __version__
from lacworkshop.resource_files import resource_path
from lacworkshop.services.data_safety import daily_backup
from lacworkshop.storage import Database, open_database
from lacworkshop.storage.errors import DamagedDatabaseError
from lacworkshop.ui.error_reporting import install_excepthook, setup_logging, show_error
from lacworkshop.ui.language import apply_saved_language

# Set to a PNG path, the window saves a picture of itself once painted and closes:
# how an installer's smoke test sees that the bundled window works.
SMOKE_SCREENSHOT_ENV = "LACWORKSHOP_SMOKE_SCREENSHOT"


def _install_translations(app: QApplication) -> None:
    apply_saved_language(app, QSettings())


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("lacworkshop")
    app.setOrganizationName("lacworkshop")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "lacworkshop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    _install_translations(app)
    return app


def open_for_gui(path: Path) -> Database:
    """Open *path* (a new file starts empty: the demo only comes when asked for)."""
    db = open_database(path)
    daily_backup(db)
    return db


def open_demo_for_gui(path: Path) -> Database:
    """Open the demo database beside *path*, filling it with the demo the first time."""
    from lacworkshop.services.demo import demo_database_path, fill_demo_database

    db = open_for_gui(demo_database_path(path))
    fill_demo_database(db)
    return db


def first_database(path: Path) -> Database:
    """The database to start on: on a first start the organiser chooses empty or demo."""
    from lacworkshop.services.demo import demo_database_path, is_first_start

    if is_first_start(path):
        from lacworkshop.ui.dialogs.first_start_dialog import ask_first_start

        if ask_first_start(path, demo_database_path(path)) == "demo":
            return open_demo_for_gui(path)
    return open_for_gui(path)


def open_or_explain(
    path: Path, opener: Callable[[Path], Database] = open_for_gui
) -> Database | None:
    """Open *path* with *opener*; on failure a plain dialog (a damaged file: restore offer)."""
    from lacworkshop.ui.dialogs.damaged_database import offer_restore

    title = QCoreApplication.translate("app", "lacworkshop cannot start")
    try:
        return opener(path)
    except DamagedDatabaseError as exc:
        if not offer_restore(exc):
            return None
    except Exception as exc:  # a locked or unreadable file; a bug is logged
        show_error(None, title, exc)
        return None
    try:
        return opener(path)
    except Exception as exc:
        show_error(None, title, exc)
        return None


def run_gui(db_path: Path | None = None) -> int:
    """Open the main window on *db_path* (default: the usual database); returns the exit code."""
    if db_path is None:
        from lacworkshop.storage.paths import default_database_path

        db_path = default_database_path()
    app = make_application()
    with contextlib.suppress(OSError):  # no log folder must not keep the window shut
        setup_logging()
    install_excepthook()
    db = open_or_explain(Path(db_path), first_database)
    if db is None:
        return 1
    from lacworkshop.ui.file_open import FileOpenHandler
    from lacworkshop.ui.main_window import MainWindow

    window = MainWindow(db, open_for_gui)
    app.installEventFilter(FileOpenHandler(window))
    window.show()
    smoke_shot = os.environ.get(SMOKE_SCREENSHOT_ENV)
    if smoke_shot:
        # A packaged build's smoke test: paint once, keep the picture, leave.
        QTimer.singleShot(300, lambda: (window.grab().save(smoke_shot), window.close()))
    return app.exec()
