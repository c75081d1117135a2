"""Statistics as tables in the document language, and the statistics workbook."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lacworkshop.formats.catalogue import text
from lacworkshop.formats.stats_xlsx import StatTable, write_stats_xlsx
from lacworkshop.formats.text import country_name, gender_name
from lacworkshop.formats.writing import Chart, ChartKind, Column
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.reports.people_export import ExportResult, ProgressSink
from lacworkshop.services.reports.statistics import (
    Breakdown,
    Statistics,
    series_statistics,
    workshop_statistics,
)
from lacworkshop.storage import Database

TOP = 15  # categories charted; the sheet keeps them all
SUMMARY_KEYS = (
    "n_participants",
    "n_attendees",
    "n_countries",
    "n_organisations",
    "scheduled_hours",
    "overall_rate",
    "n_eligible",
    "n_certificates",
    "n_trainers",
    "trainer_hours",
)


@dataclass(frozen=True)
class StatsDocument:
    title: str
    subject: str
    language: str
    tables: list[StatTable]


def default_language(stats: Statistics) -> str:
    """The first language of the newest edition."""
    langs = stats.editions[-1].languages if stats.editions else "es"
    return (langs or "es").split(",")[0].strip() or "es"


def stats_document(stats: Statistics, language: str | None = None) -> StatsDocument:
    """Every table of the report, translated; one sheet (and chart) each."""
    lang = language or default_language(stats)
    t: Callable[[str], str] = lambda key: text(f"reports.stats.{key}", lang)  # noqa: E731
    codes = [e.code for e in stats.editions]
    series = stats.is_series
    value_cols = [Column(c, "int") for c in codes] + ([Column(t("total"), "int")] if series else [])
    total_idx = len(value_cols)  # the column a single-series chart draws
    none = text("reports.none", lang)

    def breakdown(
        key: str, rows: Sequence[Breakdown], label: Callable[[str], str], kind: ChartKind
    ) -> StatTable:
        data = [
            [label(b.key) if b.key is not None else none, *b.counts, *([b.total] if series else [])]
            for b in rows
        ]
        chart_cols = tuple(range(1, len(codes) + 1)) if series and kind != "bar" else (total_idx,)
        return StatTable(
            key,
            t(key),
            [*_first(lang, key), *value_cols],
            data,
            Chart(kind, t(key), 0, chart_cols, max_rows=TOP, y_title=t("participants")),
        )

    tables = [_summary(stats, lang, t, codes)]
    tables.append(breakdown("by_country", stats.by_country, lambda c: country_name(c, lang), "bar"))
    tables.append(
        breakdown(
            "by_gender",
            stats.by_gender,
            lambda g: gender_name(g, lang),
            "column" if series else "pie",
        )
    )
    tables.append(breakdown("by_organisation", stats.by_organisation, str, "bar"))
    tables.append(
        breakdown("by_role", stats.by_role, lambda r: text(f"reports.role.{r}", lang), "column")
    )
    tables.append(breakdown("by_track", stats.by_track, str, "column"))
    tables.append(_sessions(stats, lang, t))
    tables.append(
        StatTable(
            "by_day",
            t("by_day"),
            [Column(t("date"), "date"), *_rate_cols(t)],
            [[_date(r.label), r.expected, r.present, r.rate] for r in stats.by_day],
            Chart("column", t("by_day"), 0, (3,), y_title=t("rate")),
        )
    )
    if series:
        tables.append(
            StatTable(
                "by_edition",
                t("by_edition"),
                [Column(t("edition")), *_rate_cols(t)],
                [[r.label, r.expected, r.present, r.rate] for r in stats.by_edition],
                Chart("column", t("by_edition"), 0, (3,), y_title=t("rate")),
            )
        )
    tables.append(
        StatTable(
            "certificates",
            t("certificates"),
            [
                Column(t("kind")),
                *[Column(f"{t('issued')} {c}", "int") for c in codes],
                Column(t("revoked"), "int"),
            ],
            [
                [text(f"reports.kind.{c.kind}", lang), *c.issued, sum(c.revoked)]
                for c in stats.certificates
            ],
            Chart("column", t("certificates"), 0, tuple(range(1, len(codes) + 1))),
        )
    )
    tables.append(
        StatTable(
            "trainers",
            t("trainers"),
            [
                Column(text("reports.col.full_name", lang)),
                Column(text("col.organisation", lang)),
                Column(t("sessions"), "int"),
                Column(t("hours"), "hours"),
            ],
            [[tr.name, tr.organisation, tr.sessions, tr.hours] for tr in stats.trainers],
            Chart("bar", t("trainers"), 0, (3,), max_rows=TOP, y_title=t("hours")),
        )
    )
    subject = text("reports.stats.series", lang, name=stats.subject) if series else stats.subject
    return StatsDocument(
        text("reports.stats.title", lang, subject=subject), stats.subject, lang, tables
    )


def _first(lang: str, key: str) -> list[Column]:
    header = {
        "by_country": "col.country",
        "by_gender": "reports.col.gender",
        "by_organisation": "col.organisation",
        "by_role": "col.role",
        "by_track": "col.track",
    }[key]
    return [Column(text(header, lang))]


def _rate_cols(t: Callable[[str], str]) -> list[Column]:
    return [Column(t("expected"), "int"), Column(t("present"), "int"), Column(t("rate"), "percent")]


def _date(iso: str) -> Any:
    from datetime import date

    return date.fromisoformat(iso)


def _summary(stats: Statistics, lang: str, t: Callable[[str], str], codes: list[str]) -> StatTable:
    rows: list[list[Any]] = []
    for key in SUMMARY_KEYS:
        values = stats.summary.get(key, ())
        label = t(key) + (" (%)" if key == "overall_rate" else "")
        rows.append([label, *(_summary_value(key, v) for v in values)])
    return StatTable(
        "summary",
        t("summary"),
        [Column(t("measure")), *[Column(c, "text") for c in codes]],
        rows,
        None,
    )


def _summary_value(key: str, value: float | None) -> float | int | None:
    if value is None:
        return None
    if key == "overall_rate":
        return round(value * 100, 1)
    return int(value) if float(value).is_integer() else round(value, 2)


def _sessions(stats: Statistics, lang: str, t: Callable[[str], str]) -> StatTable:
    plenary = t("plenary")
    codes = {e.workshop_id: e.code for e in stats.editions}
    rows = []
    for s in stats.sessions:
        label = f"{s.date.isoformat()} {s.start.strftime('%H:%M')} {s.track or plenary}"
        if stats.is_series:
            label = f"{codes[s.workshop_id]} {label}"
        rows.append(
            [
                label,
                s.date,
                s.topic,
                s.track or plenary,
                s.hours,
                s.expected,
                s.present if s.marked else None,
                s.rate,
            ]
        )
    cols = [
        Column(text("reports.stats.sessions", lang)),
        Column(t("date"), "date"),
        Column(t("topic")),
        Column(text("col.track", lang)),
        Column(t("hours"), "hours"),
        *_rate_cols(t),
    ]
    chart = None if stats.is_series else Chart("column", t("by_slot"), 0, (7,), y_title=t("rate"))
    return StatTable("by_slot", t("by_slot"), cols, rows, chart)


def export_statistics(
    db: Database,
    path: Path | str,
    *,
    workshop_id: int | None = None,
    series: str | None = None,
    language: str | None = None,
    progress: ProgressSink | None = None,
) -> ExportResult:
    """Write the statistics workbook for a workshop or a series to *path* (.xlsx)."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("stats.suffix", "output", name=target.name)
    if (workshop_id is None) == (series is None):
        raise ValidationError("stats.subject", "subject")
    if progress:
        progress.report(0, 3, "")
    stats = (
        workshop_statistics(db, workshop_id)
        if workshop_id is not None
        else series_statistics(db, series or "")
    )
    if progress:
        progress.check()
        progress.report(1, 3, "")
    doc = stats_document(stats, language)
    if progress:
        progress.check()
        progress.report(2, 3, "")
    report = write_stats_xlsx(
        target, doc.tables, title=doc.title, subject=doc.subject, language=doc.language
    )
    if progress:
        progress.report(3, 3, "")
    return ExportResult(target, report.rows, tuple(report.warnings))
