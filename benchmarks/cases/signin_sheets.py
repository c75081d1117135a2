"""Sign-in sheets, about 1,000 pages (162 people x 148 sessions), against reportlab's canvas
drawing the same pages bare: the same header labels and values, column heads, grid, row numbers
and one string per cell at a fixed size, with the same embedded font; none of the fitting,
wrapping, glyph checks or page numbering."""

from __future__ import annotations

import tempfile
from datetime import date, time, timedelta
from pathlib import Path

from cases._measure import Measurement, best_of

PEOPLE, SESSIONS = 162, 148

GIVEN = ["María José", "João Pedro", "Jean-Baptiste", "Aaliyah", "Ñusta", "Łucja", "Seán"]
FAMILY = ["Fernández de Córdoba", "da Silva Santos", "Saint-Éloi", "Greenidge", "Quispe Mamani"]
ORGS = ["Universidad Nacional de Córdoba", "NIC.br", "Réseau Caraïbe d'Échanges", "ANTEL"]


def _sections():  # type: ignore[no-untyped-def]
    from lacworkshop.formats.attendance.signin_sheet_pdf import SigninPerson, SigninSection

    people = [
        SigninPerson(f"{FAMILY[i % len(FAMILY)]} {i}, {GIVEN[i % len(GIVEN)]}", ORGS[i % len(ORGS)])
        for i in range(PEOPLE)
    ]
    start = date(2027, 3, 1)
    return [
        SigninSection(
            workshop_code="RDLAC-2027",
            workshop_title="Red de Datos de América Latina y el Caribe",
            track="Routing",
            day=start + timedelta(days=s // 4),
            start=time(9 + s % 4 * 2, 0),
            end=time(10 + s % 4 * 2, 45),
            topic=f"Sesión {s}",
            room="Sala 2",
            trainers=["Ana Paz", "Hervé Saint-Éloi"],
            people=people,
        )
        for s in range(SESSIONS)
    ]


def run() -> Measurement:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from lacworkshop.formats.attendance import signin_sheet_pdf as sheet
    from lacworkshop.formats.pdf.fonts import register_family

    sections = _sections()
    folder = Path(tempfile.mkdtemp())
    pages = sheet.write_signin_pdf(folder / "warm.pdf", sections[:1]).pages * len(sections)

    def app() -> None:
        sheet.fit_name.cache_clear()  # every run works its names out anew
        sheet.write_signin_pdf(folder / "app.pdf", sections)

    fam = register_family("DejaVu Sans")
    rows_per_page = 26

    def floor() -> None:
        w, h = A4
        c = Canvas(str(folder / "raw.pdf"), pagesize=A4, initialFontName=fam.regular)
        x = [12 * mm, 22 * mm, 22 * mm + (w - 24 * mm) * 0.46, 22 * mm + (w - 24 * mm) * 0.66]
        for s in sections:
            rows = [*s.people, *([None] * 7)]
            for start in range(0, len(rows), rows_per_page):
                c.setFont(fam.bold, 12)
                c.drawString(x[0], h - 45, f"Hoja de firmas · {s.workshop_code}")
                c.setFont(fam.regular, 8.5)
                c.drawString(x[0], h - 56, s.workshop_title)
                fields = ("Fecha:", "Horario:", "Itinerario:", "Sala:", "Tema:", "Instructores:")
                for i, label in enumerate(fields):
                    c.setFont(fam.bold, 8.5)
                    c.drawString(x[0] + (i % 2) * 280, h - 68 - (i // 2) * 11, label)
                    c.setFont(fam.regular, 8.5)
                    c.drawString(x[0] + (i % 2) * 280 + 50, h - 68 - (i // 2) * 11, s.topic)
                c.setFont(fam.bold, 9)
                for col, head in zip(x, ("N.º", "Nombre", "Organización", "Firma"), strict=True):
                    c.drawString(col + 4, h - 100, head)
                y = h - 110
                for n, person in enumerate(rows[start : start + rows_per_page], start + 1):
                    if person is not None:
                        c.setFont(fam.regular, 9)
                        c.drawRightString(x[1] - 4, y - 15, str(n))
                        c.setFont(fam.regular, 11)
                        c.drawString(x[1] + 4, y - 15, person.name)
                        c.setFont(fam.regular, 8)
                        c.drawString(x[2] + 4, y - 15, person.organisation)
                    c.line(x[0], y, w - x[0], y)
                    y -= 9 * mm
                for col in x:
                    c.line(col, h - 110, col, y)
                c.setFont(fam.regular, 8)
                c.drawString(x[0], 28, f"{s.workshop_code} · {s.track} · {s.day}")
                c.drawRightString(w - x[0], 28, "Página 1 de 7")
                c.showPage()
        c.save()

    f = best_of(floor, repeat=3)
    a = best_of(app, repeat=3)
    return Measurement(a, f, [f"{pages} pages", "budget 2x: " + ("ok" if a <= 2 * f else "OVER")])
