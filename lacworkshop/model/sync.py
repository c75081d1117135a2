"""What bundles already brought: the digests of rows merged from other databases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from lacworkshop.model.base import Base, utcnow


class SyncSeen(Base):
    """A bundle row (its identity, values, author and time) already merged or decided.

    Merging the same bundle again finds every row here and changes nothing; a row
    taken as it came also marks our own copy as "theirs, unchanged since".
    """

    __tablename__ = "sync_seen"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncBase(Base):
    """The version of a row last exchanged with another database: what edits start from.

    *ref* is the row's uuid (``workshop:CODE`` for a workshop); *digest* names the
    version a merge took or decided on, or the one first sent out. A bundle row
    carries it as its base, so the other side can tell an edit made on top of
    its own version (taken) from an edit made beside it (a conflict).
    """

    __tablename__ = "sync_base"

    ref: Mapped[str] = mapped_column(String(80), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
