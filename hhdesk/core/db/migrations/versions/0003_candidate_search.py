"""candidate full-text search (SQLite FTS5; nothing on other databases)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from hhdesk.core import search

    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL searches with ILIKE; see hhdesk.core.search
    search.create_index(bind)
    search.reindex_all(bind)


def downgrade() -> None:
    from hhdesk.core import search

    search.drop_index(op.get_bind())
