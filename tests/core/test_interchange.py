"""The interchange document (hhdesk.core.interchange): round trip, refusal, bad documents, the demo."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hhdesk.app import demo_document_path
from hhdesk.core.interchange import FORMAT, VERSION, InterchangeError, export_data, export_document, import_data
from hhdesk.core.money import Salary
from hhdesk.core.records import (
    CandidateInput,
    CompanyInput,
    KeyFacts,
    PositionInput,
    ScreenInput,
    SkillRequirementInput,
)
from hhdesk.core.services import Services


def _fill(services: Services, tmp_path: Path) -> None:
    company = services.companies.save_company(CompanyInput(name="Acme Robotics", city="Shanghai", culture="Flat"))
    position = services.companies.save_position(PositionInput(
        company_id=company.id, title="Embedded Engineer", city="Shanghai", min_years=2.5, max_years=8.0,
        budget_min=Salary(2_500_000, months=14), budget_max=Salary(3_500_000, months=14),
        skills=(SkillRequirementInput("C++", 5, True), SkillRequirementInput("RTOS", 2))))
    candidate = services.candidates.save(CandidateInput(
        full_name="Quentin Marlowe", email="q.marlowe@example.org", city="上海", years_experience=6.5,
        skills=("C++", "CAN")))
    services.screens.record(ScreenInput(
        candidate_id=candidate.id, position_id=position.id, convenient=None, facts=KeyFacts(
            current_status="employed", expected_salary=Salary(3_300_000, months=14),
            bottom_line=Salary(3_000_000, months=14), willing_to_relocate=False),
        intention="interested", outcome="recommend", assessment="Solid — 很好"))
    resume = tmp_path / "cv.txt"
    resume.write_text("Beatrix Okafor\nbeatrix.okafor@example.com\n", encoding="utf-8")
    assert services.candidates.import_resume(resume).status == "created"
    services.settings.set({"agency_name": "Falcon Talent"})
    services.reports.render(candidate.id, position.id, tmp_path / "report.pdf")


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


@pytest.fixture
def filled(services: Services, tmp_path: Path) -> Services:
    _fill(services, tmp_path)
    return services


def test_round_trip(filled: Services, tmp_path: Path, new_services: Callable[[str], Services]) -> None:
    out = tmp_path / "export.json"
    counts = export_data(filled.engine, out)
    first = json.loads(out.read_text(encoding="utf-8"))
    assert first["format"] == FORMAT and first["version"] == VERSION and first["schema_revision"]
    assert counts["candidate"] == 2 and counts["phone_screen"] == 1 and counts["position_skill"] == 2
    assert sum(counts.values()) == sum(len(rows) for rows in first["tables"].values())
    assert not list(tmp_path.glob(".*.part"))

    fresh = new_services("fresh")
    imported = import_data(fresh.engine, out)
    assert imported == counts
    second = export_document(fresh.engine)
    assert _without_time(second) == _without_time(first)
    candidate = fresh.candidates.get(first["tables"]["candidate"][0]["id"])
    assert candidate.full_name == "Quentin Marlowe"
    assert candidate.facts.bottom_line == Salary(3_000_000, months=14)
    assert candidate.years_experience == 6.5
    assert fresh.screens.latest(candidate.id) is not None
    assert fresh.settings.get("agency_name") == "Falcon Talent"


def test_import_refuses_non_empty_database(filled: Services, tmp_path: Path,
                                           new_services: Callable[[str], Services]) -> None:
    other = new_services("other")
    other.companies.save_company(CompanyInput(name="Only Co"))
    out = tmp_path / "other.json"
    export_data(other.engine, out)
    before = export_document(filled.engine)
    with pytest.raises(InterchangeError, match="already holds data"):
        import_data(filled.engine, out)
    assert _without_time(export_document(filled.engine)) == _without_time(before)

    import_data(filled.engine, out, replace=True)
    assert [c.name for c in filled.companies.list_companies()] == ["Only Co"]
    assert filled.candidates.count() == 0


def _base_document(filled: Services) -> dict[str, Any]:
    return export_document(filled.engine)


def _breakers() -> dict[str, tuple[Any, str]]:
    """name -> (a function changing the document, or raw text; a regex the message must match)."""

    def fmt(d: dict[str, Any]) -> None:
        d["format"] = "something-else"

    def version(d: dict[str, Any]) -> None:
        d["version"] = 99

    def table(d: dict[str, Any]) -> None:
        d["tables"]["spaceship"] = []

    def column(d: dict[str, Any]) -> None:
        d["tables"]["company"][0]["colour"] = "blue"

    def foreign_key(d: dict[str, Any]) -> None:
        d["tables"]["position"][0]["company_id"] = 9999

    def boolean(d: dict[str, Any]) -> None:
        d["tables"]["position_skill"][0]["must_have"] = "yes"

    def date(d: dict[str, Any]) -> None:
        d["tables"]["candidate"][0]["created_at"] = "last tuesday"

    def decimal(d: dict[str, Any]) -> None:
        d["tables"]["candidate"][0]["years_experience"] = "lots"

    def json_list(d: dict[str, Any]) -> None:
        d["tables"]["phone_screen"][0]["candidate_qa"] = [1, 2]

    def no_tables(d: dict[str, Any]) -> None:
        del d["tables"]

    def rows_not_list(d: dict[str, Any]) -> None:
        d["tables"]["company"] = {"id": 1}

    return {
        "not json": ("{this is not json", "not a JSON document"),
        "json list": ("[1, 2, 3]", "not an hhdesk data file"),
        "wrong format": (fmt, "not an hhdesk data file"),
        "wrong version": (version, "version 99 is not supported"),
        "unknown table": (table, "Unknown table 'spaceship'"),
        "unknown column": (column, "Unknown column.*colour.*company"),
        "foreign key": (foreign_key, "inconsistent|FOREIGN KEY"),
        "boolean as yes": (boolean, r"position_skill\.must_have.*'yes'"),
        "bad datetime": (date, r"candidate\.created_at"),
        "bad decimal": (decimal, r"candidate\.years_experience.*'lots'"),
        "json not an object": (json_list, r"phone_screen\.candidate_qa.*expected an object"),
        "no tables": (no_tables, "no 'tables'"),
        "rows not a list": (rows_not_list, "must be a list"),
    }


def _write_bad(filled: Services, path: Path, case: str) -> str:
    change, message = _breakers()[case]
    if isinstance(change, str):
        path.write_text(change, encoding="utf-8")
    else:
        document = _base_document(filled)
        change(document)
        path.write_text(json.dumps(document), encoding="utf-8")
    return message


@pytest.mark.parametrize("case", sorted(_breakers()))
def test_bad_document_is_refused_and_changes_nothing(filled: Services, tmp_path: Path, case: str) -> None:
    path = tmp_path / "bad.json"
    message = _write_bad(filled, path, case)
    before = export_document(filled.engine)

    with pytest.raises(InterchangeError, match=message):
        import_data(filled.engine, path, replace=True)  # even when told to replace, nothing is lost

    assert _without_time(export_document(filled.engine)) == _without_time(before)


@pytest.mark.parametrize("case", sorted(_breakers()))
def test_bad_document_into_empty_database(filled: Services, tmp_path: Path, case: str,
                                          new_services: Callable[[str], Services]) -> None:
    path = tmp_path / "bad.json"
    message = _write_bad(filled, path, case)
    empty = new_services("empty")
    with pytest.raises(InterchangeError, match=message):
        import_data(empty.engine, path)
    assert all(rows == [] for rows in export_document(empty.engine)["tables"].values())


def test_missing_file_is_an_interchange_error(services: Services, tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match="Cannot read"):
        import_data(services.engine, tmp_path / "nowhere.json")


def test_demo_document_imports(services: Services) -> None:
    counts = import_data(services.engine, demo_document_path())
    assert counts["candidate"] >= 25 and counts["company"] >= 5
    assert services.candidates.count() == counts["candidate"]
    assert len(services.companies.list_companies()) == counts["company"]
    positions = services.companies.list_positions()
    assert len(positions) == counts["position"]
    ranked = services.matches.rank(positions[0].id)
    assert len(ranked) == counts["candidate"]


def test_foreign_key_message_is_one_clear_line(filled: Services, tmp_path: Path) -> None:
    document = _base_document(filled)
    document["tables"]["position"][0]["company_id"] = 9999
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        import_data(filled.engine, path, replace=True)
    message = str(info.value)
    assert "\n" not in message.strip()
    assert "position" in message
    assert "Embedded Engineer" not in message and len(message) < 300


def test_text_in_an_integer_column_is_refused(filled: Services, tmp_path: Path,
                                              new_services: Callable[[str], Services]) -> None:
    document = _base_document(filled)
    document["tables"]["candidate"][0]["expected_salary_minor"] = "a lot"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    empty = new_services("empty")
    with pytest.raises(InterchangeError, match="expected_salary_minor"):
        import_data(empty.engine, path)
    assert empty.candidates.count() == 0
