"""What a column's values look like, whatever its header says: emails, full names,
countries, phones, dates, ids, empty or constant. Pure functions over cell values."""

from lacworkshop.formats.column_profiles.fit import contradicts, fit_share
from lacworkshop.formats.column_profiles.profile import ColumnProfile, profile_column, profile_table

__all__ = ["ColumnProfile", "contradicts", "fit_share", "profile_column", "profile_table"]
