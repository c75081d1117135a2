"""Recently opened databases, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_databases"
LIMIT = 8


def recent(settings: QSettings) -> list[str]:
    value: object = settings.value(KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []


def remember(settings: QSettings, path: Path) -> list[str]:
    entry = str(Path(path).resolve())
    items = [entry] + [p for p in recent(settings) if p != entry]
    items = items[:LIMIT]
    settings.setValue(KEY, items)
    return items
