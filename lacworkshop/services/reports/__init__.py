"""Reports: statistics for funders and attendee lists, as tables and files.

Statistics of a workshop or a series are computed once and shown or written
(``export_statistics_workbook``); attendee lists take the columns, filters and
language the organiser chooses (``export_attendee_list``), with presets saved
by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.reports.attendee_list_export import export_attendee_list
    from lacworkshop.services.reports.export_presets import (
        FUNDER,
        VENUE,
        delete_preset,
        get_preset,
        list_presets,
        save_preset,
    )
    from lacworkshop.services.reports.people_export import (
        DEFAULT_COLUMNS,
        ExportResult,
        PeopleFilter,
        available_fields,
        people_table,
        track_names,
        workshop_language,
    )
    from lacworkshop.services.reports.statistics import (
        list_series,
        series_statistics,
        workshop_statistics,
    )
    from lacworkshop.services.reports.statistics_export import export_statistics_workbook
    from lacworkshop.services.reports.statistics_report import StatsDocument, stats_document
    from lacworkshop.services.reports.statistics_rows import Statistics

_WHERE = {
    "DEFAULT_COLUMNS": "people_export",
    "ExportResult": "people_export",
    "FUNDER": "export_presets",
    "PeopleFilter": "people_export",
    "Statistics": "statistics_rows",
    "StatsDocument": "statistics_report",
    "VENUE": "export_presets",
    "available_fields": "people_export",
    "delete_preset": "export_presets",
    "export_attendee_list": "attendee_list_export",
    "export_statistics_workbook": "statistics_export",
    "get_preset": "export_presets",
    "list_presets": "export_presets",
    "list_series": "statistics",
    "people_table": "people_export",
    "save_preset": "export_presets",
    "series_statistics": "statistics",
    "stats_document": "statistics_report",
    "track_names": "people_export",
    "workshop_language": "people_export",
    "workshop_statistics": "statistics",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "DEFAULT_COLUMNS",
    "FUNDER",
    "VENUE",
    "ExportResult",
    "PeopleFilter",
    "Statistics",
    "StatsDocument",
    "available_fields",
    "delete_preset",
    "export_attendee_list",
    "export_statistics_workbook",
    "get_preset",
    "list_presets",
    "list_series",
    "people_table",
    "save_preset",
    "series_statistics",
    "stats_document",
    "track_names",
    "workshop_language",
    "workshop_statistics",
]
