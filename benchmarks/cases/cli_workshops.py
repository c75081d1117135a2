"""``lacworkshop workshops`` on a demo database against a bare interpreter that
imports SQLAlchemy and runs the same query (budget: within 1.5x of that floor).

The command opens the file as every command does (lock, header and quick check,
schema revision), so the ratio says what the application adds around the query.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from cases._measure import Measurement, best_of, command

# The query ``list_workshops`` runs, written by hand: workshops with their counts.
FLOOR = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(text(
        "SELECT w.code, w.title, w.start_date, w.end_date, w.city, w.country, w.status,"
        " (SELECT count(t.id) FROM track t WHERE t.workshop_id = w.id),"
        " (SELECT count(p.id) FROM participation p WHERE p.workshop_id = w.id)"
        " FROM workshop w ORDER BY w.start_date DESC, w.code"
    )).all()
for row in rows:
    print("\\t".join(str(v) for v in row))
"""

BUDGET = 1.5


def run() -> Measurement:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.sqlite3")
        subprocess.run(
            [sys.executable, "-m", "lacworkshop", "--db", db, "demo"],
            check=True,
            capture_output=True,
        )
        floor = best_of(command("-c", FLOOR, db), repeat=7)
        app = best_of(command("-m", "lacworkshop", "--db", db, "workshops"), repeat=7)
    ratio = app / floor
    verdict = "ok" if ratio <= BUDGET else "OVER"
    return Measurement(app, floor, [f"budget {BUDGET}x the floor: {verdict}"])
