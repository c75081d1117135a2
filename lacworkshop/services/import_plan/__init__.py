"""Which column holds what, from the headers, the values under them and the system that
wrote the file; with notes where the values overruled a header or columns compete."""

from lacworkshop.services.import_plan.columns import ColumnNote, ColumnPlan, plan_columns

__all__ = ["ColumnNote", "ColumnPlan", "plan_columns"]
