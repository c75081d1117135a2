"""A 50,000-person demo database, built once per benchmark run in a temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

PEOPLE = 50_000
_state: dict[str, Any] = {}


def database() -> Any:
    """The open Database (built on first call, closed and removed at exit)."""
    if "db" not in _state:
        from lacworkshop.services.demo.create import populate
        from lacworkshop.storage import open_database

        folder = Path(tempfile.mkdtemp(prefix="lacworkshop-bench-"))
        db = open_database(folder / "people.sqlite3")
        populate(db, people=PEOPLE, workshops=4)
        _state["db"] = db

        def _cleanup() -> None:
            db.close()
            shutil.rmtree(folder, ignore_errors=True)

        atexit.register(_cleanup)
    return _state["db"]


def application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def context(db: Any) -> Any:
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.tasks import InlineRunner

    return AppContext(db, InlineRunner())
