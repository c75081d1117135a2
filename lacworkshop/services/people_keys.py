"""Keep a Person's derived keys in step with its fields."""

from __future__ import annotations

from lacworkshop.model import Person
from lacworkshop.services.text_keys import email_key, name_key, search_key, sort_key


def refresh_keys(person: Person) -> None:
    """Recompute email_key, name_key, sort_key and search_key from the fields."""
    person.email_key = email_key(person.email)
    person.name_key = name_key(person.given_names, person.family_names)
    person.sort_key = sort_key(person.given_names, person.family_names)
    person.search_key = search_key(
        person.given_names,
        person.family_names,
        person.preferred_name,
        person.email,
        person.organisation,
        person.document_id,
    )
