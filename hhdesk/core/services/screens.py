"""Telephone screens: record the call, keep the candidate's key facts current, move the pipeline."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Activity, Candidate, PhoneScreen, PipelineEntry, PipelineEvent, Position, utcnow
from hhdesk.core.records import (
    CURRENT_STATUSES,
    INTENTIONS,
    OUTCOMES,
    NotFoundError,
    ScreenInput,
    ScreenRecord,
    ValidationError,
)
from hhdesk.core.search import index_candidates
from hhdesk.core.services._mapping import one_of, salary_from, salary_to
from hhdesk.core.services.candidates import set_skills
from hhdesk.core.skill_text import split_skills

_TEXT_FIELDS = ("job_search_direction", "relevant_experience", "doubts_explained", "candidate_questions",
                "intention", "outcome", "outcome_reason", "assessment", "notes")
_FACT_TEXT = ("current_status", "notice_days", "reasons_for_change", "next_company_requirements",
              "main_skills", "willing_to_relocate")
_MONEY = ("current_salary", "expected_salary", "bottom_line")
_OUTCOME_STAGE = {"recommend": "shortlisted", "talent_pool": "talent_pool", "not_suitable": "rejected"}


def screen_record(row: PhoneScreen) -> ScreenRecord:
    from hhdesk.core.records import KeyFacts

    facts = KeyFacts(**{f: getattr(row, f) for f in _FACT_TEXT},
                     **{m: salary_from(row, m) for m in _MONEY})
    return ScreenRecord(
        id=row.id, candidate_id=row.candidate_id, position_id=row.position_id,
        identity_confirmed=row.identity_confirmed, introduced=row.introduced,
        purpose_explained=row.purpose_explained, convenient=row.convenient, facts=facts,
        started_at=row.started_at, ended_at=row.ended_at, **{f: getattr(row, f) for f in _TEXT_FIELDS},
    )


class ScreenService:
    """Record phone screens and read them back."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def record(self, data: ScreenInput) -> ScreenRecord:
        """Save a finished screen, copy its key facts onto the candidate and move the pipeline stage."""
        facts = data.facts
        one_of("current_status", facts.current_status, CURRENT_STATUSES)
        one_of("intention", data.intention, INTENTIONS)
        one_of("outcome", data.outcome, OUTCOMES)
        if facts.notice_days is not None and not 0 <= facts.notice_days <= 365:
            raise ValidationError("notice_days", "Notice period must be 0 to 365 days.")
        if data.outcome == "not_suitable" and not data.outcome_reason.strip():
            raise ValidationError("outcome_reason", "Say why the candidate is not suitable.")
        with self._sessions.begin() as s:
            candidate = s.get(Candidate, data.candidate_id)
            if candidate is None:
                raise NotFoundError(f"Candidate {data.candidate_id} does not exist.")
            position = s.get(Position, data.position_id) if data.position_id is not None else None
            if data.position_id is not None and position is None:
                raise NotFoundError(f"Position {data.position_id} does not exist.")
            row = PhoneScreen(
                candidate_id=candidate.id, position_id=data.position_id,
                started_at=data.started_at or utcnow(), ended_at=utcnow(),
                identity_confirmed=data.identity_confirmed, introduced=data.introduced,
                purpose_explained=data.purpose_explained, convenient=data.convenient,
                **{f: getattr(data, f) for f in _TEXT_FIELDS},
                **{f: getattr(facts, f) for f in _FACT_TEXT},
            )
            for money in _MONEY:
                salary_to(row, money, getattr(facts, money))
            s.add(row)
            self._update_candidate(candidate, data)
            if position is not None:
                self._move_pipeline(s, candidate.id, position.id, data.outcome)
            s.add(Activity(candidate_id=candidate.id, position_id=data.position_id, kind="call",
                           summary=f"Phone screen{': ' + position.title if position else ''}"))
            s.flush()
            index_candidates(s, [candidate.id])  # the screen may have added skills
            return screen_record(row)

    def latest(self, candidate_id: int, position_id: int | None = None) -> ScreenRecord | None:
        """The newest screen of a candidate (for ``position_id`` if given, else any)."""
        with self._sessions() as s:
            stmt = select(PhoneScreen).where(PhoneScreen.candidate_id == candidate_id, ~PhoneScreen.is_draft)
            if position_id is not None:
                stmt = stmt.where(PhoneScreen.position_id == position_id)
            row = s.scalars(stmt.order_by(PhoneScreen.started_at.desc(), PhoneScreen.id.desc()).limit(1)).first()
            return screen_record(row) if row else None

    @staticmethod
    def _update_candidate(candidate: Candidate, data: ScreenInput) -> None:
        facts = data.facts
        # Only facts stated on this call overwrite what was known.
        if facts.current_status:
            candidate.current_status = facts.current_status
        if facts.notice_days is not None:
            candidate.notice_days = facts.notice_days
        if facts.reasons_for_change.strip():
            candidate.reasons_for_change = facts.reasons_for_change.strip()
        if facts.next_company_requirements.strip():
            candidate.next_company_requirements = facts.next_company_requirements.strip()
        if facts.willing_to_relocate is not None:
            candidate.willing_to_relocate = facts.willing_to_relocate
        for money in _MONEY:
            if getattr(facts, money) is not None:
                salary_to(candidate, money, getattr(facts, money))
        if facts.main_skills.strip():
            merged = [s.skill for s in candidate.skills] + split_skills(facts.main_skills)
            set_skills(candidate, merged, "screen")

    @staticmethod
    def _move_pipeline(s: Session, candidate_id: int, position_id: int, outcome: str) -> None:
        entry = s.scalars(select(PipelineEntry).where(PipelineEntry.candidate_id == candidate_id,
                                                      PipelineEntry.position_id == position_id)).first()
        if entry is None:
            entry = PipelineEntry(candidate_id=candidate_id, position_id=position_id, stage="sourced")
            s.add(entry)
        target = _OUTCOME_STAGE.get(outcome, "screened")
        if entry.stage != target:
            entry.events.append(PipelineEvent(from_stage=entry.stage, to_stage=target))
            entry.stage = target
