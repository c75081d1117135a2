"""Reports: statistics for funders and attendee lists, as tables and files."""

__all__ = [
    "export_presets",
    "people_export",
    "people_export_certificates",
    "statistics",
    "statistics_report",
    "statistics_rows",
]
