"""The criteria of the match, each ``(position, candidate, lang) -> (score 0..1 | None, sentence)``.

``None`` means the fact is not known yet (no phone screen, no budget …): the total then rests on the
criteria that are known. Sentences are in English or Chinese. These functions are the reference
implementation; ``hhdesk.core.match_index`` computes the same scores for many candidates at once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from hhdesk.core.culture import default_culture
from hhdesk.core.money import convert_minor, currency_sign
from hhdesk.core.skills import default_vocabulary, fold

if TYPE_CHECKING:
    from hhdesk.core.matching import CandidateProfile, PositionProfile, SkillRequirement

Outcome = tuple[float | None, str]

EDUCATION_RANK = {"high_school": 0, "associate": 1, "bachelor": 2, "master": 3, "phd": 4}
NOTICE_STEPS = ((30, 1.0), (60, 0.8), (90, 0.5))  # days of notice → score; longer: NOTICE_LONG
NOTICE_LONG = 0.3
INTENTION_SCORE = {"interested": 1.0, "considering": 0.6, "not_interested": 0.0}
LOCATION_SCORES = {"same": 1.0, "relocate": 0.7, "hybrid": 0.4, "other": 0.2}

# Normalised city spelling -> canonical key (Chinese and pinyin spellings compare equal).
_CITY_ALIASES: dict[str, str] = {
    "上海": "shanghai", "北京": "beijing", "深圳": "shenzhen", "广州": "guangzhou", "杭州": "hangzhou",
    "成都": "chengdu", "南京": "nanjing", "苏州": "suzhou", "武汉": "wuhan", "西安": "xian",
    "天津": "tianjin", "重庆": "chongqing", "厦门": "xiamen", "青岛": "qingdao", "长沙": "changsha",
    "香港": "hongkong", "新加坡": "singapore", "东莞": "dongguan",
}
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
    "loc_hybrid": ("Candidate in {c}, hybrid position in {p}; {reloc}.", "候选人在{c}，混合办公职位在{p}；{reloc}。"),
    "reloc_yes": ("willing to relocate", "愿意迁移"),
    "reloc_no": ("not willing to relocate", "不愿迁移"),
    "reloc_unknown": ("willingness to relocate unknown", "是否愿意迁移未知"),
    "edu_none": ("Position asks for no education level or languages.", "职位未要求学历或语言。"),
    "edu_unknown": ("Candidate's education and languages unknown.", "候选人学历与语言未知。"),
    "edu_meets": ("{c} meets the required {r}", "{c}，满足{r}要求"),
    "edu_below": ("{c}, below the required {r}", "{c}，低于{r}要求"),
    "edu_level_unknown": ("education level unknown", "学历未知"),
    "lang_all": ("speaks {have}", "掌握{have}"),
    "lang_some": ("speaks {have}; lacks {missing}", "掌握{have}；缺少{missing}"),
    "lang_none": ("lacks {missing}", "缺少{missing}"),
    "lang_unknown": ("languages unknown", "语言未知"),
    "avail_unknown": ("Availability and intention unknown (no phone screen yet).",
                      "到岗时间与意向未知（尚未电话沟通）。"),
    "avail_now": ("available now", "可立即到岗"),
    "avail_notice": ("{d} days' notice", "通知期 {d} 天"),
    "avail_notice_unknown": ("notice period unknown", "通知期未知"),
    "intent_interested": ("interested", "有意向"),
    "intent_considering": ("considering", "考虑中"),
    "intent_not_interested": ("not interested", "无意向"),
    "intent_unknown": ("intention unknown", "意向未知"),
    "culture_no_wants": ("Culture fit unknown: no culture preferences recorded for the candidate.",
                         "文化契合未知：未记录候选人的文化偏好。"),
    "culture_no_company": ("Culture fit unknown: the company's culture is not described.",
                           "文化契合未知：未描述公司文化。"),
    "culture_wants": ("Wants {w}", "看重{w}"),
    "culture_matched": ("the company offers {m}", "公司符合{m}"),
    "culture_conflict": ("conflicts: {c}", "冲突：{c}"),
    "culture_missing": ("not mentioned: {n}", "未提及：{n}"),
    "culture_none_matched": ("nothing of it is in the company's description", "公司介绍中均未提及"),
    "versus": ("{a} vs {b}", "{a} 与 {b}"),
}
_EDUCATION_NAMES = {"high_school": ("high school", "高中"), "associate": ("associate degree", "大专"),
                    "bachelor": ("bachelor's degree", "本科"), "master": ("master's degree", "硕士"),
                    "phd": ("PhD", "博士")}
_LANGUAGE_NAMES_ZH = {"English": "英语", "Chinese": "中文", "Cantonese": "粤语", "Japanese": "日语", "Korean": "韩语",
                      "French": "法语", "German": "德语", "Spanish": "西班牙语", "Russian": "俄语",
                      "Portuguese": "葡萄牙语", "Italian": "意大利语", "Arabic": "阿拉伯语", "Hindi": "印地语",
                      "Vietnamese": "越南语", "Thai": "泰语"}


def t(key: str, lang: str, **kw: object) -> str:
    return _TEXT[key][lang == "zh"].format(**kw)


def _join(items: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


def _sentence(parts: list[str], lang: str) -> str:
    body = ("；" if lang == "zh" else "; ").join(parts)
    if lang == "zh":
        return body + "。"
    return body[:1].upper() + body[1:] + "."


def fold_text(text: str) -> str:
    """NFKC (full-width -> half-width), casefold, trim and collapse whitespace."""
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return re.sub(r"\s+", " ", text).strip()


@cache
def normalise_skill(name: str) -> str:
    """Comparison key for a skill: its canonical name in the skill vocabulary, folded (two spellings of one
    skill give the same key); an unknown skill is keyed by its own folded spelling."""
    return fold(default_vocabulary().normalise(name))


def city_key(city: str | None) -> str | None:
    if city is None:
        return None
    folded = fold_text(city).removesuffix("市").strip()
    folded = re.sub(r"[\s'’\-]", "", folded).removesuffix("city")
    return _CITY_ALIASES.get(folded, folded) or None


def _years(x: float, lang: str) -> str:
    if lang == "zh":
        return f"{x:g} 年"
    return f"{x:g} year" if x == 1 else f"{x:g} years"


def money(amount: int, currency: str, lang: str) -> str:
    code = currency.strip().upper()
    value = amount / 100  # every currency is stored in hundredths (see hhdesk.core.money)
    digits = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return currency_sign(code) + digits + t("per_year", lang)


def skill_requirements(position: PositionProfile) -> dict[str, SkillRequirement]:
    """Requirements keyed by normalised name; duplicates merge (max weight, any must-have)."""
    from hhdesk.core.matching import SkillRequirement

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


def missing_must_haves(position: PositionProfile, candidate: CandidateProfile) -> tuple[str, ...]:
    have = {normalise_skill(s) for s in candidate.skills}
    return tuple(r.name for k, r in skill_requirements(position).items() if r.must_have and k not in have)


def skills_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """Weighted coverage of the required skills (through the skill vocabulary); extra skills add nothing."""
    reqs = skill_requirements(position)
    if not reqs:
        return None, t("skills_none", lang)
    have = {normalise_skill(s) for s in candidate.skills}
    total = sum(r.weight for r in reqs.values())
    matched = sum(r.weight for k, r in reqs.items() if k in have)
    missing = [r for k, r in reqs.items() if k not in have]
    coverage = matched / total
    if not missing:
        return coverage, t("skills_all", lang, n=len(reqs))
    must = [r.name for r in missing if r.must_have]
    must_text = t("skills_must", lang, names=_join(must, lang)) if must else ""
    pct = min(math.floor(coverage * 100 + 0.5), 99)
    text = t("skills_some", lang, k=len(reqs) - len(missing), n=len(reqs), pct=pct,
             missing=_join([r.name for r in missing], lang), must=must_text)
    return coverage, text


def years_score(lo: float | None, hi: float | None, y: float) -> float:
    if lo is not None and y < lo:
        half = lo / 2
        return max(0.0, min(1.0, (y - half) / half)) if half > 0 else 0.0
    if hi is not None and y > hi:
        return max(0.6, 1.0 - 0.1 * (y - hi))
    return 1.0


def years_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """1.0 inside [min, max]; linear to 0 at half of min; mild penalty above max (floor 0.6)."""
    lo, hi, y = position.min_years, position.max_years, candidate.years_experience
    if lo is None and hi is None:
        return None, t("years_no_range", lang)
    if y is None:
        return None, t("years_unknown", lang)
    if lo is not None and hi is not None:
        req = t("req_range", lang, a=f"{lo:g}", b=_years(hi, lang))
    elif lo is not None:
        req = t("req_min", lang, a=_years(lo, lang))
    else:
        req = t("req_max", lang, b=_years(hi, lang))  # type: ignore[arg-type]
    value = years_score(lo, hi, y)
    if lo is not None and y < lo:
        return value, t("years_below", lang, y=_years(y, lang), req=req)
    if hi is not None and y > hi:
        return value, t("years_above", lang, y=_years(y, lang), req=req)
    return value, t("years_in", lang, y=_years(y, lang), req=req)


def salary_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """1.0 when the expectation fits the ceiling, 0.6 when only the bottom line fits, else 0.0.

    The candidate's figures are converted to the budget's currency (reference rates in ``money``).
    """
    bmin, bmax = position.budget_min_annual, position.budget_max_annual
    if bmin is None and bmax is None:
        return None, t("salary_no_budget", lang)
    if candidate.expected_annual is None and candidate.bottom_line_annual is None:
        return None, t("salary_unknown", lang)
    pcur, ccur = position.currency.strip().upper(), candidate.currency.strip().upper()
    exp = None if candidate.expected_annual is None else convert_minor(candidate.expected_annual, ccur, pcur)
    bottom = None if candidate.bottom_line_annual is None else convert_minor(candidate.bottom_line_annual, ccur,
                                                                             pcur)
    if (candidate.expected_annual is not None and exp is None) or (
            candidate.bottom_line_annual is not None and bottom is None):
        return None, t("salary_currency", lang, c=ccur, p=pcur)

    def m(amount: int) -> str:
        return money(amount, pcur, lang)

    if exp is not None and bmin is not None and exp < bmin:
        return 1.0, t("salary_below_min", lang, e=m(exp), m=m(bmin))
    private = candidate.bottom_line_private
    if bmax is None:
        what, known = ("what_expected", exp) if exp is not None else ("what_bottom", bottom)
        if private and exp is None:
            return 1.0, t("salary_open_no_cap_private", lang)
        return 1.0, t("salary_no_cap", lang, what=t(what, lang), v=m(int(known or 0)))
    if exp is not None and exp <= bmax:
        return 1.0, t("salary_fits", lang, e=m(exp), m=m(bmax))
    if bottom is not None and bottom <= bmax:
        if exp is None:
            key = "salary_bottom_only_private" if private else "salary_bottom_only"
            return 0.6, t(key, lang, b=m(bottom), m=m(bmax))
        key = "salary_negotiable_private" if private else "salary_negotiable"
        return 0.6, t(key, lang, e=m(exp), m=m(bmax), b=m(bottom))
    if private:
        if exp is not None:
            pct = math.floor((exp - bmax) / bmax * 100 + 0.5) if bmax > 0 else 100
            return 0.0, t("salary_over", lang, what=t("what_expected", lang), v=m(exp), pct=max(pct, 1), m=m(bmax))
        return 0.0, t("salary_over_private", lang, m=m(bmax))
    # Out of range: name the gap the bottom line (the real walk-away figure) leaves, else the expectation.
    what, figure = ("what_bottom", bottom) if bottom is not None else ("what_expected", int(exp or 0))
    pct = math.floor((figure - bmax) / bmax * 100 + 0.5) if bmax > 0 else 100
    return 0.0, t("salary_over", lang, what=t(what, lang), v=m(figure), pct=max(pct, 1), m=m(bmax))


def location_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """1.0 remote or same city, 0.7 willing to relocate, 0.4 hybrid elsewhere, else 0.2; unknown without
    both cities."""
    if position.remote:
        return 1.0, t("loc_remote", lang)
    pkey, ckey = city_key(position.city), city_key(candidate.city)
    if pkey is None or ckey is None:
        return None, t("loc_unknown", lang)
    pcity, ccity = (position.city or "").strip(), (candidate.city or "").strip()
    if pkey == ckey:
        return LOCATION_SCORES["same"], t("loc_same", lang, city=pcity)
    reloc = {True: "reloc_yes", False: "reloc_no", None: "reloc_unknown"}[candidate.willing_to_relocate]
    if candidate.willing_to_relocate:
        value = LOCATION_SCORES["relocate"]
    else:
        value = LOCATION_SCORES["hybrid" if position.hybrid else "other"]
    key = "loc_hybrid" if position.hybrid else "loc_other"
    return value, t(key, lang, c=ccity, p=pcity, reloc=t(reloc, lang))


def education_level_score(required: str, level: str) -> float:
    gap = EDUCATION_RANK[required] - EDUCATION_RANK[level]
    return 1.0 if gap <= 0 else 0.5 if gap == 1 else 0.2


def _language_name(name: str, lang: str) -> str:
    return _LANGUAGE_NAMES_ZH.get(name, name) if lang == "zh" else name


def education_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """The education level against the required one (one level short: 0.5, more: 0.2) and the share of
    the required languages spoken; the mean of the parts known."""
    required, level = position.education_level, candidate.education_level
    needs_level = required in EDUCATION_RANK
    if not needs_level and not position.languages:
        return None, t("edu_none", lang)
    scores: list[float] = []
    parts: list[str] = []
    if needs_level:
        name = _EDUCATION_NAMES[required][lang == "zh"]
        if level in EDUCATION_RANK:
            value = education_level_score(required, level)
            scores.append(value)
            have = _EDUCATION_NAMES[level][lang == "zh"]
            parts.append(t("edu_meets" if value == 1.0 else "edu_below", lang, c=have, r=name))
        else:
            parts.append(t("edu_level_unknown", lang))
    if position.languages:
        if candidate.languages:
            spoken = set(candidate.languages)
            have_l = [x for x in position.languages if x in spoken]
            missing = [x for x in position.languages if x not in spoken]
            scores.append(len(have_l) / len(position.languages))
            names_h = _join([_language_name(x, lang) for x in have_l], lang)
            names_m = _join([_language_name(x, lang) for x in missing], lang)
            key = "lang_all" if not missing else "lang_none" if not have_l else "lang_some"
            parts.append(t(key, lang, have=names_h, missing=names_m))
        else:
            parts.append(t("lang_unknown", lang))
    if not scores:
        return None, t("edu_unknown", lang)
    return sum(scores) / len(scores), _sentence(parts, lang)


def notice_score(days: int) -> float:
    for limit, value in NOTICE_STEPS:
        if days <= limit:
            return value
    return NOTICE_LONG


def availability_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """When the candidate can start (available now 1.0; notice ≤30 days 1.0, ≤60 0.8, ≤90 0.5, longer 0.3)
    and the intention stated on the latest call (interested 1.0, considering 0.6, not interested 0.0)."""
    del position
    scores: list[float] = []
    parts: list[str] = []
    if candidate.current_status in ("available", "unemployed"):
        scores.append(1.0)
        parts.append(t("avail_now", lang))
    elif candidate.notice_days is not None:
        scores.append(notice_score(candidate.notice_days))
        parts.append(t("avail_notice", lang, d=candidate.notice_days))
    elif candidate.current_status:
        parts.append(t("avail_notice_unknown", lang))
    if candidate.intention in INTENTION_SCORE:
        scores.append(INTENTION_SCORE[candidate.intention])
        parts.append(t(f"intent_{candidate.intention}", lang))
    elif parts:
        parts.append(t("intent_unknown", lang))
    if not scores:
        return None, t("avail_unknown", lang)
    return sum(scores) / len(scores), _sentence(parts, lang)


def culture_counts(wanted: tuple[str, ...], offered: frozenset[str]) -> tuple[list[str], list[str], list[str]]:
    """The wanted concepts split into matched, in conflict with something offered, and not mentioned."""
    vocabulary = default_culture()
    matched = [w for w in wanted if w in offered]
    conflicted = [w for w in wanted if any(vocabulary.opposed(w, o) for o in offered)]
    missing = [w for w in wanted if w not in offered and w not in conflicted]
    return matched, conflicted, missing


def culture_score(n_wanted: int, n_matched: int, n_conflicted: int, n_missing: int) -> float:
    return max(0.0, min(1.0, (n_matched + 0.5 * n_missing - n_conflicted) / n_wanted))


def culture_criterion(position: PositionProfile, candidate: CandidateProfile, lang: str) -> Outcome:
    """What the candidate wants of the next company (requirements, reasons for changing) against the
    company's culture, values, leadership style and atmosphere: matched concepts count 1, concepts not
    mentioned ½, concepts the company contradicts (work-life balance vs long hours) −1, over those wanted."""
    wanted, offered = candidate.culture, position.culture
    if not wanted:
        return None, t("culture_no_wants", lang)
    if not offered:
        return None, t("culture_no_company", lang)
    vocabulary = default_culture()
    matched, conflicted, missing = culture_counts(wanted, offered)
    value = culture_score(len(wanted), len(matched), len(conflicted), len(missing))

    def names(keys: list[str]) -> str:
        return _join([vocabulary.concept(k).name(lang) for k in keys], lang)

    parts = [t("culture_wants", lang, w=names(list(wanted)))]
    parts.append(t("culture_matched", lang, m=names(matched)) if matched else t("culture_none_matched", lang))
    if conflicted:
        pairs = [t("versus", lang, a=vocabulary.concept(w).name(lang),
                   b=names([o for o in sorted(offered) if vocabulary.opposed(w, o)])) for w in conflicted]
        parts.append(t("culture_conflict", lang, c=_join(pairs, lang)))
    if missing and matched:
        parts.append(t("culture_missing", lang, n=names(missing)))
    return value, _sentence(parts, lang)
