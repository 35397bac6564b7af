"""Alembic environment: run against the engine handed over by hhdesk (or the configured URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hhdesk.core.db.models import Base

config = context.config
target_metadata = Base.metadata


def _include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # Full-text search tables are managed by hand: batch migrations would drop their triggers.
    return not (type_ == "table" and name and name.endswith("_fts"))


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
