"""Match engine: how well a candidate fits a position, 0-100, with a per-criterion breakdown.

Pure functions over frozen dataclasses; no Qt, no database. Each criterion (``hhdesk.core.match_criteria``)
gives a score 0..1 — or ``None``, "not known yet" — and one sentence in English or Chinese. The total is
the weighted mean over the known criteria (``known_share`` says how much of the weight that was),
capped at ``MUST_HAVE_CAP`` while a must-have skill is missing.

Default weights (a position may override any of them, see :func:`effective_weights`):

============  ======  =====================================================================
criterion     weight  what it compares
============  ======  =====================================================================
skills          30    required skills (must-haves gate the total), through the skill vocabulary
years           12    years of experience against the position's min–max
salary          12    expected salary and bottom line against the budget, per year, one currency
location         6    same city, willing to relocate, remote or hybrid
education       10    education level and languages
availability    15    notice period or available now, and the intention from the latest call
culture         15    what the candidate wants of the next company against the company's culture
============  ======  =====================================================================
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from hhdesk.core import match_criteria as mc
from hhdesk.core.match_criteria import Outcome, normalise_skill

__all__ = ["CRITERIA", "DEFAULT_WEIGHTS", "MUST_HAVE_CAP", "CandidateProfile", "Criterion", "MatchResult",
           "PositionProfile", "SkillRequirement", "effective_weights", "normalise_skill", "score"]


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
    """What the position requires. Money is in minor units (fen/cents) per year.

    ``languages`` are keys of ``hhdesk.core.languages.language_keys``; ``culture`` the concept keys found
    in the company's culture texts (``hhdesk.core.culture``); ``weights`` overrides default weights.
    """

    skills: tuple[SkillRequirement, ...]
    min_years: float | None
    max_years: float | None
    city: str | None
    remote: bool = False
    budget_min_annual: int | None = None
    budget_max_annual: int | None = None
    currency: str = "CNY"
    hybrid: bool = False
    education_level: str = ""
    languages: tuple[str, ...] = ()
    culture: frozenset[str] = frozenset()
    weights: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class CandidateProfile:
    """What we know about the candidate. Money is in minor units (fen/cents) per year.

    ``culture`` holds the concept keys the candidate wants of the next company, in the order mentioned;
    ``intention`` is the latest phone screen's (interested | considering | not_interested | "").
    """

    skills: tuple[str, ...]
    years_experience: float | None
    city: str | None
    willing_to_relocate: bool | None = None
    expected_annual: int | None = None
    bottom_line_annual: int | None = None
    # For client-facing text (reports): the bottom line still counts, but no sentence names its figure.
    bottom_line_private: bool = False
    currency: str = "CNY"
    education_level: str = ""
    languages: tuple[str, ...] = ()
    current_status: str = ""
    notice_days: int | None = None
    intention: str = ""
    culture: tuple[str, ...] = ()
    current_annual: int | None = None  # shown beside the budget; not scored


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
    matched_skills: tuple[str, ...] = ()  # the position's skill names the candidate has
    missing_skills: tuple[str, ...] = ()  # … and those the candidate lacks (must-haves first)


DEFAULT_WEIGHTS: dict[str, float] = {"skills": 30.0, "years": 12.0, "salary": 12.0, "location": 6.0,
                                     "education": 10.0, "availability": 15.0, "culture": 15.0}
MUST_HAVE_CAP = 40
MAX_WEIGHT = 100.0

CRITERIA: tuple[tuple[str, Callable[[PositionProfile, CandidateProfile, str], Outcome]], ...] = (
    ("skills", mc.skills_criterion),
    ("years", mc.years_criterion),
    ("salary", mc.salary_criterion),
    ("location", mc.location_criterion),
    ("education", mc.education_criterion),
    ("availability", mc.availability_criterion),
    ("culture", mc.culture_criterion),
)


def effective_weights(overrides: Mapping[str, float] | tuple[tuple[str, float], ...] = ()) -> dict[str, float]:
    """The default weights with a position's overrides; ValueError for an unknown criterion or a weight
    outside 0..100."""
    weights = dict(DEFAULT_WEIGHTS)
    for key, value in dict(overrides).items():
        if key not in weights:
            raise ValueError(f"unknown criterion {key!r}")
        if not 0.0 <= float(value) <= MAX_WEIGHT or math.isnan(float(value)):
            raise ValueError(f"weight of {key} must be 0 to {MAX_WEIGHT:g}, got {value}")
        weights[key] = float(value)
    if not any(weights.values()):
        raise ValueError("at least one criterion must weigh more than 0")
    return weights


def score(position: PositionProfile, candidate: CandidateProfile, lang: str = "en") -> MatchResult:
    """Match ``candidate`` against ``position``; explanations in ``lang`` ("en" or "zh")."""
    lang = "zh" if lang.lower().startswith("zh") else "en"
    weights = effective_weights(position.weights)
    criteria = []
    for key, func in CRITERIA:
        value, text = func(position, candidate, lang)
        criteria.append(Criterion(key, weights[key], value, text))
    all_weight = 0.0
    known_weight = 0.0
    numerator = 0.0
    for c in criteria:  # the fast path (match_index) adds in this same order: equal totals to the last bit
        all_weight += c.weight
        if c.score is not None:
            known_weight += c.weight
            numerator += c.weight * c.score
    total = 0
    if known_weight > 0:
        total = math.floor(100 * numerator / known_weight + 0.5)
    capped_by = mc.missing_must_haves(position, candidate)
    if capped_by:
        total = min(total, MUST_HAVE_CAP)
    known_share = known_weight / all_weight if all_weight > 0 else 0.0
    have = {normalise_skill(x) for x in candidate.skills}
    reqs = mc.skill_requirements(position)
    matched = tuple(r.name for k, r in reqs.items() if k in have)
    missing = tuple(r.name for k, r in sorted(reqs.items(), key=lambda kr: not kr[1].must_have) if k not in have)
    return MatchResult(max(0, min(100, total)), known_share, tuple(criteria), capped_by, matched, missing)
