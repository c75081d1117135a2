"""A workshop's own logo for its badges (else the organisation's logo is printed)."""

from __future__ import annotations

from dataclasses import asdict, replace

from sqlalchemy import select

from lacworkshop.model import Asset
from lacworkshop.services.badges.settings import BadgeSettings, badge_settings, setting_key
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress
from lacworkshop.services.organisation import check_logo
from lacworkshop.services.settings import write_setting
from lacworkshop.storage import Database


def badge_logo_asset(workshop_id: int) -> str:
    return f"badge-logo-{workshop_id}"


def set_badge_logo(
    db: Database, workshop_id: int, data: bytes, progress: Progress = NO_PROGRESS
) -> OpResult[BadgeSettings]:
    """Keep *data* (PNG or JPEG, checked as the organisation's logo is) as the workshop's
    badge logo, replacing an earlier one."""
    del progress
    mime = check_logo(data)
    name = badge_logo_asset(workshop_id)
    settings = replace(badge_settings(db, workshop_id), logo=name)
    with db.session() as session:
        require_workshop(session, workshop_id)
        row = session.scalar(select(Asset).where(Asset.name == name))
        if row is None:
            session.add(Asset(name=name, mime=mime, data=data))
        else:
            row.mime, row.data = mime, data
        write_setting(session, setting_key(workshop_id), asdict(settings))
    return OpResult(settings, frozenset({Change.SETTINGS}))
