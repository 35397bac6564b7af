"""Shared fixtures for the core tests: a fresh, migrated database in a temporary data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hhdesk.core.paths import DATABASE_URL_ENV
from hhdesk.core.services import Services, build_services


def make_services(folder: Path) -> Services:
    """Services over a new SQLite database in ``folder`` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    return build_services(folder)


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    built = make_services(tmp_path / "data")
    yield built
    built.close()


@pytest.fixture
def new_services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Services]]:
    """A factory of further, independent data folders under ``tmp_path`` (all closed afterwards)."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    opened: list[Services] = []

    def make(name: str) -> Services:
        opened.append(make_services(tmp_path / name))
        return opened[-1]

    yield make
    for built in opened:
        built.close()
