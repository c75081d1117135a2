"""The organisation's public keys as published in ``keys.json``."""

from __future__ import annotations

from lacworkshop.storage import Database


def published_keys(db: Database) -> list[dict[str, object]]:
    """``[{"kid", "alg", "x", "created", "retired"}]`` for every key the organisation signed with."""
    del db
    return []
