"""People: the directory, one person's record, their places in workshops, merging.

The directory lists and filters people; a person is created, checked for
duplicates and edited (``PersonData``); participations put people in workshops
with a role and a track; two records of one person are merged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.people.directory import (
        Duplicate,
        PeopleFilter,
        PersonData,
        PersonRow,
        PersonWorkshop,
        count_people,
        create_person,
        distinct_organisations,
        fetch_people,
        find_duplicates,
        get_person,
        normalise,
        person_workshops,
        update_person,
        validate,
    )
    from lacworkshop.services.people.language import guess_language, language_of_country
    from lacworkshop.services.people.merge import (
        MERGE_CHANGES,
        MergeResult,
        merge_people,
        merge_two_people,
    )
    from lacworkshop.services.people.participation import (
        KEEP_AS_IS,
        AddResult,
        ParticipantRow,
        add_participants,
        list_participants,
        restore_participations,
        update_participations,
    )
    from lacworkshop.services.people.place import KEEP, set_place
    from lacworkshop.services.people.refs import participation_id_for, person_id_for
    from lacworkshop.services.people.saving import SavedPerson, save_person

_WHERE = {
    "AddResult": "participation",
    "Duplicate": "directory",
    "KEEP": "place",
    "KEEP_AS_IS": "participation",
    "MERGE_CHANGES": "merge",
    "MergeResult": "merge",
    "ParticipantRow": "participation",
    "PeopleFilter": "directory",
    "PersonData": "directory",
    "PersonRow": "directory",
    "PersonWorkshop": "directory",
    "SavedPerson": "saving",
    "add_participants": "participation",
    "count_people": "directory",
    "create_person": "directory",
    "distinct_organisations": "directory",
    "fetch_people": "directory",
    "find_duplicates": "directory",
    "get_person": "directory",
    "guess_language": "language",
    "language_of_country": "language",
    "list_participants": "participation",
    "merge_people": "merge",
    "merge_two_people": "merge",
    "normalise": "directory",
    "participation_id_for": "refs",
    "person_id_for": "refs",
    "person_workshops": "directory",
    "restore_participations": "participation",
    "save_person": "saving",
    "set_place": "place",
    "update_participations": "participation",
    "update_person": "directory",
    "validate": "directory",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "KEEP",
    "KEEP_AS_IS",
    "MERGE_CHANGES",
    "AddResult",
    "Duplicate",
    "MergeResult",
    "ParticipantRow",
    "PeopleFilter",
    "PersonData",
    "PersonRow",
    "PersonWorkshop",
    "SavedPerson",
    "add_participants",
    "count_people",
    "create_person",
    "distinct_organisations",
    "fetch_people",
    "find_duplicates",
    "get_person",
    "guess_language",
    "language_of_country",
    "list_participants",
    "merge_people",
    "merge_two_people",
    "normalise",
    "participation_id_for",
    "person_id_for",
    "person_workshops",
    "restore_participations",
    "save_person",
    "set_place",
    "update_participations",
    "update_person",
    "validate",
]
