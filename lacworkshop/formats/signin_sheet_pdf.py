"""Sign-in sheets: one per session, a row per person with a box to sign.

Every page repeats the header (workshop, date, time, topic, trainers) and a
footer with "page X of Y" counted within the session's sheet, so a loose page
found on a chair still says where it belongs. Names are printed with the
bundled fonts; a name with characters the font cannot draw gets a line to
write it by hand instead of boxes, and a warning naming the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from lacworkshop.errors import message_text
from lacworkshop.formats.atomic import atomic_path
from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.formats.fonts import Family, describe_characters, missing_glyphs, register_family

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 14 * mm
HEADER_H = 44 * mm
FOOTER_H = 10 * mm
ROW_H = 11 * mm
NAME_MAX, NAME_MIN, NAME_WRAP_MIN = 11.0, 8.5, 6.5


@dataclass(frozen=True)
class SigninPerson:
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class SigninSection:
    workshop_code: str
    workshop_title: str
    track: str
    day: date
    start: time
    end: time
    topic: str
    room: str | None
    trainers: Sequence[str]
    people: Sequence[SigninPerson]


@dataclass
class SigninReport:
    pages: int = 0
    sections: int = 0
    warnings: list[str] = field(default_factory=list)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def para_text(value: str) -> str:
    """Text for a Paragraph: markup printed literally, control characters as a space."""
    return escape(_CONTROL.sub(" ", value), {'"': "&quot;", "'": "&#39;"})


class _SectionStart(Flowable):
    """Zero-size marker telling the page callbacks which session this page belongs to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._lw_section = self.index  # type: ignore[attr-defined]


