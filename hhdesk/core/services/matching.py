"""The match between candidates and positions, from stored records.

Scoring one pair uses the reference scorer (``core.matching``); ranking every candidate uses the index
(``core.match_index``), built on first use and kept current: every committed change to a candidate, its
skills or its phone screens patches the candidate's row before the next ranking (``track_changes``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from types import SimpleNamespace
from typing import TYPE_CHECKING

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hhdesk.core.culture import default_culture
from hhdesk.core.db.models import Candidate, CandidateSkill, PhoneScreen, PipelineEntry, Position
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.languages import language_keys
from hhdesk.core.matching import CandidateProfile, MatchResult, PositionProfile, SkillRequirement, score
from hhdesk.core.money import convert_minor
from hhdesk.core.records import CandidateRow, KeyFacts, NotFoundError, PositionRecord
from hhdesk.core.search import id_batches
from hhdesk.core.services.candidates import facts_of
from hhdesk.core.services.companies import position_record
from hhdesk.core.services.skills import SkillService
from hhdesk.core.skill_text import split_skills

if TYPE_CHECKING:  # numpy and the index load when the first ranking is asked for, not at start-up
    from hhdesk.core.match_index import MatchIndex, Ranking


@dataclass(frozen=True)
class SalaryFigures:
    """Yearly amounts in the budget's currency (minor units) for the salary chart; None = not known."""

    budget_min: int | None
    budget_max: int | None
    current: int | None
    expected: int | None
    bottom_line: int | None
    currency: str


@dataclass(frozen=True)
class RankedCandidate:
    candidate: CandidateRow
    result: MatchResult
    stage: str = ""
    salary: SalaryFigures | None = None


def salary_figures(position: PositionProfile, candidate: CandidateProfile) -> SalaryFigures:
    target = position.currency

    def conv(amount: int | None) -> int | None:
        return None if amount is None else convert_minor(amount, candidate.currency.strip().upper(), target)

    return SalaryFigures(position.budget_min_annual, position.budget_max_annual, conv(candidate.current_annual),
                         conv(candidate.expected_annual), conv(candidate.bottom_line_annual), target)


@dataclass(frozen=True)
class RankedPosition:
    position: PositionRecord
    result: MatchResult
    stage: str = ""
    salary: SalaryFigures | None = None


@dataclass(frozen=True)
class MatchFilter:
    """Which ranked candidates to keep: a minimum total, a pipeline stage for this position ("none" for
    people not in its pipeline yet), a city, only those with every must-have skill."""

    min_score: int = 0
    stage: str = ""
    city: str = ""
    must_haves_met: bool = False
    sort: str = "score"  # score (best first) | name (A first); ``descending`` flips either
    descending: bool = False


Canon = Callable[[str], str]


def _same(name: str) -> str:
    return name


def company_culture_text(position: Position) -> str:
    company = position.company
    return "\n".join((company.culture, company.core_values, company.leadership_style, company.atmosphere))


def position_profile(position: PositionRecord, canon: Canon = _same, culture_text: str = "") -> PositionProfile:
    """What the scorer needs of a position (``culture_text``: the company's culture, values, leadership
    style and atmosphere)."""
    lo, hi = position.budget_min, position.budget_max
    return PositionProfile(
        skills=tuple(SkillRequirement(canon(s.skill), s.weight, s.must_have) for s in position.skills),
        min_years=position.min_years,
        max_years=position.max_years,
        city=position.city or None,
        remote=position.work_mode == "remote",
        hybrid=position.work_mode == "hybrid",
        budget_min_annual=lo.annual_minor if lo else None,
        budget_max_annual=hi.annual_minor if hi else None,
        currency=(lo or hi).currency if (lo or hi) else "CNY",
        education_level=position.education_level,
        languages=language_keys(position.languages),
        culture=default_culture().concepts_in(culture_text),
        weights=tuple(sorted(position.match_weights.items())),
    )


# What people leave because of: named in the reasons for changing, they want the opposite.
_ESCAPED = {"long_hours": "work_life_balance", "micromanagement": "autonomy", "hierarchical": "flat_hierarchy",
            "high_pressure": "relaxed_atmosphere", "frequent_travel": "little_travel"}


