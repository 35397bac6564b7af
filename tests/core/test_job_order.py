"""The job order in full: company profile and contacts, duplicates, positions with every field, deletion."""

from __future__ import annotations

from datetime import date

import pytest

from hhdesk.core.money import parse_salary_range
from hhdesk.core.records import (
    CandidateInput,
    CompanyInput,
    ContactInput,
    KeyFacts,
    PositionInput,
    ScreenInput,
    SkillRequirementInput,
    ValidationError,
)
from hhdesk.core.services import Services
from hhdesk.core.validation import check_phone, check_website, fold_company_name


def test_company_with_two_contacts_round_trips(services: Services) -> None:
    company = services.companies.save_company(CompanyInput(
        name="阿里巴巴", aliases="Alibaba, 阿里", website="www.alibaba.example", culture="客户第一",
        contacts=(ContactInput("王丽", "HRD", "138-0013-8000", "wangli@example.cn", "wl_hr"),
                  ContactInput("Tom Lee", "CTO", "+1 415 555 0142", "TOM@example.com"))))
    again = services.companies.get_company(company.id)
    assert again.aliases == "Alibaba|阿里"
    assert again.website == "https://www.alibaba.example"
    assert [(c.name, c.phone, c.email) for c in again.contacts] == [
        ("王丽", "+86 138 0013 8000", "wangli@example.cn"), ("Tom Lee", "+1 415-555-0142", "TOM@example.com")]
    # Editing keeps contact ids for the contacts that stay, drops the removed one.
    kept = again.contacts[0]
    updated = services.companies.save_company(CompanyInput(name="阿里巴巴", contacts=(kept,)), company.id)
    assert [c.id for c in updated.contacts] == [kept.id]


