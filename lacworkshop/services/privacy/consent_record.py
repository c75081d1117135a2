"""Reading one person's consent record for the editor."""

from __future__ import annotations

from lacworkshop.model import Person
from lacworkshop.services.lookup import require
from lacworkshop.services.privacy.consent import ConsentRecord, scopes_of
from lacworkshop.storage import Database


def consent_record(db: Database, person_id: int) -> ConsentRecord:
    """What the person agreed to, when and to which notice; and when their data was erased."""
    with db.session() as session:
        p = require(session, Person, person_id, "person.gone")
        return ConsentRecord(p.consent_at, p.consent_text, scopes_of(p.consent_scope), p.erased_at)
