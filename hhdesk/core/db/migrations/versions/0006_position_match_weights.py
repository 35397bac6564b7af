"""position match weights

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.add_column(sa.Column('match_weights', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_column('match_weights')

