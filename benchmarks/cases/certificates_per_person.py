"""The same 2,000 certificates as one PDF per person, against the merged run (budget: 2x)."""

from __future__ import annotations

import shutil

from cases._certificates_setup import issued_workshop
from cases._measure import Measurement, best_of


def run() -> Measurement:
    from lacworkshop.services.certificates.output import write_merged, write_per_person

    db, wid, rows, _issuing, folder = issued_workshop()
    merged = best_of(lambda: write_merged(db, rows, folder / "all.pdf", wid), repeat=3)

    def per_person() -> None:
        shutil.rmtree(folder / "each", ignore_errors=True)
        write_per_person(db, rows, folder / "each", None, wid)

    app = best_of(per_person, repeat=3)
    files = len(list((folder / "each").iterdir()))
    bare = best_of(lambda: _bare_per_person(rows, folder / "bare"), repeat=1)
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    ratio = app / merged
    return Measurement(
        app,
        merged,
        [
            f"{files} files",
            f"budget 2x merged: {'ok' if ratio <= 2 else 'OVER'}",
            f"bare reportlab, one file per page, one font: {bare:.1f} s "
            f"(app {app / bare:.2f}x that)",
        ],
    )


def _bare_per_person(rows, folder) -> None:  # type: ignore[no-untyped-def]
    """A floor for one file per person: a bare canvas per file with a font, the images, a QR."""
    from cases.certificates_2000 import _floor_pdf

    folder.mkdir(exist_ok=True)
    for r in rows:
        (folder / f"{r.code}.pdf").write_bytes(_floor_pdf([r]))
