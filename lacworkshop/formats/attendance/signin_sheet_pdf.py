"""Sign-in sheets: one per session, a row per person with a box to sign.

Every page repeats a compact header (workshop, date, time, topic, trainers)
and a footer with "page X of Y" counted within the session's sheet, so a loose
page found on a chair still says where it belongs. Names are printed with the
bundled fonts; a name with characters the font cannot draw gets a line to
write it by hand instead of boxes, and a warning naming the person.

The pages are drawn straight on a reportlab canvas: the rows are laid out
first (so every sheet knows its page count before it is drawn), and a name's
size and lines are worked out once, however many sessions list that person.
At 9 mm a row, A4 holds 26 rows and Letter 24.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from pathlib import Path

from babel.dates import get_day_names
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lacworkshop.errors import message_text
from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.formats.certificates import format_date
from lacworkshop.formats.pdf import (
    Family,
    describe_characters,
    missing_glyphs,
    register_family,
    wrap,
)
from lacworkshop.formats.writing import atomic_path

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 12 * mm
HEADER_H = 22 * mm  # title, workshop, and up to three lines of two fields
FOOTER_H = 6 * mm
HEAD_ROW_H = 7 * mm
ROW_H = 9 * mm
NAME_MAX, NAME_MIN, NAME_WRAP_MIN = 11.0, 8.5, 6.5
NAME_LEADING = 1.15
ORG_SIZE = 8.0
GRID = 0.5
HEAD_FILL = (0.89, 0.91, 0.93)
BAND_FILL = (0.95, 0.95, 0.95)
HINT_GREY = 0.45


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


def clean(value: str) -> str:
    """Text for the page: control characters as a space; markup is printed literally."""
    return _CONTROL.sub(" ", value)


@cache
def fit_name(text: str, face: str, width: float) -> tuple[float, int]:
    """(font size, lines) for a name: shrink to fit one line, else wrap to two.

    The largest size from NAME_MAX down to NAME_MIN that fits one line; failing
    that, the largest size that fits two lines in a row; a name longer still
    takes the lines it needs at NAME_WRAP_MIN (its row grows).
    """
    one = stringWidth(text, face, 1.0) or 1.0
    size = min(NAME_MAX, width / one)
    if size >= NAME_MIN:
        return (NAME_MAX if size >= NAME_MAX else _half_down(size)), 1
    size = min(NAME_MAX, (ROW_H - 6) / (2 * NAME_LEADING))
    while size >= NAME_WRAP_MIN:
        if len(wrap(text, face, size, width)) <= 2:
            return _half_down(size), 2
        size -= 0.25
    return NAME_WRAP_MIN, len(wrap(text, face, NAME_WRAP_MIN, width))


def _half_down(size: float) -> float:
    return int(size * 2) / 2


@cache
def _lines(text: str, face: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(wrap(text, face, size, width))


@cache
def _cut(text: str, face: str, size: float, width: float) -> str:
    """*text* on one line, ended with "…" when it is wider than *width*."""
    if stringWidth(text, face, size) <= width:
        return text
    while text and stringWidth(text + "…", face, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@cache
def _org_lines(text: str, face: str, width: float) -> tuple[str, ...]:
    """An organisation on one line, else wrapped to two a size smaller (the second cut)."""
    if stringWidth(text, face, ORG_SIZE) <= width:
        return (text,)
    size = ORG_SIZE - 1
    lines = wrap(text, face, size, width)
    if len(lines) <= 2:
        return tuple(lines)
    return lines[0], _cut(" ".join(lines[1:]), face, size, width)


@cache
def _missing(text: str, face: str) -> tuple[str, ...]:
    return tuple(missing_glyphs(text, face))


def long_date(d: date, language: str) -> str:
    """The day in words, in the certificates' date style: "martes, 3 de marzo de 2026",
    "Tuesday, 3 March 2026", "mardi 3 mars 2026"."""
    weekday = get_day_names("wide", locale=language)[d.weekday()]
    joiner = " " if language == "fr" else ", "
    return f"{weekday}{joiner}{format_date(d, language)}"


@dataclass(frozen=True)
class _Row:
    """One row of a sheet as laid out: a person, the walk-in band, or a blank line."""

    kind: str  # "person" | "band" | "blank"
    number: int = 0
    name: str | None = None  # None: to be written by hand
    organisation: str = ""
    height: float = ROW_H


class _Sheets:
    """Lays out and draws the sheets of one document."""

    def __init__(
        self, sections: Sequence[SigninSection], language: str, paper: str, walk_in_rows: int
    ) -> None:
        self.sections = sections
        self.language = language
        self.walk_in_rows = walk_in_rows
        self.fam: Family = register_family("DejaVu Sans")
        self.report = SigninReport(sections=len(sections))
        self.page_w, self.page_h = PAPERS[paper]
        self.body_w = self.page_w - 2 * MARGIN
        widths = [10 * mm, self.body_w * 0.46, self.body_w * 0.2]
        widths.append(self.body_w - sum(widths))
        self.widths = widths
        self.xs = [MARGIN]
        for w in widths:
            self.xs.append(self.xs[-1] + w)
        self.name_w = widths[1] - 8
        self.table_top = self.page_h - MARGIN - HEADER_H
        self.table_bottom = MARGIN + FOOTER_H
        self.words = {
            key: doc_text(key, language)
            for key in (
                "signin.title",
                "signin.col.n",
                "signin.col.name",
                "col.organisation",
                "signin.col.signature",
                "signin.walk_ins",
                "signin.name_by_hand",
            )
        }

    def t(self, key: str, **values: object) -> str:
        return doc_text(key, self.language, **values)

    def warn(self, warning: str) -> None:
        if warning not in self.report.warnings:
            self.report.warnings.append(warning)

    # -- layout ---------------------------------------------------------------------------

    def rows(self, s: SigninSection) -> list[_Row]:
        face = self.fam.regular
        out: list[_Row] = []
        for n, person in enumerate(s.people, start=1):
            name: str | None = clean(person.name)
            missing = _missing(name, face) if name else ()
            if missing:
                self.warn(
                    message_text(
                        "warn.signin_name_unprintable",
                        what=message_text("warn.signin_the_name"),
                        who=person.name,
                        chars=describe_characters(list(missing)),
                    )
                )
                name = None
            height = ROW_H
            if name:
                size, count = fit_name(name, face, self.name_w)
                height = max(ROW_H, count * size * NAME_LEADING + 6)
            org = clean(person.organisation)
            if org and _missing(org, face):
                org = ""
            out.append(_Row("person", n, name, org, height))
        return out

    def pages(self, rows: list[_Row]) -> list[list[_Row]]:
        """The people's rows split into pages, then the walk-in rows.

        The walk-in rows fill what is left of the last page (at least two of them);
        only when fewer fit do they start a page of their own, with the number asked for.
        """
        room = self.table_top - HEAD_ROW_H - self.table_bottom
        pages: list[list[_Row]] = [[]]
        used = 0.0
        for row in rows:
            if pages[-1] and used + row.height > room + 0.01:
                pages.append([])
                used = 0.0
            pages[-1].append(row)
            used += row.height
        if self.walk_in_rows <= 0:
            return pages
        left = int((room - used + 0.01) // ROW_H) - 1  # one row for the band
        if left >= min(2, self.walk_in_rows):
            blanks = max(left, 0)
        else:
            pages.append([])
            blanks = max(self.walk_in_rows, int((room + 0.01) // ROW_H) - 1)
        pages[-1] += [_Row("band"), *(_Row("blank") for _ in range(blanks))]
        return pages

    # -- drawing --------------------------------------------------------------------------

    def draw(self, c: Canvas) -> None:
        for s in self.sections:
            sheet = self.pages(self.rows(s))
            # What every page of a sheet repeats is worked out once for the sheet.
            head = self.header_words(s)
            foot = self.footer_text(s)
            for n, page in enumerate(sheet, start=1):
                words = _Words(c)
                for item in head:
                    words.put(*item)
                self.table(c, words, page)
                words.put(MARGIN, MARGIN - 2 * mm, self.fam.regular, 8, foot)
                words.put_right(
                    self.page_w - MARGIN,
                    MARGIN - 2 * mm,
                    self.fam.regular,
                    8,
                    self.t("page.n_of_m", n=n, m=len(sheet)),
                )
                c.setLineWidth(0.8)
                rule = self.table_top + 2 * mm
                c.line(MARGIN, rule, self.page_w - MARGIN, rule)
                c.drawText(words.text)
                c.showPage()
                self.report.pages += 1

    def header_words(self, s: SigninSection) -> list[tuple[float, float, str, float, str]]:
        """(x, y, face, size, text) of the header: title, workshop, and the fields."""
        fam, top = self.fam, self.page_h - MARGIN
        title = f"{self.words['signin.title']} · {clean(s.workshop_code)}"
        out = [
            (MARGIN, top - 11, fam.bold, 12.0, _cut(title, fam.bold, 12, self.body_w)),
            (
                MARGIN,
                top - 22,
                fam.regular,
                8.5,
                _cut(clean(s.workshop_title), fam.regular, 8.5, self.body_w),
            ),
        ]
        time_range = f"{s.start:%H:%M}–{s.end:%H:%M}"
        fields = [
            # The day in words: a sheet is read, not parsed.
            ("signin.date", long_date(s.day, self.language)),
            ("signin.time", time_range),
            ("col.track", s.track),
            ("signin.room", s.room or ""),
            ("signin.topic", s.topic),
            ("signin.trainers", ", ".join(s.trainers)),
        ]
        # An empty field would print as a bare label ("Room:"); leave it out.
        shown = [(key, clean(value)) for key, value in fields if value.strip()]
        half = self.body_w / 2
        y = top - 34
        for i, (key, value) in enumerate(shown[:6]):
            label = self.t("signin.label", label=self.t(key))
            missing = _missing(value, fam.regular)
            if missing:
                self.warn(
                    message_text(
                        "warn.signin_field_unprintable",
                        label=self.t(key),
                        day=s.day.isoformat(),
                        time=f"{s.start:%H:%M}",
                        value=value,
                        chars=describe_characters(list(missing)),
                    )
                )
                value = ""
            x = MARGIN + (half if i % 2 else 0)
            lw = stringWidth(label + " ", fam.bold, 8.5)
            out.append((x, y, fam.bold, 8.5, label))
            out.append((x + lw, y, fam.regular, 8.5, _cut(value, fam.regular, 8.5, half - lw - 6)))
            if i % 2:
                y -= 11
        return out

    def table(self, c: Canvas, words: _Words, rows: list[_Row]) -> None:
        fam, xs, top = self.fam, self.xs, self.table_top
        c.setFillColorRGB(*HEAD_FILL)
        c.rect(MARGIN, top - HEAD_ROW_H, self.body_w, HEAD_ROW_H, stroke=0, fill=1)
        heads = ("signin.col.n", "signin.col.name", "col.organisation", "signin.col.signature")
        for x, key in zip(xs, heads, strict=False):
            words.put(x + 4, top - HEAD_ROW_H + 7, fam.bold, 9, self.words[key])
        y = top - HEAD_ROW_H
        lines_y = [top, y]
        # Column lines run through every row but the walk-in band, which spans the table.
        segments: list[list[float]] = [[top, y]]
        for row in rows:
            bottom = y - row.height
            if row.kind == "band":
                c.setFillColorRGB(*BAND_FILL)
                c.rect(MARGIN, bottom, self.body_w, row.height, stroke=0, fill=1)
                words.gray(HINT_GREY)
                words.put(
                    MARGIN + 4,
                    bottom + row.height / 2 - 3,
                    fam.italic,
                    8.5,
                    self.words["signin.walk_ins"],
                )
                words.gray(0)
                segments.append([bottom, bottom])
            else:
                if row.kind == "person":
                    self.person(words, row, y)
                segments[-1][1] = bottom
            y = bottom
            lines_y.append(y)
        c.setLineWidth(GRID)
        lines = [(MARGIN, ly, self.page_w - MARGIN, ly) for ly in lines_y]
        lines += [(x, top, x, y) for x in (xs[0], xs[-1])]
        lines += [(x, hi, x, lo) for x in xs[1:-1] for hi, lo in segments if hi - lo > 0.01]
        c.lines(lines)

    def person(self, words: _Words, row: _Row, y: float) -> None:
        fam, xs = self.fam, self.xs
        middle = y - row.height / 2
        words.put_right(xs[1] - 4, middle - 3, fam.regular, 9, str(row.number))
        if row.name is None:
            words.gray(HINT_GREY)
            words.put(xs[1] + 4, middle - 3, fam.italic, 8.5, self.words["signin.name_by_hand"])
            words.gray(0)
        else:
            size, count = fit_name(row.name, fam.regular, self.name_w)
            lines = (row.name,) if count == 1 else _lines(row.name, fam.regular, size, self.name_w)
            block = len(lines) * size * NAME_LEADING
            baseline = middle + block / 2 - size * 0.95
            for line in lines:
                words.put(xs[1] + 4, baseline, fam.regular, size, line)
                baseline -= size * NAME_LEADING
        if row.organisation:
            org_w = self.widths[2] - 8
            lines = _org_lines(row.organisation, fam.regular, org_w)
            fits = _width(row.organisation, fam.regular, ORG_SIZE) <= org_w
            size = ORG_SIZE if fits else ORG_SIZE - 1
            baseline = middle + len(lines) * size * 1.1 / 2 - size * 0.9
            for line in lines:
                words.put(xs[2] + 4, baseline, fam.regular, size, line)
                baseline -= size * 1.1

    def footer_text(self, s: SigninSection) -> str:
        left = self.t(
            "signin.footer",
            code=clean(s.workshop_code),
            track=clean(s.track),
            date=format_date(s.day, self.language),
            time=f"{s.start:%H:%M}–{s.end:%H:%M}",
        )
        return _cut(left, self.fam.regular, 8, self.body_w * 0.7)


class _Words:
    """Every word of a page in one text object: one BT…ET block instead of one per string."""

    def __init__(self, c: Canvas) -> None:
        self.text = c.beginText()
        # The text is drawn last, over the shaded rows: black, whatever fill they left.
        self.text.setFillGray(0)
        self.font: tuple[str, float] | None = None

    def put(self, x: float, y: float, face: str, size: float, text: str) -> None:
        if self.font != (face, size):
            self.text.setFont(face, size)
            self.font = (face, size)
        self.text.setTextOrigin(x, y)
        self.text.textOut(text)

    def put_right(self, x: float, y: float, face: str, size: float, text: str) -> None:
        self.put(x - _width(text, face, size), y, face, size, text)

    def gray(self, level: float) -> None:
        self.text.setFillGray(level)


@cache
def _width(text: str, face: str, size: float) -> float:
    return stringWidth(text, face, size)


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
    if not sections:
        raise ValueError("there is no session to print")
    sheets = _Sheets(sections, language, paper, walk_in_rows)
    with atomic_path(path) as tmp:
        # The initial font is ours: otherwise every page would name Helvetica, unembedded.
        c = Canvas(
            str(tmp),
            pagesize=(sheets.page_w, sheets.page_h),
            initialFontName=sheets.fam.regular,
        )
        c.setTitle(doc_text("signin.title", language))
        c.setAuthor("lacworkshop")
        c.setCreator("lacworkshop")
        sheets.draw(c)
        c.save()
    return sheets.report
