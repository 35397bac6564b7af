"""The same code on a shared PostgreSQL server (opt-in: set HHDESK_TEST_POSTGRES_URL to an empty database).

Example: HHDESK_TEST_POSTGRES_URL=postgresql+psycopg://user:pw@127.0.0.1/hhtest (pip install -e '.[postgres]').
The database is wiped at the start of the test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

URL = os.environ.get("HHDESK_TEST_POSTGRES_URL")
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not URL, reason="HHDESK_TEST_POSTGRES_URL not set")


def test_whole_path_on_postgresql(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine, text

    from hhdesk.core.db.models import Base
    from hhdesk.core.interchange import export_document, import_data
    from hhdesk.core.records import CompanyInput
    from hhdesk.core.services import build_services

    wipe = create_engine(URL)
    with wipe.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    wipe.dispose()

    services = build_services(tmp_path / "data", URL)
    try:
        with services.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    Base.metadata) == []
        counts = import_data(services.engine, ROOT / "resources" / "demo" / "demo-agency.json", replace=True)
        assert counts["candidate"] >= 25
        company = services.companies.save_company(CompanyInput(name="After import"))
        assert company.id == counts["company"] + 1  # sequences continue after the imported ids
        position = services.companies.list_positions()[0]
        ranked = services.matches.rank(position.id)
        assert ranked[0].result.total >= ranked[-1].result.total
        out = tmp_path / "report.pdf"
        services.reports.render(ranked[0].candidate.id, position.id, out, "zh")
        assert out.stat().st_size > 10_000
        assert len(export_document(services.engine)["tables"]["candidate"]) == counts["candidate"]
    finally:
        services.close()
