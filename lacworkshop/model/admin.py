"""The audit log and application settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lacworkshop.model.base import Base, utcnow


class AuditLog(Base):
    """Who changed what and when. No foreign keys: entries outlive their rows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))  # create, update, delete, merge, ...
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str | None] = mapped_column(Text)  # JSON


class Setting(Base):
    """A key and a JSON value: organisation name, import mappings, presets."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
