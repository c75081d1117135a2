"""The organisation's name and logo, and the logo certificates take from it."""

from __future__ import annotations

import pytest

from lacworkshop.resource_files import resource_path
from lacworkshop.services import organisation
from lacworkshop.services.certificates.templates import design_for, get_template
from lacworkshop.services.errors import ValidationError

SAMPLE = resource_path("templates", "sample-logo.png").read_bytes()
SIGNATURE = resource_path("templates", "sample-signature.png").read_bytes()


def test_name_round_trip_and_limits(db) -> None:  # type: ignore[no-untyped-def]
    assert organisation.organisation_name(db) == ""
    assert organisation.set_organisation_name(db, " Asociación  Núñez\tPeña ") == (
        "Asociación Núñez Peña"
    )
    assert organisation.organisation_name(db) == "Asociación Núñez Peña"
    with pytest.raises(ValidationError) as err:
        organisation.set_organisation_name(db, "é" * 201)
    assert err.value.field == "organisation_name"
    assert organisation.organisation_name(db) == "Asociación Núñez Peña"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"GIF89a....", "PNG or JPEG"),
        (SAMPLE[:80], "cannot be read"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * (organisation.MAX_LOGO_BYTES + 1), "too large"),
    ],
)
def test_logo_refusals_say_why(db, data: bytes, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        organisation.set_organisation_logo(db, data)
    assert why in str(err.value)
    assert organisation.organisation_logo(db) is None


def test_logo_replaces_the_sample_only(db) -> None:  # type: ignore[no-untyped-def]
    classic = get_template(db, "Classic")
    assert design_for(db, classic, None).logos == (SAMPLE,)
    organisation.set_organisation_logo(db, SIGNATURE)
    organisation.set_organisation_logo(db, SIGNATURE)  # replacing keeps one asset
    assert design_for(db, classic, None).logos == (SIGNATURE,)
    no_logo = classic.__class__(name="Plain", definition={**classic.definition, "logos": []})
    assert design_for(db, no_logo, None).logos == ()
    organisation.clear_organisation_logo(db)
    organisation.clear_organisation_logo(db)
    assert design_for(db, classic, None).logos == (SAMPLE,)
