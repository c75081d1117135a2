"""Importing registration lists: reading a table, mapping its columns, the preview, the import."""

__all__ = [
    "apply",
    "duplicates",
    "fields",
    "mapping",
    "names",
    "person_checks",
    "places",
    "preview",
    "rows",
    "text",
    "values",
]
