"""Who is editing: stamped on the rows people change, shown beside a merge conflict."""

from __future__ import annotations

import getpass
import os
import socket
from typing import Any

from sqlalchemy.orm import Session

ENV_VAR = "LACWORKSHOP_ACTOR"
_actor: list[str | None] = [None]


def current_actor() -> str:
    """``user@computer`` (or LACWORKSHOP_ACTOR, or what set_actor chose)."""
    if _actor[0] is not None:
        return _actor[0]
    env = os.environ.get(ENV_VAR)
    if env:
        return env[:200]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system (containers)
        user = "?"
    return f"{user}@{socket.gethostname()}"[:200]


def set_actor(name: str | None) -> None:
    """Sign the following edits as *name* (None: back to user@computer)."""
    _actor[0] = name


def keep_author(row: object) -> None:
    """Let *row* keep the ``changed_by`` set on it (a merged row keeps who changed it)."""
    row._keep_author = True  # type: ignore[attr-defined]


def stamp_changed_by(session: Session, _context: Any, _instances: Any) -> None:
    """before_flush: rows that have a ``changed_by`` and are new or edited get the actor."""
    actor = current_actor()
    for obj in (*session.new, *session.dirty):
        if not hasattr(obj, "changed_by"):
            continue
        # A row merged from a bundle keeps the author it came with.
        if getattr(obj, "_keep_author", False):
            continue
        if obj in session.new or session.is_modified(obj, include_collections=False):
            obj.changed_by = actor
