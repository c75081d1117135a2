"""Application settings kept in the database as JSON values."""

from __future__ import annotations

import json
from typing import Any

from lacworkshop.model import Setting
from lacworkshop.storage import Database


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    """The JSON value stored under *key*, or *default*."""
    with db.session() as session:
        row = session.get(Setting, key)
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default


def set_setting(db: Database, key: str, value: Any) -> None:
    """Store *value* (JSON-serialisable) under *key*."""
    with db.session() as session:
        row = session.get(Setting, key)
        text = json.dumps(value, ensure_ascii=False)
        if row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text
