"""The organisation running the workshops: its name and the logo certificates print.

The logo is an Asset under a fixed name. The built-in certificate templates ask
for the bundled sample logo; once the organisation has a logo of its own it
stands in for the sample, while templates that name another logo keep theirs.
"""

from __future__ import annotations

from sqlalchemy import select

from lacworkshop.formats.pdf import prepare
from lacworkshop.model import Asset
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database

NAME_KEY = "organisation.name"
LOGO_ASSET = "organisation-logo"
MAX_NAME = 200
MAX_LOGO_BYTES = 5 * 1024 * 1024

_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}


def organisation_name(db: Database) -> str:
    value = get_setting(db, NAME_KEY, "")
    return value if isinstance(value, str) else ""


def set_organisation_name(db: Database, name: str) -> str:
    """Store the organisation's name (trimmed); an empty name clears it."""
    clean = " ".join(name.split())
    if len(clean) > MAX_NAME:
        raise ValidationError(
            "organisation.name_too_long", "organisation_name", length=len(clean), limit=MAX_NAME
        )
    set_setting(db, NAME_KEY, clean)
    return clean


def image_mime(data: bytes) -> str | None:
    """image/png or image/jpeg when *data* starts like one, else None."""
    for magic, mime in _SIGNATURES.items():
        if data.startswith(magic):
            return mime
    return None


def organisation_logo(db: Database) -> bytes | None:
    with db.session() as session:
        return session.scalar(select(Asset.data).where(Asset.name == LOGO_ASSET))


def check_logo(data: bytes) -> str:
    """The MIME type of *data* when it can serve as a logo; ValidationError says why not."""
    if not data:
        raise ValidationError("logo.empty", field="logo")
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            "logo.too_large", "logo", size=len(data) // 1024, limit=MAX_LOGO_BYTES // (1024 * 1024)
        )
    mime = image_mime(data)
    if mime is None:
        raise ValidationError("logo.format", field="logo")
    try:
        prepare(data)  # the certificate writer must be able to draw it
    except Exception as exc:  # a damaged image raises whatever its decoder raises
        raise ValidationError("logo.unreadable", field="logo", reason=exc) from exc
    return mime


def set_organisation_logo(db: Database, data: bytes) -> None:
    """Keep *data* (PNG or JPEG) as the organisation's logo, replacing any earlier one."""
    mime = check_logo(data)
    with db.session() as session:
        row = session.scalar(select(Asset).where(Asset.name == LOGO_ASSET))
        if row is None:
            session.add(Asset(name=LOGO_ASSET, mime=mime, data=data))
        else:
            row.mime = mime
            row.data = data


def clear_organisation_logo(db: Database) -> None:
    """Forget the organisation's logo; certificates go back to the sample logo."""
    with db.session() as session:
        row = session.scalar(select(Asset).where(Asset.name == LOGO_ASSET))
        if row is not None:
            session.delete(row)
