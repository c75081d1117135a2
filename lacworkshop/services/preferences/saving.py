"""Saving the Preferences the database keeps, as one operation.

The organisation's name and logo, how many backups to keep and the
verification address are one OK for the person, so they are one use case:
what can be refused is checked before anything is written, so a refused
address does not leave a new name half saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from lacworkshop.services.data_safety import set_backups_kept
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.organisation import (
    MAX_NAME,
    check_logo,
    clear_organisation_logo,
    set_organisation_logo,
    set_organisation_name,
)
from lacworkshop.services.verification import set_verify_url
from lacworkshop.storage import Database


@dataclass(frozen=True)
class StoredPreferences:
    """What the Preferences dialog stores in the database on OK.

    ``logo`` is only written when ``logo_changed``; None then removes it.
    """

    organisation_name: str
    backups_kept: int
    verify_url: str
    logo: bytes | None = None
    logo_changed: bool = False


def save_preferences(
    db: Database, preferences: StoredPreferences, *, progress: Progress = NO_PROGRESS
) -> OpResult[None]:
    """Check, then store, the organisation's name and logo, backups kept and the address."""
    del progress  # a few settings: nothing to report
    name = " ".join(preferences.organisation_name.split())
    if len(name) > MAX_NAME:
        raise ValidationError(
            "organisation.name_too_long", "organisation_name", length=len(name), limit=MAX_NAME
        )
    if preferences.backups_kept < 1:
        raise ValidationError("backups.keep_one", field="keep")
    if preferences.logo_changed and preferences.logo is not None:
        check_logo(preferences.logo)
    set_verify_url(db, preferences.verify_url)  # checks the address before storing it
    set_organisation_name(db, preferences.organisation_name)
    if preferences.logo_changed:
        if preferences.logo is None:
            clear_organisation_logo(db)
        else:
            set_organisation_logo(db, preferences.logo)
    set_backups_kept(db, preferences.backups_kept)
    return OpResult(None, changes(Change.SETTINGS, Change.TEMPLATES))
