"""The criteria added for the full match: education and languages, availability and intention, culture
fit, currencies, hybrid work, weights — table-driven in English and Chinese, plus properties."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_matching import cand, crit, pos

from hhdesk.core.matching import (
    DEFAULT_WEIGHTS,
    MUST_HAVE_CAP,
    CandidateProfile,
    PositionProfile,
    SkillRequirement,
    effective_weights,
    score,
)

S = SkillRequirement


@pytest.mark.parametrize(("p", "c", "value", "en", "zh"), [
    (pos(), cand(education_level="master"), None, "Position asks for no education level or languages.",
     "职位未要求学历或语言。"),
    (pos(education_level="bachelor"), cand(), None, "Candidate's education and languages unknown.",
     "候选人学历与语言未知。"),
    (pos(education_level="bachelor"), cand(education_level="master"), 1.0,
     "Master's degree meets the required bachelor's degree.", "硕士，满足本科要求。"),
    (pos(education_level="master"), cand(education_level="bachelor"), 0.5,
     "Bachelor's degree, below the required master's degree.", "本科，低于硕士要求。"),
    (pos(education_level="phd"), cand(education_level="associate"), 0.2,
     "Associate degree, below the required PhD.", "大专，低于博士要求。"),
    (pos(languages=("English", "Japanese")), cand(languages=("English",)), 0.5,
     "Speaks English; lacks Japanese.", "掌握英语；缺少日语。"),
    (pos(education_level="bachelor", languages=("English",)), cand(education_level="bachelor",
                                                                   languages=("Chinese", "English")), 1.0,
     "Bachelor's degree meets the required bachelor's degree; speaks English.", "本科，满足本科要求；掌握英语。"),
    (pos(education_level="master", languages=("German",)), cand(education_level="bachelor", languages=("English",)),
     0.25, "Bachelor's degree, below the required master's degree; lacks German.", "本科，低于硕士要求；缺少德语。"),
])
def test_education_and_languages(p: PositionProfile, c: CandidateProfile, value: float | None, en: str,
                                 zh: str) -> None:
    for lang, text in (("en", en), ("zh", zh)):
        criterion = crit(score(p, c, lang), "education")
        assert criterion.score == (None if value is None else pytest.approx(value))
        assert criterion.explanation == text


@pytest.mark.parametrize(("c", "value", "en", "zh"), [
    (cand(), None, "Availability and intention unknown (no phone screen yet).", "到岗时间与意向未知（尚未电话沟通）。"),
    (cand(current_status="available", intention="interested"), 1.0, "Available now; interested.",
     "可立即到岗；有意向。"),
    (cand(current_status="notice", notice_days=30, intention="considering"), 0.8,
     "30 days' notice; considering.", "通知期 30 天；考虑中。"),
    (cand(current_status="employed", notice_days=60), 0.8, "60 days' notice; intention unknown.",
     "通知期 60 天；意向未知。"),
    (cand(current_status="employed", notice_days=90, intention="interested"), 0.75,
     "90 days' notice; interested.", "通知期 90 天；有意向。"),
    (cand(current_status="employed", notice_days=120), 0.3, "120 days' notice; intention unknown.",
     "通知期 120 天；意向未知。"),
    (cand(current_status="employed", intention="not_interested"), 0.0,
     "Notice period unknown; not interested.", "通知期未知；无意向。"),
    (cand(current_status="unemployed"), 1.0, "Available now; intention unknown.", "可立即到岗；意向未知。"),
])
def test_availability_and_intention(c: CandidateProfile, value: float | None, en: str, zh: str) -> None:
    for lang, text in (("en", en), ("zh", zh)):
        criterion = crit(score(pos(), c, lang), "availability")
        assert criterion.score == (None if value is None else pytest.approx(value))
        assert criterion.explanation == text


def test_culture_fit_names_the_matched_and_the_conflicting() -> None:
    from hhdesk.core.culture import default_culture

    vocabulary = default_culture()
    company = vocabulary.concepts_in("扁平化管理，技术驱动，工程师文化浓厚，节奏快，偶尔加班")
    wants = tuple(c.key for c in vocabulary.concepts()
                  if c.key in vocabulary.concepts_in("希望扁平、技术氛围好，不接受996"))
    assert company and wants
    p, c = pos(culture=company), cand(culture=wants)
    en, zh = crit(score(p, c, "en"), "culture"), crit(score(p, c, "zh"), "culture")
    assert en.score is not None and 0 < en.score < 1  # matched flat + tech, but work-life balance conflicts
    assert "flat" in en.explanation.lower() and "conflict" in en.explanation.lower()
    assert "扁平" in zh.explanation and "冲突" in zh.explanation
    agreeable = crit(score(pos(culture=company), cand(culture=tuple(k for k in wants if k in company))), "culture")
    assert agreeable.score == 1.0


@pytest.mark.parametrize(("p", "c", "en"), [
    (pos(), cand(culture=("flat_hierarchy",)), "Culture fit unknown: the company's culture is not described."),
    (pos(culture=frozenset({"flat_hierarchy"})), cand(), "Culture fit unknown: no culture preferences recorded"),
])
def test_culture_unknown(p: PositionProfile, c: CandidateProfile, en: str) -> None:
    criterion = crit(score(p, c), "culture")
    assert criterion.score is None and criterion.explanation.startswith(en)


def test_salary_in_another_currency_is_converted() -> None:
    p = pos(budget_min_annual=40_000_000, budget_max_annual=60_000_000, currency="CNY")  # ¥400k–600k a year
    usd = cand(expected_annual=7_000_000, currency="USD")  # $70k ≈ ¥504k
    c = crit(score(p, usd), "salary")
    assert c.score == 1.0 and "¥504,000/yr" in c.explanation
    assert crit(score(p, replace(usd, currency="XYZ")), "salary").score is None


def test_hybrid_position_elsewhere() -> None:
    p = pos(city="上海", hybrid=True)
    assert crit(score(p, cand(city="苏州")), "location").score == pytest.approx(0.4)
    assert "hybrid" in crit(score(p, cand(city="苏州")), "location").explanation
    assert crit(score(p, cand(city="苏州", willing_to_relocate=True)), "location").score == pytest.approx(0.7)
    assert crit(score(pos(city="上海"), cand(city="苏州")), "location").score == pytest.approx(0.2)


def test_position_weights_override_the_defaults() -> None:
    p = pos(skills=(S("Python"),), city="上海", weights=(("location", 0.0), ("skills", 50.0)))
    result = score(p, cand(skills=("Python",), city="北京"))
    assert crit(result, "skills").weight == 50.0 and crit(result, "location").weight == 0.0
    assert result.total == 100  # the location no longer counts
    assert score(replace(p, weights=()), cand(skills=("Python",), city="北京")).total < 100
    for bad in ({"luck": 1.0}, {"skills": -1.0}, {"skills": 101.0}, {k: 0.0 for k in DEFAULT_WEIGHTS}):
        with pytest.raises(ValueError):
            effective_weights(bad)


def test_unknown_facts_are_not_zero() -> None:
    known_only_skills = score(pos(skills=(S("Go"),), min_years=3), cand(skills=("Go",)))
    assert known_only_skills.total == 100  # years unknown: not counted against
    assert known_only_skills.known_share == pytest.approx(DEFAULT_WEIGHTS["skills"] / sum(DEFAULT_WEIGHTS.values()))


# -- properties --------------------------------------------------------------------------------------------
SKILLS = ["Python", "Java", "Go", "SQL", "Kubernetes", "React", "Excel", "谈判"]
skill_reqs = st.lists(st.builds(S, st.sampled_from(SKILLS), st.integers(1, 5), st.booleans()), max_size=5)
money = st.one_of(st.none(), st.integers(10_000_00, 2_000_000_00))
profiles = st.builds(
    cand, skills=st.lists(st.sampled_from(SKILLS), max_size=6).map(tuple),
    years_experience=st.one_of(st.none(), st.floats(0, 40).map(lambda y: round(y, 1))),
    city=st.sampled_from([None, "上海", "Beijing", "深圳"]), willing_to_relocate=st.sampled_from([None, True, False]),
    expected_annual=money, bottom_line_annual=money,
    education_level=st.sampled_from(["", "bachelor", "master", "phd"]),
    current_status=st.sampled_from(["", "employed", "available"]),
    notice_days=st.one_of(st.none(), st.integers(0, 180)),
    intention=st.sampled_from(["", "interested", "considering", "not_interested"]))
positions = st.builds(
    pos, skills=skill_reqs.map(tuple), min_years=st.one_of(st.none(), st.integers(0, 10).map(float)),
    max_years=st.one_of(st.none(), st.integers(10, 20).map(float)), city=st.sampled_from([None, "上海", "北京"]),
    budget_min_annual=st.one_of(st.none(), st.integers(100_000_00, 300_000_00)),
    budget_max_annual=st.one_of(st.none(), st.integers(300_000_00, 900_000_00)),
    education_level=st.sampled_from(["", "bachelor", "master"]))


@settings(max_examples=300, deadline=None)
@given(positions, profiles, st.sampled_from(SKILLS))
def test_adding_a_required_skill_never_lowers_the_score(p: PositionProfile, c: CandidateProfile, skill: str) -> None:
    if not any(r.name == skill for r in p.skills):
        return
    before = score(p, c).total
    assert score(p, replace(c, skills=(*c.skills, skill))).total >= before


@settings(max_examples=300, deadline=None)
@given(positions, profiles)
def test_lowering_the_bottom_line_into_the_budget_never_lowers_the_score(p: PositionProfile,
                                                                        c: CandidateProfile) -> None:
    if p.budget_max_annual is None or c.bottom_line_annual is None or c.bottom_line_annual <= p.budget_max_annual:
        return
    into = replace(c, bottom_line_annual=p.budget_max_annual)
    assert score(p, into).total >= score(p, c).total


@settings(max_examples=300, deadline=None)
@given(positions, profiles, st.floats(0, 5))
def test_more_years_inside_the_range_never_lowers_the_score(p: PositionProfile, c: CandidateProfile,
                                                            extra: float) -> None:
    lo, hi, y = p.min_years, p.max_years, c.years_experience
    if y is None or (hi is not None and y + extra > hi):
        return
    assert score(p, replace(c, years_experience=y + extra)).total >= score(p, c).total
    del lo


@settings(max_examples=300, deadline=None)
@given(positions, profiles)
def test_a_missing_must_have_always_caps_the_total(p: PositionProfile, c: CandidateProfile) -> None:
    result = score(p, c)
    if result.capped_by:
        assert result.total <= MUST_HAVE_CAP
    assert 0 <= result.total <= 100 and 0.0 <= result.known_share <= 1.0
