"""Which column holds what, from the headers, the values under them and the system that
wrote the file; with notes where the values overruled a header or columns compete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.import_plan.columns import ColumnNote, ColumnPlan, plan_columns
    from lacworkshop.services.import_plan.first_session import mark_first_session
    from lacworkshop.services.import_plan.registration_state import (
        registration_state as registration_state_of,
    )

_WHERE = {
    "ColumnNote": "columns",
    "ColumnPlan": "columns",
    "mark_first_session": "first_session",
    "plan_columns": "columns",
    "registration_state_of": "registration_state:registration_state",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "ColumnNote",
    "ColumnPlan",
    "mark_first_session",
    "plan_columns",
    "registration_state_of",
]
