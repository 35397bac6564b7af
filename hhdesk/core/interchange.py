"""The interchange document: the whole database as one versioned JSON file (see docs/interchange.md).

Rows keep their ids, so ids shown by the command line and in exports stay valid after a round trip.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Engine, Integer, Numeric, String, Table, func, select, text
from sqlalchemy.exc import DBAPIError

from hhdesk.core.db.models import Base
from hhdesk.core.search import reindex_all

FORMAT = "hhdesk-data"
VERSION = 1


class InterchangeError(ValueError):
    """The document cannot be imported; the message says why. Nothing was changed."""


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _decode(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    col_type = table.c[column].type
    try:
        if isinstance(col_type, DateTime):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:  # stored as naive UTC
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            return moment
        if isinstance(col_type, Date):
            return date.fromisoformat(value)
        if isinstance(col_type, Numeric):
            return Decimal(str(value))
        if isinstance(col_type, Boolean):
            if not isinstance(value, bool):
                raise TypeError("expected true or false")
            return value
        if isinstance(col_type, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("expected a whole number")
            return value
        if isinstance(col_type, String) and not isinstance(value, str):
            raise TypeError("expected text")
        if isinstance(col_type, JSON) and not isinstance(value, dict):
            raise TypeError("expected an object")
    except (TypeError, ValueError, InvalidOperation) as exc:
        raise InterchangeError(f"{table.name}.{column}: {value!r} is not valid ({exc}).") from exc
    return value


def export_document(engine: Engine) -> dict[str, Any]:
    """The whole database as a JSON-ready dictionary."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        revision = _revision(conn)
        for table in _tables():
            order = list(table.primary_key.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings()
            tables[table.name] = [{k: _encode(v) for k, v in row.items()} for row in rows]
    return {"format": FORMAT, "version": VERSION, "schema_revision": revision,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"), "tables": tables}


def export_data(engine: Engine, path: Path) -> dict[str, int]:
    """Write the interchange document to ``path`` (atomically); returns row counts per table."""
    document = export_document(engine)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return {name: len(rows) for name, rows in document["tables"].items()}


def read_document(path: Path) -> dict[str, Any]:
    """Load and check an interchange document; :class:`InterchangeError` with a clear message if bad."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InterchangeError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InterchangeError(f"{path} is not a JSON document: {exc}.") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InterchangeError(f"{path} is not an hhdesk data file (format must be {FORMAT!r}).")
    if document.get("version") != VERSION:
        raise InterchangeError(f"Data file version {document.get('version')!r} is not supported (expected {VERSION}).")
    if not isinstance(document.get("tables"), dict):
        raise InterchangeError("The data file has no 'tables' object.")
    known = {t.name: t for t in _tables()}
    for name, rows in document["tables"].items():
        if name not in known:
            raise InterchangeError(f"Unknown table {name!r} in the data file.")
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InterchangeError(f"Table {name!r} must be a list of objects.")
        for row in rows:
            unknown = set(row) - set(known[name].c.keys())
            if unknown:
                raise InterchangeError(f"Unknown column(s) {', '.join(sorted(unknown))} in table {name!r}.")
    return document


def _rows(document: dict[str, Any], table: Table) -> Iterator[dict[str, Any]]:
    for row in document["tables"].get(table.name, []):
        values = {k: _decode(table, k, v) for k, v in row.items()}
        for column in table.c:  # every row carries every column: defaults as the ORM would apply them
            if column.name in values or column.primary_key:
                continue
            if column.default is not None:
                default = column.default.arg
                values[column.name] = default(None) if callable(default) else default
            else:
                values[column.name] = None
        yield values


def import_data(engine: Engine, path: Path, replace: bool = False) -> dict[str, int]:
    """Load an interchange document in one transaction; refuses a non-empty database unless ``replace``."""
    document = read_document(path)
    counts: dict[str, int] = {}
    try:
        with engine.begin() as conn:
            if not replace and any(conn.scalar(select(func.count()).select_from(t)) for t in _tables()):
                raise InterchangeError("The database already holds data; import into an empty data folder "
                                       "or pass --replace to overwrite it.")
            for table in reversed(_tables()):
                conn.execute(table.delete())
            for table in _tables():
                rows = list(_rows(document, table))
                if rows:
                    try:
                        conn.execute(table.insert(), rows)
                    except DBAPIError as exc:
                        # One line naming the table; never the statement or its values (salaries, names).
                        reason = str(exc.orig).splitlines()[0] if exc.orig else exc.__class__.__name__
                        raise InterchangeError(
                            f"Table {table.name!r} is inconsistent ({reason}); nothing was imported.") from None
                counts[table.name] = len(rows)
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn)
            reindex_all(conn)  # the search index follows the imported candidates
    except InterchangeError:
        raise
    except Exception as exc:  # anything else: the transaction rolled back
        raise InterchangeError(f"The data file could not be imported ({exc.__class__.__name__}); "
                               "nothing was changed.") from None
    return counts


def _reset_sequences(conn) -> None:  # noqa: ANN001
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and isinstance(pk[0].type, Integer) and not pk[0].foreign_keys:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"))


def _revision(conn) -> str:  # noqa: ANN001
    try:
        return conn.scalar(text("SELECT version_num FROM alembic_version")) or ""
    except Exception:
        return ""
