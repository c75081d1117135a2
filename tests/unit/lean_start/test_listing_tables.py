"""The light tables the workshop list is read through name real columns of the model."""

from __future__ import annotations

import pytest
from sqlalchemy import Table, TableClause

from lacworkshop.model import Base
from lacworkshop.services.workshops import listing


@pytest.mark.parametrize(
    "light", [listing.LISTED_WORKSHOP, listing.LISTED_TRACK, listing.LISTED_PARTICIPATION]
)
def test_light_table_matches_the_mapped_table(light: TableClause) -> None:
    mapped: Table = Base.metadata.tables[light.name]
    for col in light.columns:
        assert col.name in mapped.c, f"{light.name}.{col.name} is not a column of the model"
        # Same kind of value: a date is read as a date, a number as a number.
        assert col.type._type_affinity is mapped.c[col.name].type._type_affinity
