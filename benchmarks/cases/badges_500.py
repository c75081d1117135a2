"""500 badges with name, family name, organisation, country, track, role band, logo and
check-in QR, eight to an A4 sheet, into one PDF.

Floor: the same sheets drawn by a bare reportlab canvas as the certificates' floor
draws its page: one embedded font, the logo as a form drawn once per badge, the
band as a filled rectangle, the texts at fixed sizes, and a zxing-cpp QR drawn as
one run-length path. Budget: at most 2x the floor per page (same pages, so the
ratio of the runs).
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from cases._measure import Measurement, best_of

N = 500


def _workshop():  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lacworkshop.model import Participation, ParticipationStatus
    from lacworkshop.services.badges import BadgeSelection, print_badges
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import list_workshops
    from lacworkshop.storage import open_database

    folder = Path(tempfile.mkdtemp(prefix="lw-bench-badges-"))
    db = open_database(folder / "bench.sqlite3")
    populate(db, people=int(N * 1.2), workshops=1)
    wid = list_workshops(db)[0].id
    with db.session() as session:
        ids = tuple(
            session.scalars(
                select(Participation.id)
                .where(
                    Participation.workshop_id == wid,
                    Participation.status.in_(
                        (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)
                    ),
                )
                .order_by(Participation.id)
                .limit(N)
            )
        )
    assert len(ids) == N, len(ids)
    selection = BadgeSelection(participation_ids=ids)
    # A first print gives everyone a code; the timed runs print again, as on the morning.
    print_badges(db, wid, folder / "first.pdf", "a4-8", selection, record=False)
    return db, wid, selection, folder


def _floor_pdf(badges, logo_bytes: bytes) -> bytes:  # type: ignore[no-untyped-def]
    import zxingcpp
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from lacworkshop.formats.badges import LAYOUTS
    from lacworkshop.resource_files import resource_path

    if "floor-sans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont("floor-sans", str(resource_path("fonts", "DejaVuSansCondensed.ttf")))
        )
    layout = LAYOUTS["a4-8"]
    boxes = layout.boxes()
    logo = ImageReader(io.BytesIO(logo_bytes))
    out = io.BytesIO()
    c = Canvas(out, pagesize=layout.page_points, initialFontName="floor-sans")
    c.beginForm("logo")
    c.drawImage(logo, 0, 0, 60, 20, mask="auto")
    c.endForm()
    for i, b in enumerate(badges):
        if i and i % len(boxes) == 0:
            c.showPage()
        x, y, w, h = boxes[i % len(boxes)]
        c.setFillColorRGB(0, 0.45, 0.7)
        c.rect(x, y + h - 24, w, 24, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("floor-sans", 13)
        c.drawCentredString(x + w / 2, y + h - 17, b.role_label)
        c.setFillColorRGB(0, 0, 0)
        c.saveState()
        c.translate(x + 10, y + h - 52)
        c.doForm("logo")
        c.restoreState()
        c.drawString(x + 80, y + h - 42, "WALC2026")
        c.setFont("floor-sans", 30)
        c.drawCentredString(x + w / 2, y + h - 95, b.preferred_name)
        c.setFont("floor-sans", 16)
        c.drawCentredString(x + w / 2, y + h - 118, b.family_name)
        c.setFont("floor-sans", 9)
        for n, line in enumerate((b.organisation, b.country, b.track)):
            c.drawString(x + 10, y + h - 140 - 11 * n, line)
        barcode = zxingcpp.create_barcode(b.qr_text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
        view = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
        n = view.shape[0]
        data = view.tobytes()
        m = 80 / n
        qx, qy = x + w - 90, y + 18
        ops = []
        for yy in range(n):
            row = data[yy * n : (yy + 1) * n]
            xx = 0
            while xx < n:
                if row[xx] < 128:
                    start = xx
                    while xx < n and row[xx] < 128:
                        xx += 1
                    ops.append(
                        f"{qx + start * m:.2f} {qy + 80 - (yy + 1) * m:.2f} "
                        f"{(xx - start) * m:.2f} {m:.2f} re"
                    )
                else:
                    xx += 1
        c.addLiteral("\n".join([*ops, "f"]))
        c.setFont("floor-sans", 7)
        c.drawCentredString(qx + 40, y + 8, b.code_label)
    c.showPage()
    c.save()
    return out.getvalue()


def run() -> Measurement:
    from lacworkshop.formats.badges import LAYOUTS
    from lacworkshop.services.badges import print_badges
    from lacworkshop.services.badges.printing import _gather

    db, wid, selection, folder = _workshop()
    target = folder / "badges.pdf"
    app = best_of(lambda: print_badges(db, wid, target, "a4-8", selection, record=False), repeat=3)
    gathered = _gather(db, wid, selection, "es")
    logo = gathered.design.logo
    assert logo is not None
    floor = best_of(lambda: _floor_pdf(gathered.badges, logo), repeat=3)
    pages = -(-N // LAYOUTS["a4-8"].per_page)
    db.close()
    ratio = app / floor
    return Measurement(
        app,
        floor,
        [
            f"{N} badges, {pages} pages, {target.stat().st_size / 1e6:.1f} MB",
            f"per page: app {app / pages * 1000:.1f} ms, floor {floor / pages * 1000:.1f} ms",
            f"budget 2x floor: {'ok' if ratio <= 2 else 'OVER'}",
        ],
    )
