"""phone screen: call-back, follow-up, questions, drafts, fact history

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('screen_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_screen_draft_candidate_id_candidate'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_screen_draft_position_id_position'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screen_draft')),
    sa.UniqueConstraint('candidate_id', name=op.f('uq_screen_draft_candidate_id'))
    )
    op.create_table('fact_confirmation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('screen_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_fact_confirmation_candidate_id_candidate'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['screen_id'], ['phone_screen.id'], name=op.f('fk_fact_confirmation_screen_id_phone_screen'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fact_confirmation'))
    )
    with op.batch_alter_table('fact_confirmation', schema=None) as batch_op:
        batch_op.create_index('ix_fact_confirmation_candidate_field', ['candidate_id', 'field', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_fact_confirmation_screen_id'), ['screen_id'], unique=False)

    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unemployed_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('interview_availability', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('phone_screen', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome_reason_code', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('follow_up_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('candidate_qa', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('unemployed_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('interview_availability', sa.Text(), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('phone_screen', schema=None) as batch_op:
        batch_op.drop_column('interview_availability')
        batch_op.drop_column('unemployed_since')
        batch_op.drop_column('candidate_qa')
        batch_op.drop_column('follow_up_at')
        batch_op.drop_column('outcome_reason_code')

    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_column('interview_availability')
        batch_op.drop_column('unemployed_since')

    with op.batch_alter_table('fact_confirmation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fact_confirmation_screen_id'))
        batch_op.drop_index('ix_fact_confirmation_candidate_field')

    op.drop_table('fact_confirmation')
    op.drop_table('screen_draft')
