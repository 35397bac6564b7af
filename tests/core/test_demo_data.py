"""The shipped demo agency (resources/demo/demo-agency.json): it imports, it is rich enough, it round-trips,
and scripts/make_demo.py reproduces it byte for byte."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hhdesk.core.db.models import PhoneScreen
from hhdesk.core.interchange import export_data, export_document, import_data
from hhdesk.core.paths import DATABASE_URL_ENV
from hhdesk.core.records import OUTCOMES
from hhdesk.core.services import Services, build_services

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO = REPO_ROOT / "resources" / "demo" / "demo-agency.json"
SCRIPT = REPO_ROOT / "scripts" / "make_demo.py"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def _local_database(monkeypatch: pytest.MonkeyPatch) -> None:
    # build_services would use a shared server named in the environment instead of tmp_path.
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


def _services(folder: Path) -> Services:
    folder.mkdir(parents=True, exist_ok=True)
    return build_services(folder)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    services = _services(tmp_path / "demo")
    import_data(services.engine, DEMO)
    yield services
    services.close()


def test_demo_has_companies_and_positions(demo: Services) -> None:
    companies = demo.companies.list_companies()
    positions = demo.companies.list_positions()
    assert len(companies) >= 5
    assert len(positions) >= 8
    assert all(1 <= len(c.positions) <= 3 for c in companies)
    for company in companies:
        for text in (company.industry, company.city, company.culture, company.core_values,
                     company.leadership_style, company.atmosphere):
            assert text.strip(), f"{company.name} lacks company details"
    for position in positions:
        assert any(s.must_have for s in position.skills), f"{position.title} has no must-have skill"
        assert 3 <= len(position.skills) <= 6
        assert position.budget_min is not None and position.budget_max is not None
        assert position.description and position.selling_points


def test_demo_has_bilingual_candidates(demo: Services) -> None:
    rows = demo.candidates.list_rows()
    assert len(rows) >= 25
    chinese = [r for r in rows if CJK.search(r.full_name)]
    english = [r for r in rows if re.fullmatch(r"[A-Za-z][A-Za-z .'-]+", r.full_name)]
    assert len(chinese) >= 10 and len(english) >= 10
    for row in rows:
        assert row.email.endswith(("@example.com", "@example.cn")), row.email
        candidate = demo.candidates.get(row.id)
        assert len(candidate.skills) >= 4


def test_demo_has_screens_with_every_outcome(demo: Services) -> None:
    with demo.sessions() as s:
        assert s.scalar(select(func.count(PhoneScreen.id))) >= 5
        screens = s.scalars(select(PhoneScreen)).all()
        assert {sc.outcome for sc in screens} == set(OUTCOMES)
        for sc in screens:
            assert sc.assessment.strip() and sc.expected_salary_minor and sc.current_status
            assert sc.outcome != "not_suitable" or sc.outcome_reason.strip()


def test_demo_settings(demo: Services) -> None:
    settings = demo.settings.all()
    assert settings["agency_name"] == "Bridge & Bamboo Search 桥竹猎头"
    assert settings["consultant_name"] == "Mia Zhou 周敏"
    assert settings["phone_region"] == "CN"


def test_demo_matching_separates_strong_and_weak_fits(demo: Services) -> None:
    for position in demo.companies.list_positions():
        ranked = demo.matches.rank(position.id)
        assert ranked[0].result.total >= 80, position.title
        assert any(rc.result.capped_by for rc in ranked), position.title


def test_demo_round_trip(demo: Services, tmp_path: Path) -> None:
    again = tmp_path / "again.json"
    export_data(demo.engine, again)
    second = _services(tmp_path / "second")
    try:
        import_data(second.engine, again)
        first_tables = export_document(demo.engine)["tables"]
        assert first_tables == json.loads(DEMO.read_text(encoding="utf-8"))["tables"]
        assert export_document(second.engine)["tables"] == first_tables
    finally:
        second.close()


def test_make_demo_reproduces_the_committed_file(tmp_path: Path) -> None:
    output = tmp_path / "demo-agency.json"
    env = {k: v for k, v in os.environ.items() if k != DATABASE_URL_ENV}
    result = subprocess.run([sys.executable, str(SCRIPT), str(output)], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == DEMO.read_bytes()
