"""Reading the tables people hand us: guards first, then CSV/text or workbook readers."""

__all__ = [
    "csv_table",
    "header_detection",
    "input_guards",
    "input_limits",
    "sheet_extent",
    "spreadsheet",
    "table_model",
    "text_encoding",
    "xls_extent",
    "zip_guard",
]
