"""The largest registration list the input limits allow, imported: under 300 MB peak.

The limits (lacworkshop/formats/reading/input_limits.py) bound the grid a reader builds
from A1 to the farthest value; this case fills that grid (MAX_ROWS rows across
MAX_GRID_CELLS / MAX_ROWS columns), writes it as Excel does (shared strings,
every cell with its reference), and imports it whole in a separate process,
measuring the process's peak memory. The floor is calamine reading the same
sheet and SQLAlchemy Core inserting the same people, as in import_20k.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from cases._measure import Measurement
from cases.import_20k import COUNTRIES, FAMILY, GIVEN, floor_import, fresh_db
from lacworkshop.formats.reading.input_limits import MAX_GRID_CELLS, MAX_ROWS
from lacworkshop.formats.reading.table_model import column_letter

HEADERS = ["Nombre", "Apellidos", "Correo", "País", "Institución", "Género"]
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _row(i: int, width: int) -> list[str]:
    values = [
        GIVEN[i % len(GIVEN)],
        f"{FAMILY[i % len(FAMILY)]} {i}",
        f"persona{i}@example.org",
        COUNTRIES[i % len(COUNTRIES)],
        f"Universidad {i % 300}",
        "Femenino" if i % 2 else "Masculino",
    ]
    return values + [f"dato {i}-{j}" for j in range(width - len(values))]


def _sheet(rows: int, width: int) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>'.encode()
    header = HEADERS + [f"Extra {j}" for j in range(width - len(HEADERS))]
    for r, values in enumerate([header, *(_row(i, width) for i in range(rows - 1))], start=1):
        cells = "".join(
            f'<c r="{column_letter(c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for c, v in enumerate(values)
        )
        yield f'<row r="{r}">{cells}</row>'.encode()
    yield b"</sheetData></worksheet>"


def make_xlsx(path: Path, rows: int, width: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
            '/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        zf.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}">'
            '<sheets><sheet name="Inscripciones" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for piece in _sheet(rows, width):
                member.write(piece)


PEAK_PROBE = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from cases.import_20k import app_import, fresh_db
db = fresh_db(Path(sys.argv[2]))
start = time.perf_counter()
created = app_import(db, Path(sys.argv[1]))
elapsed = time.perf_counter() - start
db.close()
peak = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024
print(json.dumps([created, elapsed, peak]))
"""


def run() -> Measurement:
    rows = MAX_ROWS  # the header and MAX_ROWS - 1 people
    width = MAX_GRID_CELLS // MAX_ROWS
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        xlsx = tmp / "inscripciones_maximo.xlsx"
        make_xlsx(xlsx, rows, width)
        here = Path(__file__).resolve().parent.parent
        proc = subprocess.run(
            [sys.executable, "-c", PEAK_PROBE, str(xlsx), str(tmp / "app.sqlite3"), str(here)],
            capture_output=True,
            text=True,
            check=True,
        )
        created, app, peak = json.loads(proc.stdout.strip().splitlines()[-1])
        db = fresh_db(tmp / "floor.sqlite3")
        try:
            start = time.perf_counter()
            floor_rows = floor_import(db, xlsx)
            floor = time.perf_counter() - start
        finally:
            db.close()
    assert created == floor_rows == rows - 1, (created, floor_rows)
    extra = [
        f"{rows - 1} rows x {width} columns",
        f"peak {peak:.0f} MB",
        f"budget 300 MB: {'ok' if peak < 300 else 'OVER'}",
    ]
    return Measurement(app, floor, extra)
