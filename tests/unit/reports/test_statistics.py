"""The statistics equal what plain SQL counts on the same database file."""

from __future__ import annotations

import sqlite3
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lacworkshop.formats.text.country_names import country_name
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.reports.statistics import series_statistics, workshop_statistics
from lacworkshop.services.reports.statistics_report import export_statistics, stats_document
from lacworkshop.services.workshops.listing import workshop_id_for_code
from tests.unit.reports.builders import build_nasty_workshop

ACTIVE = "('registered','confirmed')"


def _hours(start: str, end: str) -> float:
    def minutes(t: str) -> int:
        h, m = t.split(":")[:2]
        return int(h) * 60 + int(m)

    return (minutes(end) - minutes(start)) / 60


def _norm(value: str | None) -> str | None:
    """Free text grouped as a person would: case and spacing ignored."""
    return " ".join(value.split()).casefold() if value and value.strip() else None


class Independent:
    """Counts straight from the SQLite file, no application code."""

    def __init__(self, path: Path, workshop_id: int) -> None:
        self.con = sqlite3.connect(path)
        self.wid = workshop_id

    def attendees(self, column: str) -> Counter:
        rows = self.con.execute(
            f"SELECT p.{column} FROM participation pa JOIN person p ON p.id = pa.person_id "
            f"WHERE pa.workshop_id = ? AND pa.role = 'attendee' AND pa.status IN {ACTIVE}",
            (self.wid,),
        ).fetchall()
        if column == "country":
            return Counter(r[0].strip().upper() if r[0] and r[0].strip() else None for r in rows)
        return Counter(_norm(r[0]) for r in rows)

    def by(self, sql: str) -> Counter:
        return Counter(dict(self.con.execute(sql, (self.wid,)).fetchall()))

    def sessions(self) -> dict[int, tuple[int, int, bool]]:
        out = {}
        for slot_id, track_id in self.con.execute(
            "SELECT id, track_id FROM slot WHERE workshop_id = ?", (self.wid,)
        ):
            expected = self.con.execute(
                "SELECT count(*) FROM participation WHERE workshop_id = ? AND role = 'attendee' "
                f"AND status IN {ACTIVE} AND (? IS NULL OR track_id = ?)",
                (self.wid, track_id, track_id),
            ).fetchone()[0]
            present = self.con.execute(
                "SELECT count(*) FROM attendance a JOIN participation pa ON pa.id = "
                "a.participation_id WHERE a.slot_id = ? AND a.mark IN ('present','late') "
                f"AND pa.role = 'attendee' AND pa.status IN {ACTIVE}",
                (slot_id,),
            ).fetchone()[0]
            marked = self.con.execute(
                "SELECT count(*) FROM attendance WHERE slot_id = ?", (slot_id,)
            ).fetchone()[0]
            out[slot_id] = (expected, present, marked > 0)
        return out

    def trainer_hours(self) -> dict[int, tuple[int, float]]:
        acc: dict[int, list[float]] = defaultdict(lambda: [0, 0.0])
        for person_id, start, end in self.con.execute(
            "SELECT st.person_id, s.start_time, s.end_time FROM slot_trainer st "
            "JOIN slot s ON s.id = st.slot_id WHERE s.workshop_id = ?",
            (self.wid,),
        ):
            acc[person_id][0] += 1
            acc[person_id][1] += _hours(start, end)
        return {k: (int(v[0]), v[1]) for k, v in acc.items()}


@pytest.fixture
def stats_db(demo_db):  # type: ignore[no-untyped-def]
    build_nasty_workshop(demo_db)
    return demo_db


