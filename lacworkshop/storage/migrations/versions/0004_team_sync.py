"""Rows that travel between databases, and edits that cannot overwrite each other

Revision ID: 0004_team_sync
Revises: 0003_certs_code_versions

People, participations, attendance marks, tracks and slots get a stable ``uuid``
(bundles match rows on it across laptops); existing rows get one each here.
People, participations, attendance marks say who changed them last
(``changed_by``); names become unbounded text (PostgreSQL enforces VARCHAR lengths); workshops, people, participations and slots get a ``version``
counter for the optimistic check. ``sync_seen`` keeps the digests of bundle rows
already merged, so the same bundle merged twice changes nothing.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_team_sync"
down_revision = "0003_certs_code_versions"
branch_labels = None
depends_on = None

UUID_TABLES = ("person", "participation", "attendance", "track", "slot")
VERSION_TABLES = ("workshop", "person", "participation", "slot")
CHANGED_BY_TABLES = ("person", "participation", "attendance")
NAME_COLUMNS = ("given_names", "family_names", "preferred_name", "name_key", "sort_key")


def _fill_uuids(table: str) -> None:
    bind = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Integer), sa.column("uuid", sa.String))
    ids = [row[0] for row in bind.execute(sa.select(rows.c.id).where(rows.c.uuid.is_(None)))]
    if ids:
        bind.execute(
            rows.update().where(rows.c.id == sa.bindparam("row_id")).values(uuid=sa.bindparam("new")),
            [{"row_id": row_id, "new": str(uuid.uuid4())} for row_id in ids],
        )


def upgrade() -> None:
    # Looked up rather than assumed: a file put together by hand, or by an older build,
    # may already have some of this; the migration then does only what is missing.
    inspector = sa.inspect(op.get_bind())
    for table in UUID_TABLES:
        columns = {c["name"] for c in inspector.get_columns(table)}
        uniques = {u["name"] for u in inspector.get_unique_constraints(table)}
        with op.batch_alter_table(table, schema=None) as batch_op:
            if "uuid" not in columns:
                batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
            if table in VERSION_TABLES and "version" not in columns:
                batch_op.add_column(
                    sa.Column("version", sa.Integer(), nullable=False, server_default="1")
                )
            if table in CHANGED_BY_TABLES and "changed_by" not in columns:
                batch_op.add_column(sa.Column("changed_by", sa.String(length=200), nullable=True))
            if table == "participation" and "updated_at" not in columns:
                batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        _fill_uuids(table)
        if f"uq_{table}_uuid" not in uniques:
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_uuid"), ["uuid"])
    if "version" not in {c["name"] for c in inspector.get_columns("workshop")}:
        with op.batch_alter_table("workshop", schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    # PostgreSQL enforces VARCHAR lengths (SQLite does not): names of any length fit.
    person_types = {c["name"]: c["type"] for c in sa.inspect(op.get_bind()).get_columns("person")}
    bounded = [c for c in NAME_COLUMNS if not isinstance(person_types.get(c), sa.Text)]
    if bounded:
        with op.batch_alter_table("person", schema=None) as batch_op:
            for column in bounded:
                batch_op.alter_column(column, type_=sa.Text(), existing_type=person_types[column])
    if "sync_seen" not in inspector.get_table_names():
        op.create_table(
            "sync_seen",
            sa.Column("digest", sa.String(length=64), nullable=False),
            sa.Column("seen_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("digest", name=op.f("pk_sync_seen")),
        )


def downgrade() -> None:
    op.drop_table("sync_seen")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("version")
    for table in UUID_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_uuid"), type_="unique")
            batch_op.drop_column("uuid")
            if table in VERSION_TABLES:
                batch_op.drop_column("version")
            if table in CHANGED_BY_TABLES:
                batch_op.drop_column("changed_by")
            if table == "participation":
                batch_op.drop_column("updated_at")
