"""Autogenerate an Alembic migration from the difference between the models and the migrations.

Usage: python scripts/new_migration.py "add contact wechat" [REVISION_ID]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from hhdesk.core.db.engine import alembic_config, make_engine, upgrade_to_head


def main() -> None:
    message = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}")
        upgrade_to_head(engine)  # compare against the schema the existing migrations build
        command.revision(alembic_config(engine), message=message, autogenerate=True,
                         rev_id=sys.argv[2] if len(sys.argv) > 2 else None)
        engine.dispose()


if __name__ == "__main__":
    main()
