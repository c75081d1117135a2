"""2,000 certificates (name, dates, hours, code, QR, logo, signatures) into one merged PDF.

Floor: the same page drawn by a bare reportlab canvas with one embedded font,
the logo and a signature image, and a zxing-cpp QR drawn as one run-length path.
Also against reportlab's own QrCodeWidget on the same floor page (timed on 200
pages and scaled up: at 20 ms a code the full run would take a minute).
Budgets: at most 2x the floor, at least 10x faster than the widget, under 300 MB.
"""

from __future__ import annotations

import io
import resource
import time

from cases._certificates_setup import N, issued_workshop
from cases._measure import Measurement, best_of


def _floor_pdf(rows, qr_widget: bool = False) -> bytes:  # type: ignore[no-untyped-def]
    import zxingcpp
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from lacworkshop.resource_files import resource_path

    if "floor-serif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont("floor-serif", str(resource_path("fonts", "DejaVuSerif.ttf")))
        )
    logo = ImageReader(io.BytesIO(resource_path("templates", "sample-logo.png").read_bytes()))
    sig = ImageReader(io.BytesIO(resource_path("templates", "sample-signature.png").read_bytes()))
    w, h = landscape(A4)
    out = io.BytesIO()
    c = Canvas(out, pagesize=(w, h))
    for i, r in enumerate(rows):
        words = r.snapshot["wordings"][0]
        if i == 0:  # the bare library's own way to draw a repeated part once
            c.beginForm("static")
            c.rect(20, 20, w - 40, h - 40)
            c.drawImage(logo, w / 2 - 75, h - 98, 150, 50, mask="auto")
            c.drawImage(sig, 150, 106, 120, 40, mask="auto")
            c.drawImage(sig, 550, 106, 120, 40, mask="auto")
            c.endForm()
        c.doForm("static")
        c.setFont("floor-serif", 28)
        c.drawCentredString(w / 2, h - 140, words["title"])
        c.setFont("floor-serif", 34)
        c.drawCentredString(w / 2, h - 250, r.name)
        c.setFont("floor-serif", 13)
        y = h - 310
        for i in range(0, len(words["body"]), 95):
            c.drawCentredString(w / 2, y, words["body"][i : i + 95])
            y -= 16
        c.drawCentredString(w / 2, y - 20, words["place_date"])
        c.drawString(w - 110, 36, r.code)
        if qr_widget:
            widget = QrCodeWidget(r.payload)
            d = Drawing(62, 62)
            d.add(widget)
            renderPDF.draw(d, c, w - 102, 46)
        else:
            barcode = zxingcpp.create_barcode(
                r.payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M"
            )
            view = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
            n = view.shape[0]
            data = view.tobytes()
            m = 62 / n
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
                            f"{w - 102 + start * m:.2f} {108 - (yy + 1) * m:.2f} "
                            f"{(xx - start) * m:.2f} {m:.2f} re"
                        )
                    else:
                        xx += 1
            c.addLiteral("\n".join([*ops, "f"]))
        c.showPage()
    c.save()
    return out.getvalue()


def run() -> Measurement:
    from lacworkshop.services.certificates.output import write_merged

    db, wid, rows, issuing, folder = issued_workshop()
    target = folder / "all.pdf"
    app = best_of(lambda: write_merged(db, rows, target, wid), repeat=3)
    size_mb = target.stat().st_size / 1e6
    floor = best_of(lambda: _floor_pdf(rows), repeat=3)
    sample = rows[:200]
    start = time.perf_counter()
    _floor_pdf(sample, qr_widget=True)
    widget = (time.perf_counter() - start) * (N / len(sample))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()
    ratio = app / floor
    return Measurement(
        app,
        floor,
        [
            f"{N} pages, {size_mb:.1f} MB",
            f"budget 2x floor: {'ok' if ratio <= 2 else 'OVER'}",
            f"QrCodeWidget run {widget:.1f} s = {widget / app:.0f}x slower "
            f"({'ok' if widget / app >= 10 else 'UNDER 10x'})",
            f"peak {peak:.0f} MB ({'ok' if peak < 300 else 'OVER'})",
            f"issuing {issuing:.2f} s",
        ],
    )
