"""The system descriptions: every file loads, names fields the importer has, and its own
signature headers are recognised as that system and no other."""

from __future__ import annotations

import pytest

from lacworkshop.formats.export_systems import all_systems, recognise, status_meaning
from lacworkshop.formats.export_systems.catalogue import SystemFileError, _parse
from lacworkshop.services.importing.fields import FIELDS, IGNORE

SYSTEMS = [s for s in all_systems() if s.signature]


def test_the_systems_organisers_use_are_all_described() -> None:
    assert {s.name for s in all_systems()} == {
        "Google Forms",
        "Microsoft Forms",
        "Zoom registration report",
        "Indico",
        "Eventbrite",
        "Sympla",
        "Even3",
        "Doity",
        "Moodle participants",
        "Plain spreadsheet",
    }


@pytest.mark.parametrize("system", SYSTEMS, ids=lambda s: s.key)
def test_each_signature_is_recognised_as_its_own_system(system) -> None:  # type: ignore[no-untyped-def]
    assert set(system.columns.values()) <= {*FIELDS, IGNORE}
    headers = sorted(system.signature)
    assert recognise(["Nombre", "Apellido", *headers]).key == system.key


def test_a_list_of_ones_own_is_a_plain_spreadsheet() -> None:
    assert recognise(["Nombre", "Apellidos", "Correo", "País"]).key == "plain"


def test_a_file_naming_an_unknown_field_is_refused() -> None:
    with pytest.raises(SystemFileError, match="unknown fields ticket"):
        _parse("bad", 'name = "Bad"\nsignature = ["X"]\n[columns]\n"Ticket" = "ticket"\n')


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Cancelado", "cancelled"),
        ("Annulée", "cancelled"),
        ("Estornado", "refunded"),
        ("Refunded", "refunded"),
        ("Checked In", "checked_in"),
        ("Aprovado", None),
        ("Attending", None),
    ],
)
def test_status_words_in_the_four_languages(value: str, kind: str | None) -> None:
    meaning = status_meaning(value)
    got = None if meaning is None else (meaning.reason or meaning.kind.value)
    assert got == kind