@pytest.mark.parametrize("code", ["WALC2026", "DNSSEC-2026", "IXP-2026", "NASTY-2026"])
def test_workshop_numbers_equal_plain_sql(stats_db, code: str) -> None:
    wid = workshop_id_for_code(stats_db, code)
    sql = Independent(stats_db.path, wid)
    stats = workshop_statistics(stats_db, wid)

    def got(rows):  # type: ignore[no-untyped-def]
        return Counter({b.key: b.counts[0] for b in rows})

    assert got(stats.by_country) == sql.attendees("country")
    assert Counter({_norm(b.key): b.counts[0] for b in stats.by_gender}) == sql.attendees("gender")
    assert Counter({_norm(b.key): b.counts[0] for b in stats.by_organisation}) == sql.attendees(
        "organisation"
    )
    assert got(stats.by_role) == sql.by(
        "SELECT role, count(*) FROM participation WHERE workshop_id = ? "
        f"AND status IN {ACTIVE} GROUP BY role"
    )
    assert got(stats.by_track) == sql.by(
        "SELECT t.name, count(*) FROM participation pa LEFT JOIN track t ON t.id = pa.track_id "
        f"WHERE pa.workshop_id = ? AND pa.role = 'attendee' AND pa.status IN {ACTIVE} "
        "GROUP BY t.name"
    )
    sessions = sql.sessions()
    assert {s.slot_id: (s.expected, s.present, s.marked) for s in stats.sessions} == sessions
    day_totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in stats.sessions:
        if sessions[s.slot_id][2]:
            day_totals[s.date.isoformat()][0] += sessions[s.slot_id][0]
            day_totals[s.date.isoformat()][1] += sessions[s.slot_id][1]
    assert {r.label: [r.expected, r.present] for r in stats.by_day} == dict(day_totals)
    issued = sql.by(
        "SELECT c.kind, count(*) FROM certificate c JOIN participation pa ON pa.id = "
        "c.participation_id WHERE pa.workshop_id = ? AND c.status = 'valid' GROUP BY c.kind"
    )
    assert Counter({c.kind: c.issued[0] for c in stats.certificates if c.issued[0]}) == issued
    assert {t.person_id: (t.sessions, pytest.approx(t.hours)) for t in stats.trainers} == (
        sql.trainer_hours()
    )
    eligible = sum(1 for s in workshop_standings(stats_db, wid) if s.result.eligible)
    summary = stats.summary
    assert summary["n_eligible"] == (eligible,)
    assert summary["n_attendees"] == (sum(sql.attendees("country").values()),)
    assert summary["n_certificates"] == (sum(issued.values()),)
    assert summary["n_countries"] == (len([k for k in sql.attendees("country") if k]),)
    assert summary["n_organisations"] == (len([k for k in sql.attendees("organisation") if k]),)
    hours = sum(
        _hours(a, b)
        for a, b in sql.con.execute(
            "SELECT start_time, end_time FROM slot WHERE workshop_id = ?", (wid,)
        )
    )
    assert summary["scheduled_hours"] == (pytest.approx(hours),)


def test_the_nasty_workshop_counts_what_it_holds(stats_db) -> None:
    stats = workshop_statistics(stats_db, workshop_id_for_code(stats_db, "NASTY-2026"))
    assert stats.summary["n_participants"] == (12,)  # 11 attendees and a trainer; cancelled out
    assert [(c.kind, c.issued, c.revoked) for c in stats.certificates] == [
        ("participation", (2,), (1,))
    ]
    assert [(t.name, t.sessions, t.hours) for t in stats.trainers] == [
        ("@Trainer =Formula", 2, 7.5)
    ]


def test_series_adds_up_its_editions(stats_db) -> None:
    build_nasty_workshop(stats_db, code="NASTY-2027", series="nasty")
    series = series_statistics(stats_db, "NASTY")
    assert [e.code for e in series.editions] == ["NASTY-2026", "NASTY-2027"]
    for i, code in enumerate(["NASTY-2026", "NASTY-2027"]):
        one = workshop_statistics(stats_db, workshop_id_for_code(stats_db, code))
        assert {b.key: b.counts[i] for b in series.by_country} == {
            b.key: b.counts[0] for b in one.by_country
        }
        assert series.summary["n_eligible"][i] == one.summary["n_eligible"][0]
    assert [r.label for r in series.by_edition] == ["NASTY-2026", "NASTY-2027"]
    with pytest.raises(NotFoundError, match="series 'nope'"):
        series_statistics(stats_db, "nope")


def test_the_workbook_holds_the_same_numbers(tmp_path: Path, stats_db) -> None:
    wid = workshop_id_for_code(stats_db, "WALC2026")
    out = tmp_path / "stats.xlsx"
    export_statistics(stats_db, out, workshop_id=wid, language="en")
    wb = load_workbook(out)
    doc = stats_document(workshop_statistics(stats_db, wid), "en")
    assert wb.sheetnames == [t.title for t in doc.tables]
    country = wb["By country"]
    sql = Independent(stats_db.path, wid).attendees("country")
    sheet_counts = {
        country.cell(r, 1).value: country.cell(r, 2).value for r in range(2, country.max_row + 1)
    }
    assert sheet_counts == {
        (country_name(k, "en") if k else "(not stated)"): v for k, v in sql.items()
    }
    charts = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == sum(1 for t in doc.tables if t.chart is not None and t.rows)
    assert wb.properties.title == "Statistics: WALC2026" and wb.properties.language == "en"


def test_export_statistics_refuses_bad_requests(tmp_path: Path, stats_db) -> None:
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        export_statistics(stats_db, tmp_path / "s.csv", series="WALC")
    with pytest.raises(ValidationError, match="either"):
        export_statistics(stats_db, tmp_path / "s.xlsx")
