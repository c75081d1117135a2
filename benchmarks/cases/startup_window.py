"""From launch to the main window painted on a demo database (budget: under 2 s).

Floor: a bare QApplication showing an empty QMainWindow, in a fresh process too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cases._measure import Measurement

APP = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer, QSettings
from lacworkshop.ui.app import make_application, open_for_gui
from lacworkshop.ui.main_window import MainWindow
app = make_application([])
w = MainWindow(open_for_gui(__import__('pathlib').Path(sys.argv[1])), open_for_gui,
               settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.show()
w.repaint()
app.processEvents()
print(time.perf_counter() - t0)
"""
DEMO = """
import sys
from pathlib import Path
from lacworkshop.services.demo.first_start import fill_demo_database
from lacworkshop.storage import open_database
db = open_database(Path(sys.argv[1]))
fill_demo_database(db)
db.close()
"""
FLOOR = """
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); w.repaint(); app.processEvents()
print(time.perf_counter() - t0)
"""


def _run(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    # The whole process counts, interpreter boot included: a person waits for it.
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def run() -> Measurement:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite3")
        ini = str(Path(tmp) / "settings.ini")
        # The demo, as chosen at a first start; then the window opens on it.
        _run(DEMO, db)
        _run(APP, db, ini)
        app = min(_run(APP, db, ini) for _ in range(3))
        floor = min(_run(FLOOR) for _ in range(3))
    return Measurement(app, floor, [f"budget 2 s: {'ok' if app < 2 else 'OVER'}"])
