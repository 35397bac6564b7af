"""Tests for the match engine (hhdesk.core.matching)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hhdesk.core.matching import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    CandidateProfile,
    MatchResult,
    PositionProfile,
    SkillRequirement,
    normalise_skill,
    score,
)

S = SkillRequirement


def pos(**kw: object) -> PositionProfile:
    base: dict[str, object] = dict(skills=(), min_years=None, max_years=None, city=None)
    base.update(kw)
    return PositionProfile(**base)  # type: ignore[arg-type]


def cand(**kw: object) -> CandidateProfile:
    base: dict[str, object] = dict(skills=(), years_experience=None, city=None)
    base.update(kw)
    return CandidateProfile(**base)  # type: ignore[arg-type]


def crit(result: MatchResult, key: str):
    return next(c for c in result.criteria if c.key == key)


FOUR_SKILLS = (S("Python"), S("Django"), S("PostgreSQL"), S("Kubernetes"))
SALARY_POS = pos(budget_min_annual=30_000_000, budget_max_annual=42_000_000)

# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Python", "python"),
        ("  PYTHON ", "python"),
        ("ＰＹＴＨＯＮ", "python"),
        ("Machine   Learning", "machine learning"),
        ("ML", "machine learning"),
        ("机器学习", "machine learning"),
        ("JS", "javascript"),
        ("k8s", "kubernetes"),
        ("Golang", "go"),
        ("py", "python"),
        ("Postgres", "postgresql"),
        ("ｊｓ", "javascript"),
        ("C++", "c++"),
    ],
)
def test_normalise_skill(raw: str, expected: str) -> None:
    assert normalise_skill(raw) == expected


def test_skill_weight_validated() -> None:
    with pytest.raises(ValueError):
        SkillRequirement("Python", weight=0)
    with pytest.raises(ValueError):
        SkillRequirement("Python", weight=6)


# ---------------------------------------------------------------- skills


@pytest.mark.parametrize(
    ("skills", "have", "expected", "en", "zh"),
    [
        (FOUR_SKILLS, ("python", "DJANGO", "postgres"), 0.75,
         "Covers 3 of 4 required skills (75% of weight); missing: Kubernetes.",
         "覆盖 4 项要求技能中的 3 项（权重 75%）；缺少：Kubernetes。"),
        (FOUR_SKILLS, ("Python", "Django", "PostgreSQL", "k8s"), 1.0,
         "Covers all 4 required skills.", "覆盖全部 4 项要求技能。"),
        ((S("Python", 5), S("Go", 1)), ("ＰＹＴＨＯＮ",), 5 / 6,
         "Covers 1 of 2 required skills (83% of weight); missing: Go.",
         "覆盖 2 项要求技能中的 1 项（权重 83%）；缺少：Go。"),
        ((S("Go"), S("Rust")), (), 0.0,
         "Covers 0 of 2 required skills (0% of weight); missing: Go, Rust.",
         "覆盖 2 项要求技能中的 0 项（权重 0%）；缺少：Go、Rust。"),
        ((), ("Python",), None, "No skills specified.", "职位未指定技能要求。"),
    ],
)
def test_skills(skills, have, expected, en, zh) -> None:
    for lang, text in (("en", en), ("zh", zh)):
        c = crit(score(pos(skills=skills), cand(skills=have), lang), "skills")
        assert c.score == (None if expected is None else pytest.approx(expected))
        assert c.explanation == text
        assert c.weight == DEFAULT_WEIGHTS["skills"]


def test_duplicate_requirements_merge() -> None:
    p = pos(skills=(S("JS", 2), S("JavaScript", 4), S("Go", 4)))
    c = crit(score(p, cand(skills=("javascript",))), "skills")
    assert c.score == pytest.approx(0.5)


# ---------------------------------------------------------------- must-have cap


def test_must_have_caps_total() -> None:
    p = pos(skills=(S("Python", 5), S("Kubernetes", 1, must_have=True)), min_years=3, max_years=6,
            city="上海")
    c = cand(skills=("python",), years_experience=5, city="Shanghai")
    r = score(p, c)
    assert r.capped_by == ("Kubernetes",)
    assert r.total == 40  # uncapped would be well above 40
    assert "must-have: Kubernetes" in crit(r, "skills").explanation
    assert "必备：Kubernetes" in crit(score(p, c, "zh"), "skills").explanation
    full = score(p, replace(c, skills=("python", "K8S")))
    assert full.capped_by == () and full.total == 100


def test_must_have_cap_keeps_lower_totals() -> None:
    p = pos(skills=(S("Go", 5, must_have=True), S("Rust", 1)))
    r = score(p, cand(skills=("rust",)))
    assert r.capped_by == ("Go",)
    assert r.total == 17  # 1/6 of the weight, already below the cap
    r2 = score(p, cand(skills=()))
    assert r2.total == 0 and r2.capped_by == ("Go",)


# ---------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("lo", "hi", "years", "expected", "en", "zh"),
    [
        (3, 6, 5, 1.0, "5 years of experience, within the required 3–6 years.",
         "5 年经验，符合要求的 3–6 年。"),
        (3, 6, 3, 1.0, "3 years of experience, within the required 3–6 years.",
         "3 年经验，符合要求的 3–6 年。"),
        (4, 8, 3, 0.5, "3 years of experience, below the required 4–8 years.",
         "3 年经验，低于要求的 4–8 年。"),
        (4, None, 2, 0.0, "2 years of experience, below the required minimum of 4 years.",
         "2 年经验，低于要求的至少 4 年。"),
        (4, None, 1, 0.0, "1 year of experience, below the required minimum of 4 years.",
         "1 年经验，低于要求的至少 4 年。"),
        (3, 6, 8, 0.8, "8 years of experience, above the required 3–6 years (may be overqualified).",
         "8 年经验，超出要求的 3–6 年（可能资历过高）。"),
        (None, 5, 20, 0.6,
         "20 years of experience, above the preferred maximum of 5 years (may be overqualified).",
         "20 年经验，超出要求的至多 5 年（可能资历过高）。"),
        (None, 5, 2.5, 1.0, "2.5 years of experience, within the preferred maximum of 5 years.",
         "2.5 年经验，符合要求的至多 5 年。"),
        (None, None, 5, None, "Position specifies no experience range.", "职位未规定经验年限。"),
        (3, 6, None, None, "Candidate's years of experience unknown.", "候选人工作年限未知。"),
    ],
)
def test_years(lo, hi, years, expected, en, zh) -> None:
    for lang, text in (("en", en), ("zh", zh)):
        c = crit(score(pos(min_years=lo, max_years=hi), cand(years_experience=years), lang), "years")
        assert c.score == (None if expected is None else pytest.approx(expected))
        assert c.explanation == text


# ---------------------------------------------------------------- salary


@pytest.mark.parametrize(
    ("position", "candidate", "expected", "en", "zh"),
    [
        (SALARY_POS, cand(expected_annual=40_000_000), 1.0,
         "Expects ¥400,000/yr, within the budget up to ¥420,000/yr.",
         "期望 ¥400,000/年，在预算上限 ¥420,000/年 以内。"),
        (SALARY_POS, cand(expected_annual=25_000_000), 1.0,
         "Expects ¥250,000/yr, below the budget floor ¥300,000/yr.",
         "期望 ¥250,000/年，低于预算下限 ¥300,000/年。"),
        (SALARY_POS, cand(expected_annual=48_000_000, bottom_line_annual=42_000_000), 0.6,
         "Expects ¥480,000/yr, above the budget ceiling ¥420,000/yr, but bottom line ¥420,000/yr fits "
         "(negotiable).",
         "期望 ¥480,000/年 高于预算上限 ¥420,000/年，但底线 ¥420,000/年 在预算内（可谈）。"),
        (SALARY_POS, cand(bottom_line_annual=40_000_000), 0.6,
         "Bottom line ¥400,000/yr fits the budget ceiling ¥420,000/yr; expectation unknown (negotiable).",
         "底线 ¥400,000/年 在预算上限 ¥420,000/年 以内；期望未知（可谈）。"),
        (SALARY_POS, cand(expected_annual=52_500_000), 0.0,
         "Expectation ¥525,000/yr is 25% above the budget ceiling ¥420,000/yr.",
         "期望 ¥525,000/年 比预算上限 ¥420,000/年 高 25%。"),
        (SALARY_POS, cand(expected_annual=60_000_000, bottom_line_annual=50_400_000), 0.0,
         "Bottom line ¥504,000/yr is 20% above the budget ceiling ¥420,000/yr.",
         "底线 ¥504,000/年 比预算上限 ¥420,000/年 高 20%。"),
        (pos(budget_min_annual=30_000_000), cand(expected_annual=90_000_000), 1.0,
         "Expectation ¥900,000/yr; the budget has no ceiling.", "期望 ¥900,000/年；预算无上限。"),
        (pos(budget_min_annual=30_000_000), cand(bottom_line_annual=35_000_000), 1.0,
         "Bottom line ¥350,000/yr; the budget has no ceiling.", "底线 ¥350,000/年；预算无上限。"),
        (pos(), cand(expected_annual=40_000_000), None,
         "Position has no salary budget.", "职位未设薪资预算。"),
        (SALARY_POS, cand(), None,
         "Candidate's salary expectation unknown.", "候选人薪资期望未知。"),
        (SALARY_POS, cand(expected_annual=10_000_000, currency="usd"), 0.0,  # $100k ≈ ¥720k at the reference rate
         "Expectation ¥720,000/yr is 71% above the budget ceiling ¥420,000/yr.",
         "期望 ¥720,000/年 比预算上限 ¥420,000/年 高 71%。"),
        (SALARY_POS, cand(expected_annual=10_000_000, currency="XAU"), None,
         "Currencies differ (XAU vs CNY), cannot compare.", "币种不同（XAU 与 CNY），无法比较。"),
        (replace(SALARY_POS, currency="USD"), cand(expected_annual=12_345_050, currency="USD"), 1.0,
         "Expects $123,450.50/yr, below the budget floor $300,000/yr.",
         "期望 $123,450.50/年，低于预算下限 $300,000/年。"),
    ],
)
def test_salary(position, candidate, expected, en, zh) -> None:
    for lang, text in (("en", en), ("zh", zh)):
        c = crit(score(position, candidate, lang), "salary")
        assert c.score == expected
        assert c.explanation == text


# ---------------------------------------------------------------- location


@pytest.mark.parametrize(
    ("position", "candidate", "expected", "en", "zh"),
    [
        (pos(city="上海市"), cand(city="Shanghai"), 1.0, "Both in 上海市.", "同在上海市。"),
        (pos(city="Xi'an"), cand(city="西安"), 1.0, "Both in Xi'an.", "同在Xi'an。"),
        (pos(city="ＢＥＩＪＩＮＧ"), cand(city="beijing"), 1.0,
         "Both in ＢＥＩＪＩＮＧ.", "同在ＢＥＩＪＩＮＧ。"),
        (pos(city="Berlin"), cand(city="berlin "), 1.0, "Both in Berlin.", "同在Berlin。"),
        (pos(city="Shenzhen", remote=True), cand(city="成都"), 1.0,
         "Remote position, location does not matter.", "远程职位，地点不限。"),
        (pos(city="深圳"), cand(city="杭州", willing_to_relocate=True), 0.7,
         "Candidate in 杭州, position in 深圳; willing to relocate.", "候选人在杭州，职位在深圳；愿意迁移。"),
        (pos(city="深圳"), cand(city="Hangzhou", willing_to_relocate=False), 0.2,
         "Candidate in Hangzhou, position in 深圳; not willing to relocate.",
         "候选人在Hangzhou，职位在深圳；不愿迁移。"),
        (pos(city="Guangzhou"), cand(city="南京"), 0.2,
         "Candidate in 南京, position in Guangzhou; willingness to relocate unknown.",
         "候选人在南京，职位在Guangzhou；是否愿意迁移未知。"),
        (pos(city="Wuhan"), cand(), None,
         "City of the candidate or the position unknown.", "候选人或职位所在城市未知。"),
        (pos(city="  "), cand(city="Suzhou"), None,
         "City of the candidate or the position unknown.", "候选人或职位所在城市未知。"),
    ],
)
def test_location(position, candidate, expected, en, zh) -> None:
    for lang, text in (("en", en), ("zh", zh)):
        c = crit(score(position, candidate, lang), "location")
        assert c.score == expected
        assert c.explanation == text


# ---------------------------------------------------------------- totals and unknowns


def test_nothing_known() -> None:
    r = score(pos(), cand())
    assert r.total == 0 and r.known_share == 0.0 and r.capped_by == ()
    assert [c.key for c in r.criteria] == [k for k, _ in CRITERIA] == list(DEFAULT_WEIGHTS)
    assert all(c.score is None for c in r.criteria)


def test_total_over_known_only() -> None:
    # Skills 0.75 known (weight 30), location 0.2 known (weight 6); the other five criteria unknown.
    p = pos(skills=FOUR_SKILLS, city="北京")
    r = score(p, cand(skills=("Python", "Django", "Postgres"), city="上海"))
    assert r.known_share == pytest.approx(36 / 100)
    assert r.total == round(100 * (30 * 0.75 + 6 * 0.2) / 36)  # 66


def test_full_profile() -> None:
    p = pos(skills=FOUR_SKILLS, min_years=3, max_years=6, city="Shanghai",
            budget_min_annual=30_000_000, budget_max_annual=42_000_000)
    c = cand(skills=("python", "django", "postgresql", "kubernetes"), years_experience=4, city="上海",
             expected_annual=40_000_000)
    r = score(p, c, "zh")
    assert r.total == 100 and r.known_share == pytest.approx(60 / 100)  # no education, availability, culture
    r2 = score(p, replace(c, expected_annual=60_000_000))
    assert r2.total == 80  # the salary's 12 of the 60 known


def test_unknown_lang_falls_back_to_english() -> None:
    assert crit(score(pos(), cand(), "fr"), "skills").explanation == "No skills specified."
    assert crit(score(pos(), cand(), "zh-CN"), "skills").explanation == "职位未指定技能要求。"


# ---------------------------------------------------------------- monotonicity


MONO_POS = pos(skills=(S("Python", 5, must_have=True), S("Go", 2), S("Kubernetes", 4), S("SQL", 1)),
               min_years=3, max_years=8, city="Shenzhen",
               budget_min_annual=30_000_000, budget_max_annual=50_000_000)


@pytest.mark.parametrize("base_skills", [(), ("python",), ("go", "sql"), ("Python", "K8s", "Go")])
@pytest.mark.parametrize("extra", ["Python", "Go", "Kubernetes", "SQL"])
def test_adding_matched_skill_never_lowers_total(base_skills, extra) -> None:
    c = cand(skills=base_skills, years_experience=2, city="Beijing", expected_annual=55_000_000)
    before = score(MONO_POS, c).total
    after = score(MONO_POS, replace(c, skills=(*base_skills, extra))).total
    assert after >= before


@pytest.mark.parametrize("expected", [None, 45_000_000, 60_000_000, 90_000_000])
@pytest.mark.parametrize("skills", [(), ("python", "go")])
def test_lowering_bottom_line_into_budget_never_lowers_total(expected, skills) -> None:
    c = cand(skills=skills, years_experience=5, city="深圳", expected_annual=expected,
             bottom_line_annual=58_000_000)
    before = score(MONO_POS, c).total
    after = score(MONO_POS, replace(c, bottom_line_annual=48_000_000)).total
    assert after >= before


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("expected", [None, 700_000_00, 520_000_00])
def test_client_facing_sentences_never_name_the_bottom_line(lang: str, expected: int | None) -> None:
    position = PositionProfile(skills=(), min_years=None, max_years=None, city=None,
                               budget_min_annual=300_000_00, budget_max_annual=500_000_00)
    bottom = 462_000_00
    private = CandidateProfile(skills=(), years_experience=None, city=None, expected_annual=expected,
                               bottom_line_annual=bottom, bottom_line_private=True)
    public = CandidateProfile(skills=(), years_experience=None, city=None, expected_annual=expected,
                              bottom_line_annual=bottom)
    hidden, shown = score(position, private, lang), score(position, public, lang)
    assert hidden.total == shown.total  # the bottom line still counts
    sentence = next(c.explanation for c in hidden.criteria if c.key == "salary")
    assert "462" not in sentence
