"""Small helpers shared by the import tests."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def write_csv(
    path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def preview_of(db, path: Path, workshop_id: int, **kwargs):  # type: ignore[no-untyped-def]
    from lacworkshop.formats.reading.spreadsheet import load_table
    from lacworkshop.services.importing.mapping import initial_mapping, layout_for
    from lacworkshop.services.importing.preview import build_preview

    table = load_table(path)
    layout = layout_for(table)
    mapping, _ = initial_mapping(db, layout.headers)
    return build_preview(db, table, layout, mapping, workshop_id, **kwargs)


def load_in_child(path: Path, loader: str = "load_table") -> dict[str, Any]:
    """Load *path* in a fresh interpreter, so a reader that aborts the process fails only
    the test: the refusal message (None when it loaded) and the peak memory in MB.

    *loader* is ``load_table`` (a registration list) or ``read_register``.
    """
    module, error = {
        "load_table": ("lacworkshop.formats.reading.spreadsheet", "UnreadableFile"),
        "read_register": ("lacworkshop.formats.attendance.register_reader", "RegisterFormatError"),
    }[loader]
    probe = (
        "import json, resource, sys\n"
        f"from {module} import {error} as Refused, {loader} as load\n"
        "try:\n"
        "    load(sys.argv[1]); msg = None\n"
        "except Refused as exc:\n"
        "    msg = str(exc)\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        # ru_maxrss can carry the parent's size over exec; the new image's own
        # high-water mark is in /proc where there is one.
        "try:\n"
        "    peak = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024\n"
        "except OSError:\n"
        "    pass\n"
        "print(json.dumps({'msg': msg, 'peak_mb': peak}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, f"the reader died ({proc.returncode}): {proc.stderr[-500:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def hand_made_xlsx(path: Path, sheet_xml: Iterable[str], name: str = "Inscripciones") -> Path:
    """An xlsx written part by part, its one sheet's XML given in pieces (streamed to the
    zip, so a sheet of a million rows takes no memory): what a hostile file can say."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK.format(name=name))
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for piece in sheet_xml:
                member.write(piece.encode("utf-8"))
    return path