@pytest.mark.parametrize("contact, message", [
    (ContactInput(""), "has no name"),
    (ContactInput("A", email="not-an-address"), "not an e-mail address"),
    (ContactInput("A", phone="call me"), "not a phone number"),
])
def test_bad_contacts_are_refused_and_nothing_is_saved(services: Services, contact: ContactInput,
                                                       message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        services.companies.save_company(CompanyInput(name="Acme", contacts=(contact,)))
    assert info.value.field == "contacts"
    assert services.companies.list_companies() == []


@pytest.mark.parametrize("website", ["not a site", "http://localhost", "ftp://files.example.com"])
def test_bad_website_is_refused(services: Services, website: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.companies.save_company(CompanyInput(name="Acme", website=website))
    assert info.value.field == "website"


@pytest.mark.parametrize("typed", ["阿里巴巴", "阿里巴巴 ", "ＡＬＩＢＡＢＡ", "alibaba", "阿里巴巴集团有限公司",
                                   "Alibaba Group"])
def test_similar_company_names_are_found(services: Services, typed: str) -> None:
    existing = services.companies.save_company(CompanyInput(name="阿里巴巴", aliases="Alibaba"))
    assert services.companies.similar_companies(typed) == ["阿里巴巴"]
    assert services.companies.similar_companies(typed, exclude_id=existing.id) == []


@pytest.mark.parametrize("name, key", [("Visa", "visa"), ("Acme Co., Ltd.", "acme"),
                                       ("上海某某科技有限公司", "上海某某科技"), ("  Foo   Bar  Inc. ", "foobar")])
def test_fold_company_name(name: str, key: str) -> None:
    assert fold_company_name(name) == key


def test_unrelated_names_are_not_similar(services: Services) -> None:
    services.companies.save_company(CompanyInput(name="阿里巴巴", aliases="Alibaba"))
    assert services.companies.similar_companies("阿里云") == []
    assert services.companies.similar_companies("") == []


def _position(company_id: int, **over: object) -> PositionInput:
    budget = parse_salary_range("30k-45k×14")
    assert budget is not None
    base = dict(company_id=company_id, title="Backend", city="上海", work_mode="hybrid", budget_min=budget.low,
                budget_max=budget.high, min_years=3, max_years=8, department="Payments", schedule="9:30–18:30",
                headcount=2, education_level="bachelor", languages="English, 普通话", priority=1,
                fee_kind="percent", fee_value=22.5, opened_on=date(2026, 11, 1), target_on=date(2027, 1, 31),
                skills=(SkillRequirementInput("Python", 5, True),), selling_points="Greenfield")
    base.update(over)
    return PositionInput(**base)  # type: ignore[arg-type]


def test_position_with_every_field_round_trips(services: Services) -> None:
    company = services.companies.save_company(CompanyInput(name="Acme"))
    saved = services.companies.save_position(_position(company.id))
    again = services.companies.get_position(saved.id)
    assert (again.department, again.schedule, again.headcount, again.education_level, again.languages,
            again.priority, again.fee_kind, again.fee_value, again.opened_on, again.target_on) == (
        "Payments", "9:30–18:30", 2, "bachelor", "English, 普通话", 1, "percent", 22.5, date(2026, 11, 1),
        date(2027, 1, 31))


@pytest.mark.parametrize("over, field", [
    ({"headcount": 0}, "headcount"), ({"priority": 7}, "priority"), ({"fee_value": 120.0}, "fee"),
    ({"fee_kind": "barter"}, "fee_kind"), ({"education_level": "wizard"}, "education_level"),
    ({"target_on": date(2026, 10, 1)}, "target_on"),
])
def test_bad_position_fields_are_refused(services: Services, over: dict, field: str) -> None:
    company = services.companies.save_company(CompanyInput(name="Acme"))
    with pytest.raises(ValidationError) as info:
        services.companies.save_position(_position(company.id, **over))
    assert info.value.field == field
    assert services.companies.list_positions() == []


def test_company_list_rows_and_delete_impact(services: Services) -> None:
    company = services.companies.save_company(CompanyInput(name="Acme", industry="Fintech", city="Shanghai",
                                                           contacts=(ContactInput("Ann"),)))
    open_pos = services.companies.save_position(_position(company.id))
    services.companies.save_position(_position(company.id, title="Closed one", status="closed"))
    candidate = services.candidates.save(CandidateInput(full_name="Li Lei"))
    services.screens.record(ScreenInput(candidate_id=candidate.id, position_id=open_pos.id, facts=KeyFacts()))
    rows = services.companies.list_company_rows()
    assert [(r.name, r.industry, r.city, r.open_positions) for r in rows] == [("Acme", "Fintech", "Shanghai", 1)]
    assert rows[0].last_contact is not None  # the call on its position counts as contact
    impact = services.companies.company_delete_impact(company.id)
    assert (impact.positions, impact.contacts, impact.pipeline_entries) == (2, 1, 1)
    assert services.companies.position_delete_impact(open_pos.id).phone_screens == 1
    services.companies.delete_company(company.id)
    assert services.companies.list_company_rows() == []
    assert services.screens.latest(candidate.id).position_id is None  # the call stays, the position is gone


def test_phone_and_website_normalisation() -> None:
    assert check_phone("p", "021-6123 4567") == "+86 21 6123 4567"
    assert check_website("w", "https://example.com/jobs") == "https://example.com/jobs"


def test_the_agencys_own_skill_spellings_count_in_matching(services: Services) -> None:
    company = services.companies.save_company(CompanyInput(name="Acme"))
    position = services.companies.save_position(PositionInput(
        company_id=company.id, title="LLM engineer", skills=(SkillRequirementInput("大模型微调", 5, True),)))
    candidate = services.candidates.save(CandidateInput(full_name="Li Lei", skills=("LLM fine-tuning",)))
    before = services.matches.score(candidate.id, position.id)
    assert before.capped_by  # two spellings nobody told hhdesk are the same skill
    services.skills.add_alias("大模型微调", "LLM Fine-tuning")
    services.skills.add_alias("LLM fine-tuning", "LLM Fine-tuning")
    after = services.matches.score(candidate.id, position.id)
    assert not after.capped_by and after.total > before.total


def test_saving_a_position_again_with_the_same_skills(services) -> None:  # noqa: ANN001
    """Re-saving unchanged skills (or only their case or weight) updates them in place."""
    from hhdesk.core.records import CompanyInput, PositionInput, SkillRequirementInput

    company = services.companies.save_company(CompanyInput(name="Skills Again Ltd"))
    data = PositionInput(company_id=company.id, title="Engineer",
                         skills=(SkillRequirementInput("Python", 4, True), SkillRequirementInput("SQL", 2)))
    position = services.companies.save_position(data)
    again = services.companies.save_position(data, position.id)
    assert [(s.skill, s.weight, s.must_have) for s in again.skills] == [("Python", 4, True), ("SQL", 2, False)]
    changed = PositionInput(company_id=company.id, title="Engineer",
                            skills=(SkillRequirementInput("sql", 5), SkillRequirementInput("Go", 3)))
    final = services.companies.save_position(changed, position.id)
    assert [(s.skill, s.weight) for s in final.skills] == [("sql", 5), ("Go", 3)]
