"""The match between candidates and positions, from stored records (the scoring itself is in core.matching)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hhdesk.core.db.models import Candidate, Position
from hhdesk.core.matching import CandidateProfile, MatchResult, PositionProfile, SkillRequirement, score
from hhdesk.core.records import CandidateRow, KeyFacts, NotFoundError, PositionRecord
from hhdesk.core.services.candidates import facts_of
from hhdesk.core.services.companies import position_record
from hhdesk.core.services.skills import SkillService
from hhdesk.core.skill_text import split_skills


@dataclass(frozen=True)
class RankedCandidate:
    candidate: CandidateRow
    result: MatchResult


Canon = Callable[[str], str]


def _same(name: str) -> str:
    return name


def position_profile(position: PositionRecord, canon: Canon = _same) -> PositionProfile:
    """What the scorer needs of a position."""
    lo, hi = position.budget_min, position.budget_max
    return PositionProfile(
        skills=tuple(SkillRequirement(canon(s.skill), s.weight, s.must_have) for s in position.skills),
        min_years=position.min_years,
        max_years=position.max_years,
        city=position.city or None,
        remote=position.work_mode == "remote",
        budget_min_annual=lo.annual_minor if lo else None,
        budget_max_annual=hi.annual_minor if hi else None,
        currency=(lo or hi).currency if (lo or hi) else "CNY",
    )


def candidate_profile(row: Candidate, facts: KeyFacts | None = None, client_facing: bool = False,
                      canon: Canon = _same) -> CandidateProfile:
    """What the scorer needs of a candidate; ``facts`` (e.g. a screen in progress) override stored ones.

    ``client_facing`` keeps the bottom line in the score but out of every sentence.
    """
    facts = facts or facts_of(row)
    expected, bottom = facts.expected_salary, facts.bottom_line
    skills = [s.skill for s in row.skills] + split_skills(facts.main_skills)
    return CandidateProfile(
        skills=tuple(dict.fromkeys(canon(k) for k in skills)),
        years_experience=float(row.years_experience) if row.years_experience is not None else None,
        city=row.city or None,
        willing_to_relocate=facts.willing_to_relocate,
        expected_annual=expected.annual_minor if expected else None,
        bottom_line_annual=bottom.annual_minor if bottom else None,
        currency=(expected or bottom).currency if (expected or bottom) else "CNY",
        bottom_line_private=client_facing,
    )


class MatchService:
    """Scores one candidate against one position, or ranks every candidate for a position."""

    def __init__(self, session_factory: sessionmaker[Session], skills: SkillService | None = None) -> None:
        self._sessions = session_factory
        self._skills = skills

    def _canon(self) -> Canon:
        """Skill names to their canonical form, the agency's own spellings included."""
        return self._skills.vocabulary().normalise if self._skills else _same

    def score(self, candidate_id: int, position_id: int, lang: str = "en",
              facts: KeyFacts | None = None, client_facing: bool = False) -> MatchResult:
        """The matching degree with its breakdown; ``facts`` lets a screen in progress be scored live.

        ``client_facing`` phrases the breakdown for a client: no sentence names the bottom line.
        """
        with self._sessions() as s:
            position = self._position(s, position_id)
            row = s.get(Candidate, candidate_id, options=[selectinload(Candidate.skills)])
            if row is None:
                raise NotFoundError(f"Candidate {candidate_id} does not exist.")
            canon = self._canon()
            return score(position_profile(position, canon), candidate_profile(row, facts, client_facing, canon), lang)

    def rank(self, position_id: int, lang: str = "en") -> list[RankedCandidate]:
        """Every candidate scored for the position, best first (ties by name)."""
        with self._sessions() as s:
            canon = self._canon()
            profile = position_profile(self._position(s, position_id), canon)
            rows = s.scalars(select(Candidate).options(selectinload(Candidate.skills))).all()
            ranked = [
                RankedCandidate(
                    CandidateRow(r.id, r.full_name, r.email, r.phone, r.city, r.current_title, r.current_company),
                    score(profile, candidate_profile(r, canon=canon), lang),
                )
                for r in rows
            ]
        ranked.sort(key=lambda rc: (-rc.result.total, rc.candidate.full_name.casefold()))
        return ranked

    @staticmethod
    def _position(s: Session, position_id: int) -> PositionRecord:
        row = s.get(Position, position_id, options=[selectinload(Position.skills), selectinload(Position.company)])
        if row is None:
            raise NotFoundError(f"Position {position_id} does not exist.")
        return position_record(row)
