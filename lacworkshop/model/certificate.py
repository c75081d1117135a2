"""Issued certificates, their templates and signatories."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Float, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lacworkshop.model.base import Base, str_enum, utcnow
from lacworkshop.model.enums import CertificateKind, CertificateStatus

if TYPE_CHECKING:
    from lacworkshop.model.participation import Participation


class Certificate(Base):
    """What was issued to whom. Reissue adds a version; nothing is overwritten.

    A certificate keeps its code across versions: a row is one version, so the
    code is unique together with the version, not alone. ``facts_hash`` digests
    what the certificate attests (not its language or template), so a reprint
    in another language is told apart from a change that needs a new version.
    """

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("participation_id", "kind", "version"),
        UniqueConstraint("code", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[CertificateKind] = mapped_column(str_enum(CertificateKind))
    code: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[int] = mapped_column(default=1)
    hours: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str] = mapped_column(String(10), default="es")
    template_name: Mapped[str | None] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON of the printed text
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    # Empty on rows issued before versions kept their code: compared by name and hours.
    facts_hash: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text, default="")  # what the QR code holds
    # Its place in the published revocation list: stable, never reused (0004_verify_keys).
    status_index: Mapped[int | None] = mapped_column(unique=True)
    status: Mapped[CertificateStatus] = mapped_column(
        str_enum(CertificateStatus), default=CertificateStatus.VALID
    )
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id", ondelete="SET NULL")
    )
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(Text)

    participation: Mapped[Participation] = relationship(back_populates="certificates")


class Template(Base):
    """A certificate design; its texts and layout live in a JSON definition."""

    __tablename__ = "template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[CertificateKind] = mapped_column(str_enum(CertificateKind))
    page_size: Mapped[str] = mapped_column(String(10), default="A4")  # A4 | Letter
    orientation: Mapped[str] = mapped_column(String(10), default="landscape")
    definition: Mapped[str] = mapped_column(Text, default="{}")
    background: Mapped[bytes | None] = mapped_column(LargeBinary)
    builtin: Mapped[bool] = mapped_column(default=False)
    is_demo: Mapped[bool] = mapped_column(default=False, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Signatory(Base):
    """Someone whose signature appears on certificates; workshop NULL means any."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    position: Mapped[int] = mapped_column(default=0)
    is_demo: Mapped[bool] = mapped_column(default=False, server_default="0")


class Asset(Base):
    """A stored image or file: a logo, a background, a signature scan."""

    __tablename__ = "asset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    mime: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
