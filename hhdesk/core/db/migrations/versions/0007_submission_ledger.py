"""submission ledger

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('submission',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('company_name', sa.String(length=200), nullable=False),
    sa.Column('position_title', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_submission_candidate_id_candidate'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_submission_company_id_company'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_submission_position_id_position'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_submission'))
    )
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.create_index('ix_submission_candidate_company', ['candidate_id', 'company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_submission_position_id'), ['position_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_submission_position_id'))
        batch_op.drop_index('ix_submission_candidate_company')

    op.drop_table('submission')
