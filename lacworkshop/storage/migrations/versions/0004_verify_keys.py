"""The organisation's public signing keys; each certificate's place in the revocation list

Revision ID: 0004_verify_keys
Revises: 0003_certs_code_versions

Only public keys are stored: the private key stays in the system keyring or a
file of the user's, never in the database or its backups. ``status_index``
starts empty on existing certificates; they were signed with the older code
and are verified against the register. A downgrade keeps the public keys.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_verify_keys"
down_revision = "0003_certs_code_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("signing_key"):
        _create_keys_table()
    columns = {c["name"] for c in inspector.get_columns("certificate")}
    if "status_index" not in columns:
        with op.batch_alter_table("certificate", schema=None) as batch_op:
            batch_op.add_column(sa.Column("status_index", sa.Integer(), nullable=True))
            batch_op.create_unique_constraint(
                batch_op.f("uq_certificate_status_index"), ["status_index"]
            )


def _create_keys_table() -> None:
    op.create_table(
        "signing_key",
        sa.Column("kid", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("kid", name=op.f("pk_signing_key")),
    )


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_certificate_status_index"), type_="unique")
        batch_op.drop_column("status_index")
    # The public keys are kept: dropping them would leave every certificate signed so far
    # unverifiable, and an upgrade takes the table back as it is.
