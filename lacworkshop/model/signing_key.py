"""The organisation's public signing keys; the private halves never enter the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from lacworkshop.model.base import Base, utcnow


class SigningKey(Base):
    """One Ed25519 public key. Retired keys stay, so what they signed still verifies."""

    __tablename__ = "signing_key"

    kid: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # the raw 32 bytes
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None]
