"""What a column's values look like, whatever its header says: emails, full names,
countries, phones, dates, ids, empty or constant. Pure functions over cell values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.column_profiles.fit import IDENTIFYING, contradicts, fit_share
    from lacworkshop.formats.column_profiles.profile import (
        ColumnProfile,
        profile_column,
        profile_table,
    )
    from lacworkshop.formats.column_profiles.value_kinds import fold, is_date

_WHERE = {
    "ColumnProfile": "profile",
    "IDENTIFYING": "fit",
    "contradicts": "fit",
    "fit_share": "fit",
    "fold": "value_kinds",
    "is_date": "value_kinds",
    "profile_column": "profile",
    "profile_table": "profile",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "IDENTIFYING",
    "ColumnProfile",
    "contradicts",
    "fit_share",
    "fold",
    "is_date",
    "profile_column",
    "profile_table",
]
