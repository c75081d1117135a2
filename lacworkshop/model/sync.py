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
