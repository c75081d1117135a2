"""Consent scope per person, and when a person's data was erased

Revision ID: 0003_privacy_consent_erasure
Revises: 0003_demo_flags_gender
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_privacy_consent_erasure"
down_revision = "0003_demo_flags_gender"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("consent_scope", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("erased_at")
        batch.drop_column("consent_scope")
