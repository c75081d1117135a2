"""Saving one person (new or edited) as one operation, duplicates checked first.

The People page's Save and the command line's ``person add`` both call
:func:`save_person`. Without *allow_duplicates* a person who looks like someone
already in the directory (the same email in another case, the same name and
country) is not saved and the look-alikes come back, so the window can offer to
open or merge them and the command line can list them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.services.people.directory import (
    Duplicate,
    PersonData,
    create_person,
    find_duplicates,
    get_person,
    normalise,
    update_person,
    validate,
)
from lacworkshop.storage import Database


@dataclass(frozen=True)
class SavedPerson:
    """The person saved (None when look-alikes stopped it), with the record before and after.

    ``before`` is None for a new person; ``before`` and ``after`` are what an undo
    and a redo write back.
    """

    person_id: int | None
    duplicates: list[Duplicate] = field(default_factory=list)
    before: PersonData | None = None
    after: PersonData | None = None

    @property
    def refused(self) -> bool:
        """True when look-alikes stopped the save and nothing was written."""
        return self.person_id is None


def save_person(
    db: Database,
    data: PersonData,
    person_id: int | None = None,
    *,
    allow_duplicates: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[SavedPerson]:
    """Create a person (*person_id* None) or save *data* over person *person_id*.

    A field at fault raises ``ValidationError`` naming it before anything is looked up.
    """
    del progress  # one row: nothing to report
    data = normalise(data)
    validate(data)
    duplicates = find_duplicates(db, data, person_id)
    if duplicates and not allow_duplicates:
        return OpResult(SavedPerson(None, duplicates), NOTHING)
    before = get_person(db, person_id) if person_id is not None else None
    if person_id is None:
        person_id = create_person(db, data)
    else:
        update_person(db, person_id, data)
    after = get_person(db, person_id)
    return OpResult(SavedPerson(person_id, duplicates, before, after), changes(Change.PEOPLE))