def _wanted_concepts(requirements: str, reasons: str) -> tuple[str, ...]:
    """The culture concepts the candidate wants, in a stable order (the vocabulary's): those named in the
    requirements for the next company, and those the reasons for changing imply ("micromanagement" there
    means wanting autonomy)."""
    vocabulary = default_culture()
    found = set(vocabulary.concepts_in(requirements))
    found |= {_ESCAPED.get(key, key) for key in vocabulary.concepts_in(reasons)}
    return tuple(c.key for c in vocabulary.concepts() if c.key in found)


def candidate_profile(row: Candidate, facts: KeyFacts | None = None, client_facing: bool = False,
                      canon: Canon = _same, intention: str = "") -> CandidateProfile:
    """What the scorer needs of a candidate; ``facts`` (e.g. a screen in progress) override stored ones.

    ``client_facing`` keeps the bottom line in the score but out of every sentence; ``intention`` is the
    latest phone screen's.
    """
    facts = facts or facts_of(row)
    expected, bottom, current = facts.expected_salary, facts.bottom_line, facts.current_salary
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
        education_level=row.education_level or "",
        languages=language_keys(row.languages or ""),
        current_status=facts.current_status,
        notice_days=facts.notice_days,
        intention=intention,
        culture=_wanted_concepts(facts.next_company_requirements, facts.reasons_for_change),
        current_annual=current.annual_minor if current else None,
    )


def _latest_intentions(s: Session, ids: Iterable[int] | None = None) -> dict[int, str]:
    stmt = select(PhoneScreen.candidate_id, PhoneScreen.intention).where(~PhoneScreen.is_draft)
    if ids is not None:
        stmt = stmt.where(PhoneScreen.candidate_id.in_(list(ids)))
    latest: dict[int, str] = {}
    for cid, intention in s.execute(stmt.order_by(PhoneScreen.started_at, PhoneScreen.id)):
        latest[cid] = intention or latest.get(cid, "")  # a call without a stated intention keeps the last
    return latest


def track_changes(sessions: sessionmaker[Session], changed: Callable[[set[int]], None]) -> None:
    """Call ``changed(candidate ids)`` after each commit that touched candidates, their skills or screens."""
    key = "hhdesk.changed_candidates"

    def collect(session: Session, _context: object) -> None:
        ids: set[int] = session.info.setdefault(key, set())
        for obj in chain(session.new, session.dirty, session.deleted):
            if isinstance(obj, Candidate):
                ids.add(obj.id)
            elif isinstance(obj, CandidateSkill | PhoneScreen):
                ids.add(obj.candidate_id)

    def committed(session: Session) -> None:
        ids = session.info.pop(key, None)
        if ids:
            changed({i for i in ids if i is not None})

    event.listen(sessions, "after_flush", collect)
    event.listen(sessions, "after_commit", committed)
    event.listen(sessions, "after_soft_rollback", lambda session, _tx: session.info.pop(key, None))


