"""The publish use case: the static verification folder for the organisation's website."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from lacworkshop.errors import NotFound, UserError, message_text
from lacworkshop.formats.verify_page import data_script, json_bytes, page_html
from lacworkshop.model import Workshop
from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.services.organisation import organisation_name
from lacworkshop.services.publishing.register_index import (
    WorkshopIndex,
    revoked_list,
    superseded_list,
    workshop_index,
)
from lacworkshop.services.publishing.site_folder import write_site
from lacworkshop.services.verification import (
    StatusList,
    public_keys,
    published_keys,
    revocation_list,
)
from lacworkshop.storage import Database

PRIVATE_KEY_LOST = "keys.private_lost"


@dataclass(frozen=True)
class PublishReport:
    """What was published, in counts (the folder holds the rest)."""

    folder: Path
    workshops: tuple[str, ...]
    listed: int
    left_out: int
    revoked: int
    files: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def _chosen_workshops(db: Database, codes: Sequence[str] | None) -> list[WorkshopIndex]:
    with db.session() as session:
        query = select(Workshop).order_by(Workshop.start_date, Workshop.code)
        if codes is not None:
            wanted = {c.strip().upper() for c in codes}
            query = query.where(func.upper(Workshop.code).in_(wanted))
        workshops = list(session.scalars(query))
        if codes is not None:
            missing = {c.strip().upper() for c in codes} - {w.code.upper() for w in workshops}
            if missing:
                raise NotFound("workshop.no_code", code=", ".join(sorted(missing)))
        return [workshop_index(session, w) for w in workshops]


def _status_list(db: Database) -> tuple[StatusList | None, list[str]]:
    """The signed status list of the Open Badges credentials, or why it is left out.

    Signing needs the private key: on a computer without it the page, keys and
    lists are still published (they need none), and the person is told.
    """
    try:
        return revocation_list(db).value, []
    except UserError as exc:
        if exc.key != PRIVATE_KEY_LOST:
            raise
        return None, [message_text("publish.no_status_list", reason=exc.message())]


def publish_site(
    db: Database,
    folder: Path | str,
    workshop_codes: Sequence[str] | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> OpResult[PublishReport]:
    """Write the verification folder for *workshop_codes* (None: every workshop).

    The folder holds ``verify.html``, ``keys.json``, ``revoked.json``, one
    ``workshops/<CODE>.json`` per workshop and ``data.js`` with all of them for a
    page opened from disk. It is replaced whole; the database is not changed.
    """
    target = Path(folder).expanduser()
    progress.report(0, 3)
    indexes = _chosen_workshops(db, workshop_codes)
    if not indexes:
        raise NotFound("publish.no_workshops")
    with db.session() as session:
        first_key = not public_keys(session)
    keys = published_keys(db)  # the first key is made here when there is none yet
    status_list, warnings = _status_list(db)
    with db.session() as session:
        revoked = revoked_list(session)
        superseded = superseded_list(session)
    issuer = organisation_name(db)
    progress.check()
    progress.report(1, 3)
    published = datetime.now(UTC).replace(microsecond=0).isoformat()
    files: dict[str, bytes] = {
        "verify.html": page_html(),
        "keys.json": json_bytes(keys),
        "revoked.json": json_bytes(revoked),
        "superseded.json": json_bytes(superseded),
    }
    for index in indexes:
        files[f"workshops/{index.code}.json"] = json_bytes(index.as_json())
    if status_list is not None:
        files[status_list.path] = status_list.jwt.encode("ascii")
    files["data.js"] = data_script(
        {
            "issuer": issuer,
            "published": published,
            "keys": keys,
            "revoked": revoked,
            "superseded": superseded,
            "workshops": {index.code: index.as_json() for index in indexes},
        }
    )
    progress.check()
    progress.report(2, 3)
    write_site(target, files)
    progress.report(3, 3)
    report = PublishReport(
        folder=target,
        workshops=tuple(index.code for index in indexes),
        listed=sum(len(index.entries) for index in indexes),
        left_out=sum(index.left_out for index in indexes),
        revoked=len(revoked),
        files=tuple(sorted(files)),
        warnings=tuple(warnings),
    )
    return OpResult(report, changes(Change.KEYS) if first_key else NOTHING)
