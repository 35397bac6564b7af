"""Alembic environment: run against the engine handed over by hhdesk (or the configured URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hhdesk.core.db.models import Base
from hhdesk.core.search import is_search_table

config = context.config
target_metadata = Base.metadata


def _include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # Full-text search tables (and FTS5's shadow tables) are managed by hand, not by autogenerate.
    return not (type_ == "table" and is_search_table(name))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=_include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
