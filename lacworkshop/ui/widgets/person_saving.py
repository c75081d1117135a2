"""Saving a person from a form: check the fields, warn about duplicates, then save."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from lacworkshop.services.errors import ServiceError
from lacworkshop.services.people import PersonData, save_person
from lacworkshop.storage import Database
from lacworkshop.ui.dialogs import duplicate_warning
from lacworkshop.ui.dialogs.merge_people import MergePeopleDialog
from lacworkshop.ui.widgets.person_form import PersonForm


@dataclass(frozen=True)
class SaveOutcome:
    saved_id: int | None = None  # the person saved (created or updated)
    open_id: int | None = None  # the person asked to be opened instead
    kept_id: int | None = None  # after a merge, the record that remains
    before: PersonData | None = None  # the record as it was (for undo)
    after: PersonData | None = None  # the record as saved (for redo)


def save_from_form(
    parent: QWidget, db: Database, form: PersonForm, person_id: int | None
) -> SaveOutcome | None:
    """None when nothing was saved (a field error, or the person cancelled)."""
    data = form.data()
    choice = duplicate_warning.SAVE
    other: int | None = None
    try:
        result = save_person(db, data, person_id)
        form.errors.clear()
        if result.value.refused:
            dialog = duplicate_warning.DuplicateWarningDialog(result.value.duplicates, parent)
            if not dialog.exec() or dialog.choice is None:
                return None
            choice, other = dialog.choice, dialog.person_id
            if choice == duplicate_warning.OPEN:
                return SaveOutcome(open_id=other)
            result = save_person(db, data, person_id, allow_duplicates=True)
    except ServiceError as exc:
        form.show_error(getattr(exc, "field", None), str(exc))
        return None
    saved = result.value
    assert saved.person_id is not None
    if choice == duplicate_warning.MERGE and other is not None:
        merge = MergePeopleDialog(db, other, saved.person_id, parent)
        if merge.exec() and merge.result_ is not None:
            return SaveOutcome(saved_id=saved.person_id, kept_id=merge.result_.kept_id)
    return SaveOutcome(saved_id=saved.person_id, before=saved.before, after=saved.after)
