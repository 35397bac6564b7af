"""Where hhdesk keeps its data: one folder holding the database and the original resume files."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "HHDESK_DATA_DIR"
DATABASE_URL_ENV = "HHDESK_DATABASE_URL"
DB_FILENAME = "hhdesk.sqlite3"
RESUMES_DIRNAME = "resumes"


def default_data_dir() -> Path:
    """The user's data folder, unless ``HHDESK_DATA_DIR`` says otherwise."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("hhdesk", appauthor=False)


def resolve_data_dir(option: str | os.PathLike[str] | None) -> Path:
    """The data folder from the ``--data-dir`` option, the environment, or the platform default; created."""
    path = Path(option).expanduser() if option else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    (path / RESUMES_DIRNAME).mkdir(exist_ok=True)
    return path


def database_url(data_dir: Path) -> str:
    """A local SQLite file in the data folder, or a shared server named by ``HHDESK_DATABASE_URL``."""
    return os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"
