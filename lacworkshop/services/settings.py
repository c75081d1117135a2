"""Application settings kept in the database as JSON values.

``read_setting``/``write_setting`` work inside a session a service already
holds (so a setting changes in the same unit of work as the rows it goes
with); ``get_setting``/``set_setting`` open their own.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from lacworkshop.model import Setting
from lacworkshop.storage import Database


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    """The JSON value stored under *key*, or *default* when there is none or it is unreadable."""
    row = session.get(Setting, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def write_setting(session: Session, key: str, value: Any) -> None:
    """Store *value* (JSON-serialisable) under *key*, replacing what was there."""
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    """The JSON value stored under *key*, or *default*."""
    with db.session() as session:
        return read_setting(session, key, default)


def set_setting(db: Database, key: str, value: Any) -> None:
    """Store *value* (JSON-serialisable) under *key*."""
    with db.session() as session:
        write_setting(session, key, value)
