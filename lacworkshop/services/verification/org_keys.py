"""The organisation's signing keys: made on first use, listed, exported and rotated.

Public keys live in the database with their created and retired dates, so a
certificate signed before a rotation still verifies. Only the active key
signs; its private half is in the keyring or the user's key file
(:mod:`key_store`). A private key that went missing is a clear message with
the way out (rotate), never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.errors import UserError
from lacworkshop.formats.credentials import (
    PublicKeyInfo,
    fingerprint,
    key_entry,
    key_id,
    new_private_key,
    raw_public,
)
from lacworkshop.formats.writing import atomic_path
from lacworkshop.model import SigningKey
from lacworkshop.model.base import utcnow
from lacworkshop.services import audit
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.verification.key_store import (
    load_private_key,
    private_key_place,
    store_private_key,
)
from lacworkshop.storage import Database


@dataclass(frozen=True)
class KeyView:
    """One key as Preferences and ``keys show`` present it."""

    kid: str
    fingerprint: str
    created: date
    retired: date | None
    active: bool
    private_place: str | None  # keyring, file, or None: not on this computer


@dataclass(frozen=True)
class Signer:
    """The active key, ready to sign."""

    kid: str
    private: Ed25519PrivateKey


def _info(row: SigningKey) -> PublicKeyInfo:
    return PublicKeyInfo(
        row.kid,
        row.public_key,
        row.created_at.date(),
        row.retired_at.date() if row.retired_at else None,
    )


def _rows(session: Session) -> list[SigningKey]:
    return list(session.scalars(select(SigningKey).order_by(SigningKey.created_at.desc())))


def _active(session: Session) -> SigningKey | None:
    return next((r for r in _rows(session) if r.retired_at is None), None)


def public_keys(session: Session) -> list[PublicKeyInfo]:
    """Every public key of the organisation, newest first, retired ones included."""
    return [_info(r) for r in _rows(session)]


def _make_key(session: Session) -> SigningKey:
    private = new_private_key()
    raw = raw_public(private.public_key())
    kid = key_id(raw)
    store_private_key(kid, private)
    row = SigningKey(kid=kid, public_key=raw, created_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, "create", "signing_key", None, f"Signing key {fingerprint(kid)} made")
    return row


def signer(session: Session) -> Signer:
    """The active key with its private half; made on first use.

    Raises a UserError explaining what to do when the private key is gone.
    """
    row = _active(session) or _make_key(session)
    private = load_private_key(row.kid)
    if private is None or key_id(private.public_key()) != row.kid:
        raise UserError("keys.private_lost", fingerprint=fingerprint(row.kid))
    return Signer(row.kid, private)


def _views(session: Session) -> list[KeyView]:
    active = _active(session)
    return [
        KeyView(
            info.kid,
            info.fingerprint,
            info.created,
            info.retired,
            active is not None and info.kid == active.kid,
            private_key_place(info.kid) if active is not None and info.kid == active.kid else None,
        )
        for info in public_keys(session)
    ]


def show_keys(db: Database, progress: Progress = NO_PROGRESS) -> OpResult[list[KeyView]]:
    """The organisation's keys, newest first; the first key is made when there is none."""
    del progress
    with db.session() as session:
        made = _active(session) is None
        if made:
            _make_key(session)
        views = _views(session)
    return OpResult(views, changes(Change.KEYS) if made else frozenset())


def rotate_key(db: Database, progress: Progress = NO_PROGRESS) -> OpResult[KeyView]:
    """Retire the active key and make a new one: new certificates use it, old ones still verify."""
    del progress
    with db.session() as session:
        old = _active(session)
        if old is not None:
            old.retired_at = utcnow()
            session.flush()
        new = _make_key(session)
        audit.record(
            session,
            "rotate",
            "signing_key",
            None,
            f"Signing key {fingerprint(new.kid)} replaces "
            f"{fingerprint(old.kid) if old is not None else 'none'}",
        )
        view = next(v for v in _views(session) if v.kid == new.kid)
    return OpResult(view, changes(Change.KEYS))


def published_keys(db: Database) -> list[dict[str, object]]:
    """The key list to publish (``keys.json``): every key with its dates, newest first."""
    with db.session() as session:
        if _active(session) is None:
            _make_key(session)
        return [key_entry(info) for info in public_keys(session)]


def public_pem_text(db: Database) -> bytes:
    """Every public key as PEM, the active one first: what a verifier needs for old and new."""
    with db.session() as session:
        if _active(session) is None:
            _make_key(session)
        infos = public_keys(session)
        active = _active(session)
    assert active is not None
    infos.sort(key=lambda i: i.kid != active.kid)
    return b"".join(i.pem() for i in infos)


def export_public_key(db: Database, path: Path, progress: Progress = NO_PROGRESS) -> OpResult[Path]:
    """Write the public keys (PEM) to *path* for publishing or for ``verify --public-key``."""
    del progress
    data = public_pem_text(db)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return OpResult(path, changes(Change.KEYS))
