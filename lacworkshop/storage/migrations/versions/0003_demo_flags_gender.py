"""Demo rows marked; gender stored as a code, the person's own words kept beside it

Revision ID: 0003_demo_flags_gender
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from lacworkshop.model.gender_words import gender_code_and_text
from lacworkshop.resource_files import resource_path

revision = "0003_demo_flags_gender"
down_revision = "0002"
branch_labels = None
depends_on = None

FLAGGED = ("workshop", "person", "signatory", "template")
# The signatory the demo made for every workshop, as earlier versions wrote it.
DEMO_COORDINATOR = "María Inés Peñalba Ibáñez"


def upgrade() -> None:
    for table in FLAGGED:
        op.add_column(
            table, sa.Column("is_demo", sa.Boolean(), nullable=False, server_default="0")
        )
    op.add_column("person", sa.Column("gender_text", sa.String(length=60), nullable=True))
    conn = op.get_bind()
    _mark_earlier_demo(conn)
    # Values typed before ("Femenino", "male", "F") become codes; anything else is kept
    # as the person's own description.
    typed = conn.execute(
        sa.text("SELECT DISTINCT gender FROM person WHERE gender IS NOT NULL")
    ).scalars()
    for value in list(typed):
        code, own = gender_code_and_text(value)
        conn.execute(
            sa.text("UPDATE person SET gender = :code, gender_text = :own WHERE gender = :value"),
            {"code": code, "own": own, "value": value},
        )


def _mark_earlier_demo(conn: sa.Connection) -> None:
    """Earlier versions filled every new database with the demo, unmarked: find it again.

    The demo's participations (and only the demo's) have the source "demo"; a workshop
    or person with no other participation is the demo's, and so are the signatories of
    those workshops and the demo's coordinator with the sample signature scan.
    """
    conn.execute(
        sa.text(
            "UPDATE workshop SET is_demo = :yes WHERE id IN (SELECT workshop_id FROM participation"
            " GROUP BY workshop_id"
            " HAVING sum(CASE WHEN source = 'demo' THEN 1 ELSE 0 END) = count(*))"
        ),
        {"yes": True},
    )
    conn.execute(
        sa.text(
            "UPDATE person SET is_demo = :yes WHERE id IN (SELECT person_id FROM participation"
            " GROUP BY person_id"
            " HAVING sum(CASE WHEN source = 'demo' THEN 1 ELSE 0 END) = count(*))"
        ),
        {"yes": True},
    )
    conn.execute(
        sa.text(
            "UPDATE signatory SET is_demo = :yes WHERE workshop_id IN"
            " (SELECT id FROM workshop WHERE is_demo)"
        ),
        {"yes": True},
    )
    sample = resource_path("templates", "sample-signature.png").read_bytes()
    conn.execute(
        sa.text(
            "UPDATE signatory SET is_demo = :yes WHERE workshop_id IS NULL AND name = :name"
            " AND signature_image = :sample"
        ),
        {"yes": True, "name": DEMO_COORDINATOR, "sample": sample},
    )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE person SET gender = gender_text WHERE gender = 'self_described'"
        )
    )
    with op.batch_alter_table("person") as batch:
        batch.drop_column("gender_text")
    for table in FLAGGED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("is_demo")
