"""Importing registration lists: reading a table, mapping its columns, the preview, the import.

A file read by ``formats.reading`` becomes rows; the columns are mapped to fields,
values checked, duplicates found and shown in a preview before anything is
written; the import itself is one transaction, all or nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.importing.apply import (
        ImportSummary,
        import_registrations,
        write_summary_report,
    )
    from lacworkshop.services.importing.fields import (
        FIELDS,
        IGNORE,
        REPEATABLE,
        resolve_suggestions,
        suggest_field,
    )
    from lacworkshop.services.importing.mapping import (
        Layout,
        Mapping,
        apply_overrides,
        check_mapping,
        layout_for,
        remembered_mapping,
    )
    from lacworkshop.services.importing.preview import Preview, build_preview, workshop_tracks
    from lacworkshop.services.importing.rows import Candidate, Decision, Problem
    from lacworkshop.services.importing.text import clean_text
    from lacworkshop.services.importing.values import role_from_text

_WHERE = {
    "Candidate": "rows",
    "Decision": "rows",
    "FIELDS": "fields",
    "IGNORE": "fields",
    "ImportSummary": "apply",
    "Layout": "mapping",
    "Mapping": "mapping",
    "Preview": "preview",
    "Problem": "rows",
    "REPEATABLE": "fields",
    "apply_overrides": "mapping",
    "build_preview": "preview",
    "check_mapping": "mapping",
    "clean_text": "text",
    "import_registrations": "apply",
    "layout_for": "mapping",
    "remembered_mapping": "mapping",
    "resolve_suggestions": "fields",
    "role_from_text": "values",
    "suggest_field": "fields",
    "workshop_tracks": "preview",
    "write_summary_report": "apply",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "FIELDS",
    "IGNORE",
    "REPEATABLE",
    "Candidate",
    "Decision",
    "ImportSummary",
    "Layout",
    "Mapping",
    "Preview",
    "Problem",
    "apply_overrides",
    "build_preview",
    "check_mapping",
    "clean_text",
    "import_registrations",
    "layout_for",
    "remembered_mapping",
    "resolve_suggestions",
    "role_from_text",
    "suggest_field",
    "workshop_tracks",
    "write_summary_report",
]
