"""A 20,000-row registration xlsx into the database, against calamine + Core insert.

Budget (QUALITY.md): at most 3x the floor, under 300 MB peak. The app path is
the whole import: guards, calamine read, header detection, mapping, preview
with duplicate detection, one-transaction insert of people (with their keys)
and participations. The floor reads the same sheet with calamine and inserts
the same people and participations with SQLAlchemy Core, nothing else. Each
run starts from a fresh database file with one workshop; peak memory is
measured in a separate process running the app path once.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from cases._measure import Measurement

ROWS = 20_000
GIVEN = ["María José", "João", "Renée", "Ñusta", "Thiago Leonel", "Ana", "Luis", "Chloé"]
FAMILY = ["Fernández Núñez", "da Conceição", "L'Écuyer", "Quispe Mamani", "Álvarez", "Gómez"]
COUNTRIES = ["Argentina", "Brasil", "Haïti", "Perú", "México", "Chile", "Colombia", "Uruguay"]


def make_xlsx(path: Path, rows: int = ROWS) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Inscripciones")
    ws.append(["Nombre", "Apellidos", "Correo", "País", "Institución", "Género", "Fecha"])
    start = dt.datetime(2026, 9, 1, 9, 0)
    for i in range(rows):
        ws.append(
            [
                GIVEN[i % len(GIVEN)],
                f"{FAMILY[i % len(FAMILY)]} {i}",
                f"persona{i}@example.org",
                COUNTRIES[i % len(COUNTRIES)],
                f"Universidad {i % 300}",
                "Femenino" if i % 2 else "Masculino",
                start + dt.timedelta(minutes=i),
            ]
        )
    wb.save(path)


def fresh_db(path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.model import Track, Workshop
    from lacworkshop.storage import open_database

    db = open_database(path)
    with db.session() as s:
        ws = Workshop(
            code="BENCH",
            title="Bench",
            start_date=dt.date(2026, 1, 1),
            end_date=dt.date(2026, 1, 2),
        )
        s.add(ws)
        s.flush()
        s.add(Track(workshop_id=ws.id, name="Única"))
    return db


def app_import(db, xlsx: Path) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.reading.spreadsheet import load_table
    from lacworkshop.services.import_plan import plan_columns
    from lacworkshop.services.importing.apply import run_import
    from lacworkshop.services.importing.mapping import layout_for
    from lacworkshop.services.importing.preview import build_preview

    table = load_table(xlsx)
    layout = layout_for(table)
    plan = plan_columns(db, table, layout)
    preview = build_preview(db, table, layout, plan.mapping, 1, system=plan.system)
    return run_import(db, preview).created


def floor_import(db, xlsx: Path) -> int:  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook
    from sqlalchemy import insert

    from lacworkshop.model import Participation, Person

    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()[1:]
    person = Person.metadata.tables["person"]
    participation = Participation.metadata.tables["participation"]
    with db.session() as s:
        conn = s.connection()
        ids = (
            conn.execute(
                insert(person).returning(person.c.id, sort_by_parameter_order=True),
                [
                    {
                        "given_names": r[0],
                        "family_names": r[1],
                        "email": r[2],
                        "country": "AR",
                        "organisation": r[4],
                        "gender": r[5],
                    }
                    for r in rows
                ],
            )
            .scalars()
            .all()
        )
        conn.execute(
            insert(participation),
            [
                {"workshop_id": 1, "person_id": pid, "role": "attendee", "track_id": 1}
                for pid in ids
            ],
        )
    return len(ids)


def _timed(fn, tmp: Path, xlsx: Path, n: int) -> float:  # type: ignore[no-untyped-def]
    import time

    db = fresh_db(tmp / f"run{n}.sqlite3")
    try:
        start = time.perf_counter()
        created = fn(db, xlsx)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    assert created == ROWS, created
    return elapsed


PEAK_PROBE = """
import json, resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from cases.import_20k import app_import, fresh_db
db = fresh_db(Path(sys.argv[2]))
app_import(db, Path(sys.argv[1]))
db.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    peak = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024
except OSError:
    pass
print(json.dumps(peak))
"""


def run() -> Measurement:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        xlsx = tmp / "inscripciones_20k.xlsx"
        make_xlsx(xlsx)
        floors, apps = [], []
        for n in range(3):
            floors.append(_timed(floor_import, tmp, xlsx, 2 * n))
            apps.append(_timed(app_import, tmp, xlsx, 2 * n + 1))
        here = Path(__file__).resolve().parent.parent
        proc = subprocess.run(
            [sys.executable, "-c", PEAK_PROBE, str(xlsx), str(tmp / "peak.sqlite3"), str(here)],
            capture_output=True,
            text=True,
            check=True,
        )
        peak = json.loads(proc.stdout.strip().splitlines()[-1])
    app, floor = min(apps), min(floors)
    extra = [
        f"{ROWS} rows",
        f"peak {peak:.0f} MB",
        f"budget 3x and 300 MB: {'ok' if app <= 3 * floor and peak < 300 else 'OVER'}",
    ]
    return Measurement(app, floor, extra)
