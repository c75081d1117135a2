"""The signed text of a certificate's QR code, and the verification address it may carry."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lacworkshop.errors import Invalid
from lacworkshop.formats.credentials import Certified, qr_text, sign_payload
from lacworkshop.model import Certificate, Workshop
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.settings import get_setting, read_setting, set_setting
from lacworkshop.services.verification.org_keys import Signer
from lacworkshop.storage import Database

VERIFY_URL_KEY = "organisation.verify_url"
ORG_NAME_KEY = "organisation.name"
MAX_URL = 300


def verify_url(db: Database) -> str:
    """The organisation's verification address, or '' when it has none."""
    value = get_setting(db, VERIFY_URL_KEY, "")
    return value if isinstance(value, str) else ""


def verify_url_in(session: Session) -> str:
    """The verification address, read in a session a service already holds."""
    value = read_setting(session, VERIFY_URL_KEY, "")
    return value if isinstance(value, str) else ""


def check_verify_url(url: str) -> str:
    """*url* trimmed when it can serve as a verification address; Invalid says why not."""
    clean = url.strip()
    if not clean:
        return ""
    parts = urlsplit(clean)
    if (
        parts.scheme not in ("https", "http")
        or not parts.netloc
        or parts.fragment
        or len(clean) > MAX_URL
        or any(ch.isspace() for ch in clean)
    ):
        raise Invalid("keys.verify_url", "verify_url", url=clean, limit=MAX_URL)
    return clean


def set_verify_url(db: Database, url: str, progress: Progress = NO_PROGRESS) -> OpResult[str]:
    """Store the verification address new certificates' QR codes point to ('' clears it)."""
    del progress
    clean = check_verify_url(url)
    set_setting(db, VERIFY_URL_KEY, clean)
    return OpResult(clean, changes(Change.SETTINGS))


def issuer_name(session: Session, ws: Workshop) -> str:
    """The organisation's name as the payload states it: its own, else the host's."""
    name = read_setting(session, ORG_NAME_KEY, "")
    return (name if isinstance(name, str) and name else ws.host) or ""


def certified_for(
    session: Session,
    *,
    code: str,
    version: int,
    name: str,
    ws: Workshop,
    hours: float | None,
    kind: str,
) -> Certified:
    """What a certificate attests, in the terms of the payload and the credential."""
    return Certified(
        code=code,
        version=version,
        name=name,
        workshop=ws.code,
        title=ws.title,
        first_day=ws.start_date.isoformat(),
        last_day=ws.end_date.isoformat(),
        hours=None if hours is None else round(float(hours), 2),
        kind=kind,
        issuer=issuer_name(session, ws),
    )


def certificate_qr(
    session: Session,
    signer: Signer,
    *,
    code: str,
    version: int,
    name: str,
    ws: Workshop,
    hours: float | None,
    kind: str,
) -> str:
    """What the QR of this certificate holds: the signed payload, as a URL when one is set."""
    certified = certified_for(
        session, code=code, version=version, name=name, ws=ws, hours=hours, kind=kind
    )
    return qr_text(sign_payload(signer.private, certified), verify_url_in(session))


def next_status_index(session: Session) -> int:
    """The next free place in the revocation list; places are never reused."""
    top = session.scalar(select(func.max(Certificate.status_index)))
    return 0 if top is None else top + 1
