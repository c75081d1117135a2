"""Cleared marks and workshop and session edits travel in bundles

Revision ID: 0005_team2_cleared_marks
Revises: 0004_email_outbox

``attendance_cleared`` keeps who cleared a mark and when (one row per cell);
``sync_base`` the version of each row last exchanged, which bundle rows carry as
their base; workshops get ``changed_by``, sessions ``updated_at`` and
``changed_by``, so their edits merge like people's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_team2_cleared_marks"
down_revision = "0004_email_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns added in place: a table rebuild on SQLite would cascade into its dependants.
    op.add_column("workshop", sa.Column("changed_by", sa.String(length=200), nullable=True))
    op.add_column("slot", sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.add_column("slot", sa.Column("changed_by", sa.String(length=200), nullable=True))
    op.create_table(
        "attendance_cleared",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("cleared_at", sa.DateTime(), nullable=False),
        sa.Column("cleared_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_attendance_cleared_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["slot.id"],
            name=op.f("fk_attendance_cleared_slot_id_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_cleared")),
        sa.UniqueConstraint(
            "participation_id",
            "slot_id",
            name=op.f("uq_attendance_cleared_participation_id_slot_id"),
        ),
    )
    op.create_index("ix_attendance_cleared_uuid", "attendance_cleared", ["uuid"], unique=True)
    op.create_index(
        "ix_attendance_cleared_participation_id", "attendance_cleared", ["participation_id"]
    )
    op.create_index("ix_attendance_cleared_slot_id", "attendance_cleared", ["slot_id"])
    op.create_table(
        "sync_base",
        sa.Column("ref", sa.String(length=80), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("ref", name=op.f("pk_sync_base")),
    )


def downgrade() -> None:
    op.drop_table("sync_base")
    op.drop_index("ix_attendance_cleared_slot_id", table_name="attendance_cleared")
    op.drop_index("ix_attendance_cleared_participation_id", table_name="attendance_cleared")
    op.drop_index("ix_attendance_cleared_uuid", table_name="attendance_cleared")
    op.drop_table("attendance_cleared")
    op.drop_column("slot", "changed_by")
    op.drop_column("slot", "updated_at")
    op.drop_column("workshop", "changed_by")
