"""docs/interchange.md describes every table and column of the data file, in the export order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Table

from hhdesk.core.db.models import Base
from hhdesk.core.search import is_search_table

DOC = (Path(__file__).resolve().parents[1] / "docs" / "interchange.md").read_text(encoding="utf-8")
TABLES = [t for t in Base.metadata.sorted_tables if not is_search_table(t.name)]
MONEY_PARTS = ("currency", "period", "months")  # documented grouped: `X_minor`, `_currency`, `_period`, `_months`


def _table_sections() -> dict[str, str]:
    """Table name -> the text under its ``### `name` `` heading, up to the next heading."""
    blocks = re.split(r"^(?=#{1,3} )", DOC, flags=re.M)
    return {m.group(1): block for block in blocks if (m := re.match(r"### `(\w+)`", block))}


def _documented_columns(section: str) -> set[str]:
    """The names in backticks in the first cell of the section's table rows."""
    cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return {name for cell in cells for name in re.findall(r"`(\w+)`", cell)}


def _is_documented(column: str, names: set[str]) -> bool:
    prefix, _, part = column.rpartition("_")
    return column in names or (part in MONEY_PARTS and f"{prefix}_minor" in names and f"_{part}" in names)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_column_is_documented(table: Table) -> None:
    section = _table_sections().get(table.name)
    assert section is not None, f"no '### `{table.name}`' section in docs/interchange.md"
    names = _documented_columns(section)
    missing = [c.name for c in table.c if not _is_documented(c.name, names)]
    assert not missing, f"{table.name}: columns not in its table in docs/interchange.md: {missing}"
    unknown = {n for n in names if not n.startswith("_")} - set(table.c.keys())
    assert not unknown, f"{table.name}: docs/interchange.md lists columns the table does not have: {unknown}"


def test_export_order_lists_every_table_in_order() -> None:
    listing = re.search(r"Export order in version 1:\n\n((?:(?:\d+\.| {2}) .*\n)+)", DOC)
    assert listing is not None, "no 'Export order in version 1' list in docs/interchange.md"
    assert re.findall(r"`(\w+)`", listing.group(1)) == [t.name for t in TABLES]