class MatchService:
    """Scores one candidate against one position, ranks every candidate for a position (fast), and every
    open position for a candidate."""

    def __init__(self, session_factory: sessionmaker[Session], skills: SkillService | None = None) -> None:
        self._sessions = session_factory
        self._skills = skills
        self._index: MatchIndex | None = None
        self._pending: set[int] = set()
        self._lock = threading.Lock()  # guards _index / _pending (commits arrive from any thread)
        self._index_lock = threading.RLock()  # one thread at a time builds, patches or ranks with the index
        track_changes(session_factory, self._on_committed)

    def _canon(self) -> Canon:
        """Skill names to their canonical form, the agency's own spellings included."""
        return self._skills.vocabulary().normalise if self._skills else _same

    # -- one pair -----------------------------------------------------------------------------------------
    def score(self, candidate_id: int, position_id: int, lang: str = "en",
              facts: KeyFacts | None = None, client_facing: bool = False) -> MatchResult:
        """The matching degree with its breakdown; ``facts`` lets a screen in progress be scored live.

        ``client_facing`` phrases the breakdown for a client: no sentence names the bottom line.
        """
        with self._sessions() as s:
            canon = self._canon()
            profile = self._position_profile(s, position_id, canon)
            row = s.get(Candidate, candidate_id, options=[selectinload(Candidate.skills)])
            if row is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            intention = _latest_intentions(s, [candidate_id]).get(candidate_id, "")
            return score(profile, candidate_profile(row, facts, client_facing, canon, intention), lang)

    # -- every candidate for a position -------------------------------------------------------------------
    def rank_ids(self, position_id: int, filters: MatchFilter | None = None, top: int | None = None) -> Ranking:
        """Every candidate (passing ``filters``) best first, ties by name: ids and totals, no sentences."""
        filters = filters or MatchFilter()
        with self._sessions() as s, self._index_lock:
            profile = self._position_profile(s, position_id, self._canon())
            index = self._current_index(s)
            keep = None
            if filters.city.strip():
                keep = index.city_mask(filters.city)
            if filters.stage:
                staged = self._stages(s, position_id)
                if filters.stage == "none":
                    chosen = ~index.mask(staged)
                else:
                    chosen = index.mask(c for c, stage in staged.items() if stage == filters.stage)
                keep = chosen if keep is None else keep & chosen
            ranking = index.rank(profile, keep, by_name=filters.sort == "name", reverse=filters.descending)
        chosen_rows = (ranking.totals >= filters.min_score)
        if filters.must_haves_met:
            chosen_rows &= ~ranking.capped
        from hhdesk.core.match_index import Ranking

        if not chosen_rows.all():
            ranking = Ranking(ranking.ids[chosen_rows], ranking.totals[chosen_rows], ranking.capped[chosen_rows])
        if top is not None:
            ranking = Ranking(ranking.ids[:top], ranking.totals[:top], ranking.capped[:top])
        return ranking

    def explain(self, position_id: int, candidate_ids: list[int], lang: str = "en") -> list[RankedCandidate]:
        """The full breakdown of the given candidates (a page of a ranking), in the order given.

        The profiles are read from the database (as the index reads them), not from the shared index: any
        thread may explain a page while the database thread ranks.
        """
        rows: dict[int, object] = {}
        profiles: dict[int, CandidateProfile] = {}
        with self._sessions() as s:
            profile = self._position_profile(s, position_id, self._canon())
            stages = self._stages(s, position_id)
            for chunk in id_batches(list(candidate_ids), 500):  # within the database's limit of bound values
                rows.update((r.id, r) for r in s.execute(
                    select(Candidate.id, Candidate.full_name, Candidate.email, Candidate.phone, Candidate.city,
                           Candidate.current_title, Candidate.current_company).where(Candidate.id.in_(chunk))))
                profiles.update((cid, candidate) for cid, _name, candidate in self._load(s, chunk))
        out = []
        for cid in candidate_ids:
            candidate = profiles.get(cid)
            if candidate is None or cid not in rows:
                continue
            out.append(RankedCandidate(CandidateRow(*rows[cid]), score(profile, candidate, lang), stages.get(cid, ""),
                                       salary_figures(profile, candidate)))
        return out

    def rank(self, position_id: int, lang: str = "en", top: int | None = None,
             filters: MatchFilter | None = None) -> list[RankedCandidate]:
        """Candidates scored for the position with their breakdown, best first (ties by name)."""
        ranking = self.rank_ids(position_id, filters, top)
        return self.explain(position_id, [int(i) for i in ranking.ids], lang)

    # -- every open position for a candidate --------------------------------------------------------------
    def rank_positions(self, candidate_id: int, lang: str = "en", open_only: bool = True) -> list[RankedPosition]:
        """The positions (open ones by default) scored for the candidate, best first (ties by title)."""
        with self._sessions() as s:
            row = s.get(Candidate, candidate_id, options=[selectinload(Candidate.skills)])
            if row is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            canon = self._canon()
            candidate = candidate_profile(row, canon=canon,
                                          intention=_latest_intentions(s, [candidate_id]).get(candidate_id, ""))
            stmt = select(Position).options(selectinload(Position.skills), selectinload(Position.company))
            if open_only:
                stmt = stmt.where(Position.status == "open")
            stages = dict(s.execute(select(PipelineEntry.position_id, PipelineEntry.stage)
                                    .where(PipelineEntry.candidate_id == candidate_id)).all())
            out = []
            for position in s.scalars(stmt):
                record = position_record(position)
                profile = position_profile(record, canon, company_culture_text(position))
                out.append(RankedPosition(record, score(profile, candidate, lang), stages.get(position.id, ""),
                                          salary_figures(profile, candidate)))
        out.sort(key=lambda r: (-r.result.total, r.position.title.casefold(), r.position.id))
        return out

    # -- the index -----------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the index (after a bulk import that bypassed the ORM); rebuilt on the next ranking."""
        with self._lock:
            self._index = None
            self._pending.clear()

    def warm_up(self) -> int:
        """Build the index now; returns how many candidates it holds."""
        with self._sessions() as s, self._index_lock:
            return len(self._current_index(s))

    def _on_committed(self, ids: set[int]) -> None:
        with self._lock:
            if self._index is not None:
                self._pending |= ids

    def _current_index(self, s: Session) -> MatchIndex:
        with self._lock:
            index, pending = self._index, set(self._pending)
            self._pending.clear()
        count = s.scalar(select(func.count(Candidate.id))) or 0
        if index is None or (not pending and len(index) != count):  # changed behind our back: start over
            index = self._build(s)
        elif pending:
            self._refresh(s, index, pending)
        with self._lock:
            self._index = index
        return index

    def _load(self, s: Session, ids: list[int] | None) -> Iterable[tuple[int, str, CandidateProfile]]:
        """Profiles from plain rows (SQLAlchemy Core: ~20× faster than ORM objects at 100 000 candidates),
        built by the same ``candidate_profile`` the rest of the service uses."""
        canon = self._memo_canon()
        table = Candidate.__table__
        where = [] if ids is None else [table.c.id.in_(ids)]
        skill_stmt = select(CandidateSkill.candidate_id, CandidateSkill.skill).order_by(CandidateSkill.id)
        if ids is not None:
            skill_stmt = skill_stmt.where(CandidateSkill.candidate_id.in_(ids))
        skills: dict[int, list[SimpleNamespace]] = {}
        for cid, skill in s.execute(skill_stmt):
            skills.setdefault(cid, []).append(SimpleNamespace(skill=skill))
        intentions = _latest_intentions(s, ids)
        for row in s.execute(select(table).where(*where)).mappings():
            plain = SimpleNamespace(**row, skills=skills.get(row["id"], []))
            yield row["id"], row["full_name"], candidate_profile(plain, canon=canon,  # type: ignore[arg-type]
                                                                 intention=intentions.get(row["id"], ""))

    def _memo_canon(self) -> Canon:
        """``_canon`` remembering its answers (a skill is spelled the same way by thousands of people)."""
        canon, memo = self._canon(), {}

        def cached(name: str) -> str:
            found = memo.get(name)
            if found is None:
                found = memo[name] = canon(name)
            return found

        return cached

    def _build(self, s: Session) -> MatchIndex:
        from hhdesk.core.match_index import MatchIndex

        index = MatchIndex()
        for cid, name, profile in self._load(s, None):
            index.put(cid, profile, name)
        return index

    def _refresh(self, s: Session, index: MatchIndex, ids: set[int]) -> None:
        found = set()
        for chunk in id_batches(sorted(ids), 500):
            for cid, name, profile in self._load(s, chunk):
                index.put(cid, profile, name)
                found.add(cid)
        for cid in ids - found:
            index.remove(cid)

    def _position_profile(self, s: Session, position_id: int, canon: Canon) -> PositionProfile:
        row = s.get(Position, position_id, options=[selectinload(Position.skills), selectinload(Position.company)])
        if row is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Position {id} does not exist."), id=position_id))
        return position_profile(position_record(row), canon, company_culture_text(row))

    @staticmethod
    def _stages(s: Session, position_id: int) -> dict[int, str]:
        return dict(s.execute(select(PipelineEntry.candidate_id, PipelineEntry.stage)
                              .where(PipelineEntry.position_id == position_id)).all())

