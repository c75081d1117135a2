"""Open Badges credentials beside the certificates, and the revocation list they point to.

Each certificate version has a stable place (``status_index``) in one
revocation list; revoked and superseded versions have their bit set, so a
credential carried after a correction says it is no longer the current one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.formats.certificates import hours_number
from lacworkshop.formats.credentials import (
    BadgeFacts,
    achievement_credential,
    sign_vc_jwt,
    status_list_credential,
)
from lacworkshop.model import Certificate, CertificateStatus, Participation, SigningKey, Workshop
from lacworkshop.model.base import utcnow
from lacworkshop.services.operations import NO_PROGRESS, OpResult, Progress
from lacworkshop.services.settings import read_setting
from lacworkshop.services.verification.certificate_payload import (
    VERIFY_URL_KEY,
    certified_for,
    next_status_index,
)
from lacworkshop.services.verification.org_keys import Signer, signer
from lacworkshop.storage import Database

STATUS_LIST_NAME = "revocation"
STATUS_LIST_PATH = f"status/{STATUS_LIST_NAME}.jwt"


@dataclass(frozen=True)
class StatusList:
    """The signed revocation list, where it is published, and how many bits it sets."""

    jwt: str
    path: str  # inside the published folder
    url: str
    revoked: int


def _verify_url(session: Session) -> str:
    url = read_setting(session, VERIFY_URL_KEY, "")
    return url if isinstance(url, str) else ""


def issuer_id(session: Session) -> str:
    """The issuer's id: its verification site, else a name made from its first key."""
    url = _verify_url(session)
    if url:
        return urljoin(url, "./")
    first = session.scalar(select(SigningKey.kid).order_by(SigningKey.created_at).limit(1))
    return f"urn:lacworkshop:issuer:{first or 'unkeyed'}"


def status_list_url(session: Session) -> str:
    """Where the revocation list is published: beside verify.html, else a relative path."""
    url = _verify_url(session)
    return urljoin(url, STATUS_LIST_PATH) if url else STATUS_LIST_PATH


def _criteria(cert: Certificate, ws: Workshop, language: str) -> str:
    hours = hours_number(cert.hours) if cert.hours else "0"
    share = round(ws.min_share * 100)
    return doc_text(
        f"badge.criteria.{cert.kind.value}",
        language,
        title=ws.title,
        code=ws.code,
        hours=hours,
        share=share,
    )


@dataclass(frozen=True)
class _Issuer:
    """What every credential of one run shares, looked up once."""

    signer: Signer
    id: str
    list_url: str
    verify_url: str


def _credential(session: Session, cert: Certificate, ws: Workshop, issuer: _Issuer) -> str:
    if cert.status_index is None:  # a certificate from before credentials: placed now
        cert.status_index = next_status_index(session)
        session.flush()
    try:
        name = json.loads(cert.snapshot or "{}").get("name") or ""
    except ValueError:
        name = ""
    certified = certified_for(
        session,
        code=cert.code,
        version=cert.version,
        name=name,
        ws=ws,
        hours=cert.hours,
        kind=cert.kind.value,
    )
    facts = BadgeFacts(
        certified=certified,
        issued_at=cert.issued_at,
        issuer_id=issuer.id,
        criteria=_criteria(cert, ws, cert.language.split("+")[0]),
        status_index=cert.status_index,
        status_list_url=issuer.list_url,
        verify_url=issuer.verify_url,
    )
    return sign_vc_jwt(issuer.signer.private, achievement_credential(facts))


def credentials_for(db: Database, certificate_ids: Iterable[int]) -> dict[int, str]:
    """The signed Open Badges credential (VC-JWT) of each certificate, by certificate id."""
    ids = list(certificate_ids)
    tokens: dict[int, str] = {}
    if not ids:
        return tokens
    with db.session() as session:
        issuer = _Issuer(
            signer(session), issuer_id(session), status_list_url(session), _verify_url(session)
        )
        for start in range(0, len(ids), 500):
            for cert, ws in session.execute(
                select(Certificate, Workshop)
                .join(Participation, Participation.id == Certificate.participation_id)
                .join(Workshop, Workshop.id == Participation.workshop_id)
                .where(Certificate.id.in_(ids[start : start + 500]))
            ):
                tokens[cert.id] = _credential(session, cert, ws, issuer)
    return tokens


def revocation_list(db: Database, progress: Progress = NO_PROGRESS) -> OpResult[StatusList]:
    """The Bitstring Status List credential to publish: bits set for every certificate
    version no longer valid (revoked, or superseded by a newer version)."""
    del progress
    with db.session() as session:
        revoked = list(
            session.scalars(
                select(Certificate.status_index).where(
                    Certificate.status_index.is_not(None),
                    Certificate.status.in_(
                        [CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED]
                    ),
                )
            )
        )
        url = status_list_url(session)
        token = status_list_credential(
            signer(session).private,
            list_url=url,
            issuer_id=issuer_id(session),
            issuer_name=read_setting(session, "organisation.name", "") or "",
            revoked=[i for i in revoked if i is not None],
            issued_at=utcnow(),
        )
    return OpResult(StatusList(token, STATUS_LIST_PATH, url, len(revoked)))
