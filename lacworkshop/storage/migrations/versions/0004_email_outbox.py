"""The email outbox: messages queued, being sent, sent and failed

Revision ID: 0004_email_outbox
Revises: 0004_import19_extref
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_email_outbox"
down_revision = "0004_import19_extref"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "email_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=True),
        sa.Column("certificate_code", sa.String(length=40), nullable=True),
        sa.Column("certificate_version", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try", sa.DateTime(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_email_outbox_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_email_outbox_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_email_outbox_certificate_id_certificate"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_email_outbox_idempotency_key")),
        sa.UniqueConstraint("message_id", name=op.f("uq_email_outbox_message_id")),
    )
    with op.batch_alter_table("email_outbox") as batch:
        batch.create_index(batch.f("ix_email_outbox_workshop_id"), ["workshop_id"])
        batch.create_index(batch.f("ix_email_outbox_person_id"), ["person_id"])
        batch.create_index(batch.f("ix_email_outbox_state"), ["state"])


def downgrade() -> None:
    op.drop_table("email_outbox")
