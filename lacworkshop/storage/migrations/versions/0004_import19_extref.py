"""A participation keeps the registration number the platform gave it

Revision ID: 0004_import19_extref
Revises: 0004_team_sync

The next export from the same platform links each registration to the person
already imported from it; a platform's number is never a person's document id.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_import19_extref"
down_revision = "0004_team_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, not a batch copy: recreating participation would cascade-delete
    # its attendance and certificates when foreign keys are on.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("participation")}
    if "external_ref" not in columns:
        op.add_column("participation", sa.Column("external_ref", sa.String(length=120)))
        op.create_index(
            "ix_participation_external_ref", "participation", ["workshop_id", "external_ref"]
        )


def downgrade() -> None:
    op.drop_index("ix_participation_external_ref", table_name="participation")
    # SQLite drops a column in place (3.35 and later), keeping every row that refers here.
    op.execute("ALTER TABLE participation DROP COLUMN external_ref")
