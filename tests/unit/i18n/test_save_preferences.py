"""Preferences saved as one operation: all of it, or none of it when something is refused."""

from __future__ import annotations

import pytest

from lacworkshop.resource_files import resource_path
from lacworkshop.services import organisation
from lacworkshop.services.data_safety import backups_kept
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.operations import Change
from lacworkshop.services.preferences import StoredPreferences, save_preferences
from lacworkshop.services.verification import verify_url

SAMPLE = resource_path("templates", "sample-logo.png").read_bytes()
URL = "https://example.org/certificados/verify.html"


def test_everything_is_stored_and_announced(db) -> None:  # type: ignore[no-untyped-def]
    saved = save_preferences(
        db,
        StoredPreferences("  Red Académica  d'Haïti ", 12, URL, SAMPLE, logo_changed=True),
    )
    assert saved.changes == {Change.SETTINGS, Change.TEMPLATES}
    assert organisation.organisation_name(db) == "Red Académica d'Haïti"
    assert organisation.organisation_logo(db) == SAMPLE
    assert backups_kept(db) == 12 and verify_url(db) == URL
    # An untouched logo stays; a removed one goes.
    save_preferences(db, StoredPreferences("Red Académica d'Haïti", 12, URL))
    assert organisation.organisation_logo(db) == SAMPLE
    save_preferences(db, StoredPreferences("Red Académica d'Haïti", 12, URL, logo_changed=True))
    assert organisation.organisation_logo(db) is None


@pytest.mark.parametrize(
    "refused",
    [
        StoredPreferences("Nueva organización", 5, "not an address"),
        StoredPreferences("x" * (organisation.MAX_NAME + 1), 5, URL),
        StoredPreferences("Nueva organización", 0, URL),
        StoredPreferences("Nueva organización", 5, URL, b"not an image", logo_changed=True),
    ],
)
def test_a_refusal_writes_nothing(db, refused: StoredPreferences) -> None:  # type: ignore[no-untyped-def]
    save_preferences(db, StoredPreferences("Organización", 7, ""))
    with pytest.raises(ValidationError):
        save_preferences(db, refused)
    assert organisation.organisation_name(db) == "Organización"
    assert backups_kept(db) == 7 and verify_url(db) == ""
    assert organisation.organisation_logo(db) is None
