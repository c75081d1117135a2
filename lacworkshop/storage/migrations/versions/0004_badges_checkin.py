"""Badges and check-in: a check-in code per participation, and when its badge was printed

Revision ID: 0004_badges_checkin
Revises: 0004_verify_keys

The code is what the badge's QR holds; it is given when a badge is first
printed (existing rows start without one). ``badge_printed_at`` lets "new
arrivals since the last print" find who still has no badge.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_badges_checkin"
down_revision = "0004_verify_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Looked up rather than assumed, as in 0003: a file put together from the current
    # models and stamped older already has the columns; do only what is missing.
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("participation")}
    indexes = {i["name"] for i in inspector.get_indexes("participation")}
    with op.batch_alter_table("participation", schema=None) as batch_op:
        if "checkin_code" not in columns:
            batch_op.add_column(sa.Column("checkin_code", sa.String(length=16), nullable=True))
        if "badge_printed_at" not in columns:
            batch_op.add_column(sa.Column("badge_printed_at", sa.DateTime(), nullable=True))
        if "ix_participation_checkin_code" not in indexes:
            batch_op.create_index(
                batch_op.f("ix_participation_checkin_code"), ["checkin_code"], unique=True
            )


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+): a batch rebuild of participation would drop the
    # old table with foreign keys on, and its cascades would delete every certificate.
    op.drop_index("ix_participation_checkin_code", table_name="participation")
    op.drop_column("participation", "badge_printed_at")
    op.drop_column("participation", "checkin_code")
