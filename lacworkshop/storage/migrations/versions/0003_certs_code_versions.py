"""A certificate keeps its code across versions; the facts it attests have their own digest

Revision ID: 0003_certs_code_versions
Revises: 0003_privacy_consent_erasure

Existing rows keep their codes, so every code already printed still verifies:
the code stops being unique on its own (versions share it) and becomes unique
with the version. ``facts_hash`` starts empty on existing rows; issuing compares
them by the name and hours of their snapshot instead.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_certs_code_versions"
down_revision = "0003_privacy_consent_erasure"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Looked up rather than assumed: a file put together by hand, or by an older build,
    # may already have some of this; the migration then does only what is missing.
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("certificate")}
    uniques = {u["name"] for u in inspector.get_unique_constraints("certificate")}
    indexes = {i["name"] for i in inspector.get_indexes("certificate")}
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        if "facts_hash" not in columns:
            batch_op.add_column(
                sa.Column("facts_hash", sa.String(length=64), nullable=False, server_default="")
            )
        if "uq_certificate_code" in uniques:
            batch_op.drop_constraint("uq_certificate_code", type_="unique")
        if "uq_certificate_code_version" not in uniques:
            batch_op.create_unique_constraint(
                batch_op.f("uq_certificate_code_version"), ["code", "version"]
            )
        if "ix_certificate_code" not in indexes:
            batch_op.create_index(batch_op.f("ix_certificate_code"), ["code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_code"))
        batch_op.drop_constraint(batch_op.f("uq_certificate_code_version"), type_="unique")
        batch_op.create_unique_constraint("uq_certificate_code", ["code"])
        batch_op.drop_column("facts_hash")
