"""Match engine: how well a candidate fits a position, 0-100, with a per-criterion breakdown.

Pure functions over frozen dataclasses; no Qt, no database. Each criterion is a function
``(position, candidate, lang) -> (score | None, explanation)`` registered in ``CRITERIA``; its
relative weight comes from ``DEFAULT_WEIGHTS``. A score of ``None`` means "fact not known yet":
the total is computed over known criteria only and ``known_share`` says how much weight that was.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from hhdesk.core.skills import default_vocabulary, fold


@dataclass(frozen=True)
class SkillRequirement:
    """A skill the position asks for; ``weight`` is its importance 1..5."""

    name: str
    weight: int = 3
    must_have: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.weight <= 5:
            raise ValueError(f"skill weight must be 1..5, got {self.weight}")


@dataclass(frozen=True)
class PositionProfile:
    """What the position requires. Money is in minor units (fen/cents) per year."""

    skills: tuple[SkillRequirement, ...]
    min_years: float | None
    max_years: float | None
    city: str | None
    remote: bool = False
    budget_min_annual: int | None = None
    budget_max_annual: int | None = None
    currency: str = "CNY"


@dataclass(frozen=True)
class CandidateProfile:
    """What we know about the candidate. Money is in minor units (fen/cents) per year."""

    skills: tuple[str, ...]
    years_experience: float | None
    city: str | None
    willing_to_relocate: bool | None = None
    expected_annual: int | None = None
    bottom_line_annual: int | None = None
    # For client-facing text (reports): the bottom line still counts, but no sentence names its figure.
    bottom_line_private: bool = False
    currency: str = "CNY"


@dataclass(frozen=True)
class Criterion:
    """One line of the breakdown: ``score`` is 0..1, or ``None`` when the fact is unknown."""

    key: str
    weight: float
    score: float | None
    explanation: str


@dataclass(frozen=True)
class MatchResult:
    """Overall match: ``total`` 0..100 over known criteria, capped when must-haves are missing."""

    total: int
    known_share: float
    criteria: tuple[Criterion, ...]
    capped_by: tuple[str, ...]


DEFAULT_WEIGHTS: dict[str, float] = {"skills": 0.5, "years": 0.2, "salary": 0.2, "location": 0.1}
MUST_HAVE_CAP = 40

# Normalised city spelling -> canonical key (Chinese and pinyin spellings compare equal).
_CITY_ALIASES: dict[str, str] = {
    "上海": "shanghai", "北京": "beijing", "深圳": "shenzhen", "广州": "guangzhou", "杭州": "hangzhou",
    "成都": "chengdu", "南京": "nanjing", "苏州": "suzhou", "武汉": "wuhan", "西安": "xian",
}

_CURRENCY_SYMBOLS: dict[str, str] = {"CNY": "¥", "RMB": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}
# Sentence templates: key -> (English, Chinese).
_TEXT: dict[str, tuple[str, str]] = {
    "skills_none": ("No skills specified.", "职位未指定技能要求。"),
    "skills_all": ("Covers all {n} required skills.", "覆盖全部 {n} 项要求技能。"),
    "skills_some": ("Covers {k} of {n} required skills ({pct}% of weight); missing: {missing}{must}.",
                    "覆盖 {n} 项要求技能中的 {k} 项（权重 {pct}%）；缺少：{missing}{must}。"),
    "skills_must": (" (must-have: {names})", "（必备：{names}）"),
    "years_unknown": ("Candidate's years of experience unknown.", "候选人工作年限未知。"),
    "years_no_range": ("Position specifies no experience range.", "职位未规定经验年限。"),
    "years_in": ("{y} of experience, within {req}.", "{y}经验，符合{req}。"),
    "years_below": ("{y} of experience, below {req}.", "{y}经验，低于{req}。"),
    "years_above": ("{y} of experience, above {req} (may be overqualified).", "{y}经验，超出{req}（可能资历过高）。"),
    "req_range": ("the required {a}–{b}", "要求的 {a}–{b}"),
    "req_min": ("the required minimum of {a}", "要求的至少 {a}"),
    "req_max": ("the preferred maximum of {b}", "要求的至多 {b}"),
    "salary_no_budget": ("Position has no salary budget.", "职位未设薪资预算。"),
    "salary_unknown": ("Candidate's salary expectation unknown.", "候选人薪资期望未知。"),
    "salary_currency": ("Currencies differ ({c} vs {p}), cannot compare.",
                        "币种不同（{c} 与 {p}），无法比较。"),
    "salary_fits": ("Expects {e}, within the budget up to {m}.", "期望 {e}，在预算上限 {m} 以内。"),
    "salary_no_cap": ("{what} {v}; the budget has no ceiling.", "{what} {v}；预算无上限。"),
    "salary_below_min": ("Expects {e}, below the budget floor {m}.", "期望 {e}，低于预算下限 {m}。"),
    "salary_negotiable": ("Expects {e}, above the budget ceiling {m}, but bottom line {b} fits (negotiable).",
                          "期望 {e} 高于预算上限 {m}，但底线 {b} 在预算内（可谈）。"),
    "salary_bottom_only": ("Bottom line {b} fits the budget ceiling {m}; expectation unknown (negotiable).",
                           "底线 {b} 在预算上限 {m} 以内；期望未知（可谈）。"),
    "salary_negotiable_private": ("Expects {e}, above the budget ceiling {m}; negotiable.",
                                  "期望 {e} 高于预算上限 {m}；可谈。"),
    "salary_bottom_only_private": ("Expectation open; negotiable within the budget ceiling {m}.",
                                   "期望待定；可在预算上限 {m} 内协商。"),
    "salary_open_no_cap_private": ("Expectation open; the budget has no ceiling.", "期望待定；预算无上限。"),
    "salary_over_private": ("Salary expectation is above the budget ceiling {m}.", "薪资期望高于预算上限 {m}。"),
    "salary_over": ("{what} {v} is {pct}% above the budget ceiling {m}.",
                    "{what} {v} 比预算上限 {m} 高 {pct}%。"),
    "what_bottom": ("Bottom line", "底线"),
    "what_expected": ("Expectation", "期望"),
    "per_year": ("/yr", "/年"),
    "loc_unknown": ("City of the candidate or the position unknown.", "候选人或职位所在城市未知。"),
    "loc_remote": ("Remote position, location does not matter.", "远程职位，地点不限。"),
    "loc_same": ("Both in {city}.", "同在{city}。"),
    "loc_other": ("Candidate in {c}, position in {p}; {reloc}.", "候选人在{c}，职位在{p}；{reloc}。"),
    "reloc_yes": ("willing to relocate", "愿意迁移"),
    "reloc_no": ("not willing to relocate", "不愿迁移"),
    "reloc_unknown": ("willingness to relocate unknown", "是否愿意迁移未知"),
}

_Outcome = tuple[float | None, str]


def _t(key: str, lang: str, **kw: object) -> str:
    return _TEXT[key][lang == "zh"].format(**kw)


def _fold(text: str) -> str:
    """NFKC (full-width -> half-width), casefold, trim and collapse whitespace."""
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return re.sub(r"\s+", " ", text).strip()


def normalise_skill(name: str) -> str:
    """Comparison key for a skill: its canonical name in the skill vocabulary, folded (two spellings of one
    skill give the same key); an unknown skill is keyed by its own folded spelling."""
    return fold(default_vocabulary().normalise(name))


def _city_key(city: str | None) -> str | None:
    if city is None:
        return None
    folded = _fold(city).removesuffix("市").strip()
    folded = re.sub(r"[\s'’\-]", "", folded).removesuffix("city")
    return _CITY_ALIASES.get(folded, folded) or None


def _years(x: float, lang: str) -> str:
    if lang == "zh":
        return f"{x:g} 年"
    return f"{x:g} year" if x == 1 else f"{x:g} years"


def _money(amount: int, currency: str, lang: str) -> str:
    code = currency.strip().upper()
    value = amount / 100  # every currency is stored in hundredths (see hhdesk.core.money)
    digits = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    symbol = _CURRENCY_SYMBOLS.get(code)
    body = f"{symbol}{digits}" if symbol else f"{code} {digits}"
    return body + _t("per_year", lang)


def _skill_requirements(position: PositionProfile) -> dict[str, SkillRequirement]:
    """Requirements keyed by normalised name; duplicates merge (max weight, any must-have)."""
    merged: dict[str, SkillRequirement] = {}
    for req in position.skills:
        key = normalise_skill(req.name)
        if not key:
            continue
        if key in merged:
            old = merged[key]
            req = SkillRequirement(old.name, max(old.weight, req.weight), old.must_have or req.must_have)
        merged[key] = req
    return merged


def _missing_must_haves(position: PositionProfile, candidate: CandidateProfile) -> tuple[str, ...]:
    have = {normalise_skill(s) for s in candidate.skills}
    reqs = _skill_requirements(position)
    return tuple(r.name for k, r in reqs.items() if r.must_have and k not in have)


def skills_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> _Outcome:
    """Weighted coverage of the required skills (exact match after normalisation)."""
    reqs = _skill_requirements(position)
    if not reqs:
        return None, _t("skills_none", lang)
    have = {normalise_skill(s) for s in candidate.skills}
    total = sum(r.weight for r in reqs.values())
    matched = sum(r.weight for k, r in reqs.items() if k in have)
    missing = [r for k, r in reqs.items() if k not in have]
    coverage = matched / total
    if not missing:
        return coverage, _t("skills_all", lang, n=len(reqs))
    sep = ", " if lang == "en" else "、"
    must = [r.name for r in missing if r.must_have]
    must_text = _t("skills_must", lang, names=sep.join(must)) if must else ""
    pct = min(math.floor(coverage * 100 + 0.5), 99)
    text = _t("skills_some", lang, k=len(reqs) - len(missing), n=len(reqs), pct=pct,
              missing=sep.join(r.name for r in missing), must=must_text)
    return coverage, text


def years_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> _Outcome:
    """1.0 inside [min, max]; linear to 0 at half of min; mild penalty above max (floor 0.6)."""
    lo, hi, y = position.min_years, position.max_years, candidate.years_experience
    if lo is None and hi is None:
        return None, _t("years_no_range", lang)
    if y is None:
        return None, _t("years_unknown", lang)
    if lo is not None and hi is not None:
        req = _t("req_range", lang, a=f"{lo:g}", b=_years(hi, lang))
    elif lo is not None:
        req = _t("req_min", lang, a=_years(lo, lang))
    else:
        req = _t("req_max", lang, b=_years(hi, lang))  # type: ignore[arg-type]
    if lo is not None and y < lo:
        half = lo / 2
        value = max(0.0, min(1.0, (y - half) / half)) if half > 0 else 0.0
        return value, _t("years_below", lang, y=_years(y, lang), req=req)
    if hi is not None and y > hi:
        return max(0.6, 1.0 - 0.1 * (y - hi)), _t("years_above", lang, y=_years(y, lang), req=req)
    return 1.0, _t("years_in", lang, y=_years(y, lang), req=req)


def salary_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> _Outcome:
    """1.0 when the expectation fits the ceiling, 0.6 when only the bottom line fits, else 0.0."""
    bmin, bmax = position.budget_min_annual, position.budget_max_annual
    exp, bottom = candidate.expected_annual, candidate.bottom_line_annual
    if bmin is None and bmax is None:
        return None, _t("salary_no_budget", lang)
    if exp is None and bottom is None:
        return None, _t("salary_unknown", lang)
    pcur, ccur = position.currency.strip().upper(), candidate.currency.strip().upper()
    if pcur != ccur:
        return None, _t("salary_currency", lang, c=ccur, p=pcur)

    def m(amount: int) -> str:
        return _money(amount, pcur, lang)

    if exp is not None and bmin is not None and exp < bmin:
        return 1.0, _t("salary_below_min", lang, e=m(exp), m=m(bmin))
    private = candidate.bottom_line_private
    if bmax is None:
        what, known = ("what_expected", exp) if exp is not None else ("what_bottom", bottom)
        if private and exp is None:
            return 1.0, _t("salary_open_no_cap_private", lang)
        return 1.0, _t("salary_no_cap", lang, what=_t(what, lang), v=m(int(known or 0)))
    if exp is not None and exp <= bmax:
        return 1.0, _t("salary_fits", lang, e=m(exp), m=m(bmax))
    if bottom is not None and bottom <= bmax:
        if exp is None:
            key = "salary_bottom_only_private" if private else "salary_bottom_only"
            return 0.6, _t(key, lang, b=m(bottom), m=m(bmax))
        key = "salary_negotiable_private" if private else "salary_negotiable"
        return 0.6, _t(key, lang, e=m(exp), m=m(bmax), b=m(bottom))
    if private:
        if exp is not None:
            pct = math.floor((exp - bmax) / bmax * 100 + 0.5) if bmax > 0 else 100
            return 0.0, _t("salary_over", lang, what=_t("what_expected", lang), v=m(exp), pct=max(pct, 1), m=m(bmax))
        return 0.0, _t("salary_over_private", lang, m=m(bmax))
    # Out of range: name the gap the bottom line (the real walk-away figure) leaves, else the expectation.
    what, figure = ("what_bottom", bottom) if bottom is not None else ("what_expected", int(exp or 0))
    pct = math.floor((figure - bmax) / bmax * 100 + 0.5) if bmax > 0 else 100
    return 0.0, _t("salary_over", lang, what=_t(what, lang), v=m(figure), pct=max(pct, 1), m=m(bmax))


def location_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> _Outcome:
    """1.0 remote or same city, 0.7 willing to relocate, else 0.2; unknown without both cities."""
    if position.remote:
        return 1.0, _t("loc_remote", lang)
    pkey, ckey = _city_key(position.city), _city_key(candidate.city)
    if pkey is None or ckey is None:
        return None, _t("loc_unknown", lang)
    pcity, ccity = (position.city or "").strip(), (candidate.city or "").strip()
    if pkey == ckey:
        return 1.0, _t("loc_same", lang, city=pcity)
    reloc = {True: "reloc_yes", False: "reloc_no", None: "reloc_unknown"}[candidate.willing_to_relocate]
    value = 0.7 if candidate.willing_to_relocate else 0.2
    return value, _t("loc_other", lang, c=ccity, p=pcity, reloc=_t(reloc, lang))


CRITERIA: tuple[tuple[str, Callable[[PositionProfile, CandidateProfile, str], _Outcome]], ...] = (
    ("skills", skills_criterion),
    ("years", years_criterion),
    ("salary", salary_criterion),
    ("location", location_criterion),
)


def score(position: PositionProfile, candidate: CandidateProfile, lang: str = "en") -> MatchResult:
    """Match ``candidate`` against ``position``; explanations in ``lang`` ("en" or "zh")."""
    lang = "zh" if lang.lower().startswith("zh") else "en"
    criteria = []
    for key, func in CRITERIA:
        value, text = func(position, candidate, lang)
        criteria.append(Criterion(key, DEFAULT_WEIGHTS[key], value, text))
    all_weight = sum(c.weight for c in criteria)
    known = [c for c in criteria if c.score is not None]
    known_weight = sum(c.weight for c in known)
    total = 0
    if known_weight > 0:
        total = math.floor(100 * sum(c.weight * c.score for c in known) / known_weight + 0.5)  # type: ignore[operator]
    capped_by = _missing_must_haves(position, candidate)
    if capped_by:
        total = min(total, MUST_HAVE_CAP)
    known_share = known_weight / all_weight if all_weight > 0 else 0.0
    return MatchResult(max(0, min(100, total)), known_share, tuple(criteria), capped_by)
