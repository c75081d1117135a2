"""Writing tables: atomic files, safe cells, CSV and xlsx."""

__all__ = [
    "atomic",
    "cell_safety",
    "csv_file",
    "xlsx_file",
]
