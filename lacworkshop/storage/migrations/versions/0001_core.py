"""Core schema: people, workshops, tracks, slots, participation, attendance, audit, settings

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('family_names', sa.String(length=200), nullable=False),
    sa.Column('preferred_name', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('gender', sa.String(length=60), nullable=True),
    sa.Column('document_id', sa.String(length=60), nullable=True),
    sa.Column('language', sa.Enum('es', 'pt', 'en', 'fr', name='language', native_enum=False, create_constraint=True, length=20), nullable=True),
    sa.Column('consent_at', sa.DateTime(), nullable=True),
    sa.Column('consent_text', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('email_key', sa.String(length=320), nullable=True),
    sa.Column('name_key', sa.String(length=400), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.String(length=400), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_email_key'), ['email_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_sort_key'), ['sort_key'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('series', sa.String(length=200), nullable=True),
    sa.Column('edition', sa.String(length=60), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('host', sa.String(length=300), nullable=True),
    sa.Column('languages', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('draft', 'open', 'running', 'finished', 'cancelled', name='workshopstatus', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('min_share', sa.Float(), nullable=False),
    sa.Column('late_policy', sa.Enum('present', 'fraction', name='latepolicy', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('late_fraction', sa.Float(), nullable=False),
    sa.Column('excused_policy', sa.Enum('present', 'absent', 'exclude', name='excusedpolicy', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('certificate_language', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_workshop_dates_in_order')),
    sa.CheckConstraint('late_fraction >= 0 AND late_fraction <= 1', name=op.f('ck_workshop_late_fraction_is_share')),
    sa.CheckConstraint('min_share >= 0 AND min_share <= 1', name=op.f('ck_workshop_min_share_is_share')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop')),
    sa.UniqueConstraint('code', name=op.f('uq_workshop_code'))
    )
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_series'), ['series'], unique=False)

    op.create_table('track',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_track_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_track')),
    sa.UniqueConstraint('workshop_id', 'name', name=op.f('uq_track_workshop_id_name'))
    )
    with op.batch_alter_table('track', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_track_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('participation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('attendee', 'trainer', 'organiser', 'staff', name='role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('track_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('registered', 'confirmed', 'waitlisted', 'cancelled', name='participationstatus', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('eligibility_override', sa.Boolean(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_participation_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['track_id'], ['track.id'], name=op.f('fk_participation_track_id_track'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participation_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('workshop_id', 'person_id', 'role', name=op.f('uq_participation_workshop_id_person_id_role'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_track_id'), ['track_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('track_id', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('room', sa.String(length=200), nullable=True),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_slot_times_in_order')),
    sa.ForeignKeyConstraint(['track_id'], ['track.id'], name=op.f('fk_slot_track_id_track'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_slot_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slot'))
    )
    with op.batch_alter_table('slot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slot_track_id'), ['track_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_slot_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participation_id', sa.Integer(), nullable=False),
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('mark', sa.Enum('present', 'late', 'excused', 'absent', name='mark', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participation_id'], ['participation.id'], name=op.f('fk_attendance_participation_id_participation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['slot_id'], ['slot.id'], name=op.f('fk_attendance_slot_id_slot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('participation_id', 'slot_id', name=op.f('uq_attendance_participation_id_slot_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_participation_id'), ['participation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_slot_id'), ['slot_id'], unique=False)

    op.create_table('slot_trainer',
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_slot_trainer_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['slot_id'], ['slot.id'], name=op.f('fk_slot_trainer_slot_id_slot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('slot_id', 'person_id', name=op.f('pk_slot_trainer'))
    )


def downgrade() -> None:
    op.drop_table('slot_trainer')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_slot_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_participation_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('slot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slot_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_slot_track_id'))

    op.drop_table('slot')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_participation_track_id'))
        batch_op.drop_index(batch_op.f('ix_participation_person_id'))

    op.drop_table('participation')
    with op.batch_alter_table('track', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_track_workshop_id'))

    op.drop_table('track')
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_series'))

    op.drop_table('workshop')
    op.drop_table('setting')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_sort_key'))
        batch_op.drop_index(batch_op.f('ix_person_name_key'))
        batch_op.drop_index(batch_op.f('ix_person_email_key'))

    op.drop_table('person')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
