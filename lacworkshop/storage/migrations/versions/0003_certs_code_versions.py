"""A certificate keeps its code across versions; the facts it attests have their own digest

Revision ID: 0003_certs_code_versions
Revises: 0003_demo_flags_gender

Existing rows keep their codes, so every code already printed still verifies:
the code stops being unique on its own (versions share it) and becomes unique
with the version. ``facts_hash`` starts empty on existing rows; issuing compares
them by the name and hours of their snapshot instead.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_certs_code_versions"
down_revision = "0003_demo_flags_gender"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("facts_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.drop_constraint("uq_certificate_code", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_certificate_code_version"), ["code", "version"]
        )
        batch_op.create_index(batch_op.f("ix_certificate_code"), ["code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_code"))
        batch_op.drop_constraint(batch_op.f("uq_certificate_code_version"), type_="unique")
        batch_op.create_unique_constraint("uq_certificate_code", ["code"])
        batch_op.drop_column("facts_hash")
