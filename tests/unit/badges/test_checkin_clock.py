"""The session under way: chosen by the workshop's own clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from types import SimpleNamespace

from lacworkshop.services.checkin.clock import CheckinSession, local_now, session_under_way

DAY = date(2026, 10, 12)
SESSIONS = [
    CheckinSession(1, DAY, time(9, 0), time(10, 30), "Apertura", ""),
    CheckinSession(2, DAY, time(11, 0), time(12, 30), "Enrutamiento", "Routing"),
    CheckinSession(3, DAY, time(14, 0), time(17, 0), "Laboratorio", "Routing"),
    CheckinSession(4, date(2026, 10, 13), time(9, 0), time(12, 0), "DNSSEC", "DNS"),
]


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_the_running_session_or_the_next_or_the_last_of_the_day() -> None:
    assert session_under_way(SESSIONS, _at(9, 40)).id == 1
    assert session_under_way(SESSIONS, _at(10, 35)).id == 2  # opens half an hour early
    assert session_under_way(SESSIONS, _at(8, 0)).id == 1  # before the day starts: the first
    assert session_under_way(SESSIONS, _at(13, 0)).id == 3  # lunch: the afternoon's
    assert session_under_way(SESSIONS, _at(19, 0)).id == 3  # evening: the day's last
    assert session_under_way(SESSIONS, _at(9, 0, date(2026, 10, 14))) is None


def test_the_clock_is_the_venues_not_this_computers() -> None:
    asuncion = SimpleNamespace(country="PY", city="Asunción", start_date=DAY, end_date=DAY)
    # 12:30 UTC is 09:30 in Asunción (UTC-3 in October).
    assert local_now(asuncion, datetime(2026, 10, 12, 12, 30, tzinfo=UTC)) == _at(9, 30)  # type: ignore[arg-type]
    # A wall-clock time given without a zone is taken as it is.
    assert local_now(asuncion, _at(9, 30)) == _at(9, 30)  # type: ignore[arg-type]
