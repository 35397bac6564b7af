"""Migrations match the models, the SQLite engine is tuned, and downgrade/upgrade both work."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from hhdesk.core.db.engine import alembic_config, make_engine, open_database, upgrade_to_head
from hhdesk.core.db.models import Base


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'm.sqlite3').as_posix()}"


def _include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    from hhdesk.core.search import is_search_table

    return not (type_ == "table" and is_search_table(name))


def _diff(engine) -> list:  # noqa: ANN001
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True,
                                                         "include_object": _include_object})
        return compare_metadata(context, Base.metadata)


def test_head_matches_models(tmp_path: Path) -> None:
    engine = make_engine(_url(tmp_path))
    try:
        assert _diff(engine) != []  # an empty database differs: the comparison does see tables
        upgrade_to_head(engine)
        assert _diff(engine) == []
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine, _sessions = open_database(_url(tmp_path))
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
            assert conn.scalar(text("PRAGMA foreign_keys")) == 1
            assert conn.scalar(text("PRAGMA synchronous")) == 1  # NORMAL
            assert conn.scalar(text("PRAGMA busy_timeout")) == 5000
    finally:
        engine.dispose()


def test_downgrade_to_base_then_upgrade(tmp_path: Path) -> None:
    engine, _sessions = open_database(_url(tmp_path))
    try:
        cfg = alembic_config(engine)
        head = _revision(engine)
        assert head
        command.downgrade(cfg, "base")
        tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert not tables & set(Base.metadata.tables)
        assert _revision(engine) is None
        command.upgrade(cfg, "head")
        assert _revision(engine) == head
        assert _diff(engine) == []
    finally:
        engine.dispose()


def _revision(engine) -> str | None:  # noqa: ANN001
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
