"""Argument types shared by the commands: dates, clock times, daily blocks, weekdays."""

from __future__ import annotations

import argparse
from datetime import date, time

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def iso_date(text: str) -> date:
    """YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-05-18") from None


def clock_time(text: str) -> time:
    """HH:MM, 24 hours."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 09:00 or 14:30") from None


def block(text: str) -> tuple[time, time]:
    """HH:MM-HH:MM, a daily block of the schedule."""
    parts = text.replace("–", "-").split("-")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"{text!r} is not a block like 09:00-12:30")
    return clock_time(parts[0]), clock_time(parts[1])


def weekdays(text: str) -> list[int]:
    """Comma-separated day names (sat,sun) as numbers, Monday 0."""
    out = []
    for part in text.lower().replace(" ", "").split(","):
        if not part:
            continue
        if part[:3] not in WEEKDAYS:
            raise argparse.ArgumentTypeError(f"{part!r} is not a weekday; use {','.join(WEEKDAYS)}")
        out.append(WEEKDAYS.index(part[:3]))
    return out


def share(text: str) -> float:
    """A share as 0.75 or 75%."""
    raw = text.strip()
    try:
        value = float(raw.rstrip("%")) / (100 if raw.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share like 0.75 or 75%") from None
    return value
