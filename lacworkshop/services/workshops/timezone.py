"""The time zone a workshop's clock times are in, from its country and city.

The tz database lists each country's zones (``zone1970.tab``). A country with
one zone, or whose zones keep the same clock over the workshop's days, needs no
city; otherwise the city must name the zone (Asunción, São Paulo, Mexico City).
When neither settles it the times stay "floating" (local to wherever the
calendar is read), and the caller says so.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lacworkshop.model.text_keys import fold

_SYSTEM_TABLES = (Path("/usr/share/zoneinfo"), Path("/usr/lib/zoneinfo"))


def _table_text() -> str:
    # The tzdata package travels with the wheel on every platform; the system copy is
    # the fallback where the package is absent.
    try:
        return resources.files("tzdata.zoneinfo").joinpath("zone1970.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        for folder in _SYSTEM_TABLES:
            path = folder / "zone1970.tab"
            if path.exists():
                return path.read_text("utf-8")
    return ""


@cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """ISO country code -> the tz database's zones for it, in the table's order."""
    zones: dict[str, list[str]] = defaultdict(list)
    for line in _table_text().splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        for code in parts[0].split(","):
            zones[code].append(parts[2])
    return {code: tuple(names) for code, names in zones.items()}


def _same_clock(names: tuple[str, ...], first: date, last: date) -> bool:
    days = [first + timedelta(days=n) for n in range(min((last - first).days, 60) + 1)]
    try:
        zones = [ZoneInfo(n) for n in names]
    except ZoneInfoNotFoundError:
        return False
    for day in days:
        moment = datetime.combine(day, time(12, 0))
        if len({moment.replace(tzinfo=z).utcoffset() for z in zones}) > 1:
            return False
    return True


def workshop_timezone(country: str | None, city: str | None, first: date, last: date) -> str | None:
    """The IANA zone name for a workshop in *city*, *country*, or None when it cannot tell."""
    if not country:
        return None
    names = country_zones().get(country.strip().upper(), ())
    if not names:
        return None
    if city:
        wanted = fold(city).replace(" ", "")
        for name in names:
            place = fold(name.rsplit("/", 1)[-1].replace("_", " ")).replace(" ", "")
            if place == wanted:
                return name
    if len(names) == 1 or _same_clock(names, first, last):
        return names[0]
    return None
