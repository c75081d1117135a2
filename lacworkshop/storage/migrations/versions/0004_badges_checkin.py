"""Badges and check-in: a check-in code per participation, and when its badge was printed

Revision ID: 0004_badges_checkin
Revises: 0003_certs_code_versions

The code is what the badge's QR holds; it is given when a badge is first
printed (existing rows start without one). ``badge_printed_at`` lets "new
arrivals since the last print" find who still has no badge.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_badges_checkin"
down_revision = "0003_certs_code_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checkin_code", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("badge_printed_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_participation_checkin_code"), ["checkin_code"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_checkin_code"))
        batch_op.drop_column("badge_printed_at")
        batch_op.drop_column("checkin_code")
