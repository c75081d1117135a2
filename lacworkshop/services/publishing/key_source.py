"""The organisation's public keys as published in ``keys.json``."""

from __future__ import annotations

from lacworkshop.formats.credentials import key_entry
from lacworkshop.services.operations import Changes
from lacworkshop.services.verification import public_keys, show_keys
from lacworkshop.storage import Database


def published_keys(db: Database) -> tuple[list[dict[str, object]], Changes]:
    """Every key the organisation signs or signed with, oldest first, and what changed.

    The first key is made here when there is none yet (as on first issuing), so
    a folder published before any certificate already carries the key to come.
    """
    made = show_keys(db).changes
    with db.session() as session:
        infos = public_keys(session)
    return [key_entry(info) for info in reversed(infos)], made
