"""A participation keeps the registration number the platform gave it

Revision ID: 0004_import19_extref
Revises: 0003_certs_code_versions

The next export from the same platform links each registration to the person
already imported from it; a platform's number is never a person's document id.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_import19_extref"
down_revision = "0003_certs_code_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("participation")}
    with op.batch_alter_table("participation", schema=None) as batch_op:
        if "external_ref" not in columns:
            batch_op.add_column(sa.Column("external_ref", sa.String(length=120), nullable=True))
            batch_op.create_index(
                batch_op.f("ix_participation_external_ref"),
                ["workshop_id", "external_ref"],
                unique=False,
            )


def downgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_external_ref"))
        batch_op.drop_column("external_ref")
