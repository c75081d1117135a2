"""The models and the migrations describe the same schema.

A column added to a model without its migration (or the other way round) would
work in tests that build tables from the models and break on a user's file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData

from lacworkshop.model import Base
from lacworkshop.storage import open_database


def _differences(db_path: Path, metadata: MetaData) -> list[Any]:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, metadata))
    finally:
        db.close()


def test_a_migrated_file_matches_the_models(tmp_path: Path) -> None:
    assert _differences(tmp_path / "schema.sqlite3", Base.metadata) == []


def test_the_comparison_sees_a_column_missing_from_the_migrations(tmp_path: Path) -> None:
    drifted = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(drifted)
    drifted.tables["person"].append_column(Column("shoe_size", Integer))
    differences = _differences(tmp_path / "schema.sqlite3", drifted)
    assert [(d[0], d[3].name) for d in differences] == [("add_column", "shoe_size")]
