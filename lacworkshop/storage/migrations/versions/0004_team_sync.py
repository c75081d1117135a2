"""Rows that travel between databases, and edits that cannot overwrite each other

Revision ID: 0004_team_sync
Revises: 0004_badges_checkin

People, participations, attendance marks, tracks and slots get a stable ``uuid``
(bundles match rows on it across laptops); existing rows get one each here.
People, participations, attendance marks say who changed them last
(``changed_by``); on PostgreSQL names become unbounded text, as SQLite keeps them; workshops, people, participations and slots get a ``version``
counter for the optimistic check. ``sync_seen`` keeps the digests of bundle rows
already merged, so the same bundle merged twice changes nothing.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_team_sync"
down_revision = "0004_badges_checkin"
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
    # No table is rebuilt here: on SQLite a rebuild drops the old table, and with foreign
    # keys on that cascades into every participation, mark and certificate. Columns are
    # added in place and uniqueness is a unique index. Looked up rather than assumed: a
    # file put together by hand may already have some of this.
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table in UUID_TABLES:
        columns = {c["name"] for c in inspector.get_columns(table)}
        indexes = {i["name"] for i in inspector.get_indexes(table)}
        if "uuid" not in columns:
            op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        if table in VERSION_TABLES and "version" not in columns:
            op.add_column(
                table, sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
        if table in CHANGED_BY_TABLES and "changed_by" not in columns:
            op.add_column(table, sa.Column("changed_by", sa.String(length=200), nullable=True))
        if table == "participation" and "updated_at" not in columns:
            op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))
        _fill_uuids(table)
        if f"ix_{table}_uuid" not in indexes:
            op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    if "version" not in {c["name"] for c in inspector.get_columns("workshop")}:
        op.add_column(
            "workshop", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
        )
    if bind.dialect.name == "postgresql":
        # PostgreSQL enforces VARCHAR lengths (SQLite does not): names of any length fit.
        for column in NAME_COLUMNS:
            op.alter_column("person", column, type_=sa.Text())
    if "sync_seen" not in inspector.get_table_names():
        op.create_table(
            "sync_seen",
            sa.Column("digest", sa.String(length=64), nullable=False),
            sa.Column("seen_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("digest", name=op.f("pk_sync_seen")),
        )


def downgrade() -> None:
    # Columns dropped in place (SQLite 3.35+), for the same reason as above.
    op.drop_table("sync_seen")
    op.drop_column("workshop", "version")
    for table in UUID_TABLES:
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        op.drop_column(table, "uuid")
        if table in VERSION_TABLES:
            op.drop_column(table, "version")
        if table in CHANGED_BY_TABLES:
            op.drop_column(table, "changed_by")
        if table == "participation":
            op.drop_column(table, "updated_at")