def _numbered_canvas(draw_footer: Any, face: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps pages until the end so each can say "page X of Y" of its own sheet."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page would name Helvetica, an unembedded font.
            kwargs["initialFontName"] = face
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._lw_section = 0

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            sections = [p["_lw_section"] for p in self._pages]
            seen: dict[int, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                idx = state["_lw_section"]
                seen[idx] = seen.get(idx, 0) + 1
                draw_footer(self, idx, seen[idx], sections.count(idx))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Styles:
    def __init__(self, fam: Family) -> None:
        self.fam = fam
        self.title = ParagraphStyle("t", fontName=fam.bold, fontSize=14, leading=17)
        self.sub = ParagraphStyle("s", fontName=fam.regular, fontSize=9, leading=11)
        self.field = ParagraphStyle("f", fontName=fam.regular, fontSize=9.5, leading=12)
        self.head = ParagraphStyle("h", fontName=fam.bold, fontSize=9, leading=11)
        self.org = ParagraphStyle("o", fontName=fam.regular, fontSize=8, leading=9.5)
        self.hint = ParagraphStyle(
            "i", fontName=fam.italic, fontSize=8.5, leading=10, textColor=colors.grey
        )

    def name(self, size: float) -> ParagraphStyle:
        return ParagraphStyle(
            f"n{size}", fontName=self.fam.regular, fontSize=size, leading=size * 1.2
        )


def fit_name(text: str, face: str, width: float) -> tuple[float, int]:
    """(font size, lines) for a name: shrink to fit one line, else wrap to two, never more.

    The largest size from NAME_MAX down to NAME_MIN that fits one line; failing
    that, the largest size down to NAME_WRAP_MIN that fits two lines.
    """
    size = NAME_MAX
    while size >= NAME_MIN:
        if stringWidth(text, face, size) <= width:
            return size, 1
        size -= 0.5
    size = NAME_MAX
    while size > NAME_WRAP_MIN:
        style = ParagraphStyle("fit", fontName=face, fontSize=size, leading=size * 1.2)
        lines = len(Paragraph(para_text(text), style).breakLines([width]).lines)
        if lines <= 2:
            return size, lines
        size -= 0.5
    return NAME_WRAP_MIN, 2


def _field(label: str, value: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A "Label: value" paragraph cut to two lines, so a long topic never runs into the table."""
    while True:
        p = Paragraph(f"<b>{para_text(label)}:</b> {para_text(value)}", style)
        _w, h = p.wrap(width, 1000)
        if h <= 2 * style.leading + 0.1 or len(value) < 4:
            return p
        value = value[: int(len(value.rstrip("…")) * 0.85)].rstrip() + "…"


def write_signin_pdf(
    path: Path | str,
    sections: Sequence[SigninSection],
    language: str = "es",
    paper: str = "a4",
    walk_in_rows: int = 6,
) -> SigninReport:
    """Write the sign-in sheets of *sections* to *path* atomically."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper size {paper!r}; use a4 or letter")
    fam = register_family("DejaVu Sans")
    st = _Styles(fam)
    report = SigninReport(sections=len(sections))
    t = lambda key, **kw: doc_text(key, language, **kw)  # noqa: E731
    page_w, page_h = PAPERS[paper]
    body_w = page_w - 2 * MARGIN
    widths = [10 * mm, body_w * 0.46, body_w * 0.2]
    widths.append(body_w - sum(widths))
    name_w = widths[1] - 12  # the table pads each cell by 6 points a side

    def safe(value: str, who: str, what: str) -> str | None:
        missing = missing_glyphs(value, fam.regular)
        if missing:
            warning = message_text(
                "warn.signin_name_unprintable",
                what=what,
                who=who,
                chars=describe_characters(missing),
            )
            if warning not in report.warnings:
                report.warnings.append(warning)
            return None
        return value

    def header(canv: Canvas, idx: int) -> None:
        s = sections[idx]
        top = page_h - MARGIN
        title = Paragraph(
            f"{para_text(t('signin.title'))} · {para_text(s.workshop_code)}", st.title
        )
        _w, h = title.wrap(body_w, 20 * mm)
        title.drawOn(canv, MARGIN, top - h)
        y = top - h - 1
        sub = Paragraph(para_text(s.workshop_title), st.sub)
        _w, h = sub.wrap(body_w, 12 * mm)
        sub.drawOn(canv, MARGIN, y - h)
        y -= h + 3
        fields = [
            # The day in words ("martes, 13 de octubre de 2026"): a sheet is read, not parsed.
            (t("signin.date"), format_date(s.day, format="full", locale=language)),
            (t("signin.time"), f"{s.start:%H:%M}–{s.end:%H:%M}"),
            (t("col.track"), s.track),
            (t("signin.room"), s.room or ""),
            (t("signin.topic"), s.topic),
            (t("signin.trainers"), ", ".join(s.trainers)),
        ]
        # An empty field would print as a bare label ("Room:"); leave it out.
        fields = [(label, value) for label, value in fields if value.strip()]
        half = body_w / 2
        for i, (label, value) in enumerate(fields):
            x = MARGIN + (half if i % 2 else 0)
            shown = value
            missing = missing_glyphs(value, fam.regular)
            if missing:
                shown = ""
                warning = message_text(
                    "warn.signin_field_unprintable",
                    label=label,
                    day=s.day.isoformat(),
                    time=f"{s.start:%H:%M}",
                    value=value,
                    chars=describe_characters(missing),
                )
                if warning not in report.warnings:
                    report.warnings.append(warning)
            p = _field(label, shown, st.field, half - 4)
            p.drawOn(canv, x, y - p.height)
            if i % 2:
                y -= 12.5
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.8)
        canv.line(
            MARGIN,
            page_h - MARGIN - HEADER_H + 2 * mm,
            page_w - MARGIN,
            page_h - MARGIN - HEADER_H + 2 * mm,
        )

    def footer(canv: Canvas, idx: int, n: int, m: int) -> None:
        s = sections[idx]
        canv.setFont(fam.regular, 8)
        canv.setFillColor(colors.black)
        left = t(
            "signin.footer",
            code=s.workshop_code,
            track=s.track,
            date=s.day.isoformat(),
            time=f"{s.start:%H:%M}–{s.end:%H:%M}",
        )
        while stringWidth(left, fam.regular, 8) > body_w * 0.7 and len(left) > 10:
            left = left[:-2]
        canv.drawString(MARGIN, MARGIN - 2 * mm, left)
        canv.drawRightString(page_w - MARGIN, MARGIN - 2 * mm, t("page.n_of_m", n=n, m=m))
        report.pages += 1

    def on_page_end(canv: Canvas, _doc: Any) -> None:
        header(canv, getattr(canv, "_lw_section", 0))

    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_H - 4 * mm,
        body_w,
        page_h - 2 * MARGIN - HEADER_H - FOOTER_H + 4 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    story: list[Flowable] = []
    for idx, s in enumerate(sections):
        if idx:
            story.append(PageBreak())
        story.append(_SectionStart(idx))
        rows: list[list[Any]] = [
            [
                Paragraph(para_text(t("signin.col.n")), st.head),
                Paragraph(para_text(t("signin.col.name")), st.head),
                Paragraph(para_text(t("col.organisation")), st.head),
                Paragraph(para_text(t("signin.col.signature")), st.head),
            ]
        ]
        for n, person in enumerate(s.people, start=1):
            name = safe(person.name, person.name, "The name")
            if name is None:
                name_cell: Any = Paragraph(para_text(t("signin.name_by_hand")), st.hint)
            else:
                size, _lines = fit_name(name, fam.regular, name_w)
                name_cell = Paragraph(para_text(name), st.name(size))
            org = (
                person.organisation if not missing_glyphs(person.organisation, fam.regular) else ""
            )
            rows.append([str(n), name_cell, Paragraph(para_text(org), st.org), ""])
        walk_in_at = len(rows)
        rows.append([Paragraph(para_text(t("signin.walk_ins")), st.hint), "", "", ""])
        rows += [["", "", "", ""] for _ in range(walk_in_rows)]
        heights: list[float | None] = [None]
        for row in rows[1:]:
            cell = row[1]
            h = cell.wrap(name_w, 1000)[1] if isinstance(cell, Paragraph) else 0
            heights.append(max(ROW_H, h + 8))
        heights[walk_in_at] = None
        table = Table(rows, colWidths=widths, repeatRows=1, rowHeights=heights)
        style = [
            ("FONT", (0, 0), (-1, -1), fam.regular, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3E8EE")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("SPAN", (0, walk_in_at), (-1, walk_in_at)),
            ("BACKGROUND", (0, walk_in_at), (-1, walk_in_at), colors.HexColor("#F2F2F2")),
        ]
        table.setStyle(TableStyle(style))
        story.append(table)

    with atomic_path(path) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=(page_w, page_h),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_H,
            bottomMargin=MARGIN + FOOTER_H,
            title=doc_text("signin.title", language),
            author="lacworkshop",
            creator="lacworkshop",
        )
        doc.addPageTemplates([PageTemplate("sheet", [frame], onPageEnd=on_page_end)])
        if not story:
            raise ValueError("there is no session to print")
        doc.build(story, canvasmaker=_numbered_canvas(footer, fam.regular))
    return report
