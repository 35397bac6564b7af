"""Telephone screens: record the call, keep the candidate's key facts current (with history), move the
pipeline, and turn "call me back" and "follow up" into reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import (
    Activity,
    Candidate,
    FactConfirmation,
    PhoneScreen,
    Position,
    Reminder,
    ResumeDoubt,
    ScreenDraft,
    utcnow,
)
from hhdesk.core.facts import fact_value_text
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import (
    CURRENT_STATUSES,
    INTENTIONS,
    NOT_SUITABLE_REASONS,
    OUTCOMES,
    QUESTION_TOPICS,
    KeyFacts,
    NotFoundError,
    ScreenInput,
    ScreenRecord,
    ValidationError,
)
from hhdesk.core.search import index_candidates
from hhdesk.core.services._mapping import one_of, salary_from, salary_to
from hhdesk.core.services.candidates import set_skills
from hhdesk.core.services.pipeline import move_stage
from hhdesk.core.services.skills import SkillService
from hhdesk.core.skill_text import split_skills

_TEXT_FIELDS = ("job_search_direction", "relevant_experience", "doubts_explained", "candidate_questions",
                "intention", "outcome", "outcome_reason_code", "outcome_reason", "assessment", "notes")
_FACT_PLAIN = ("current_status", "notice_days", "reasons_for_change", "next_company_requirements",
               "main_skills", "willing_to_relocate", "unemployed_since", "interview_availability")
_MONEY = ("current_salary", "expected_salary", "bottom_line")
_OUTCOME_STAGE = {"recommend": "shortlisted", "talent_pool": "talent_pool", "not_suitable": "rejected"}
# A call-back "now" typed a minute late is still fine; one a day in the past is a mistake.
_PAST_SLACK = timedelta(hours=1)


def screen_record(row: PhoneScreen, position: Position | None = None) -> ScreenRecord:
    facts = KeyFacts(**{f: getattr(row, f) for f in _FACT_PLAIN}, **{m: salary_from(row, m) for m in _MONEY})
    qa = {topic: (str(v.get("asked", "")), str(v.get("answered", "")))
          for topic, v in (row.candidate_qa or {}).items() if isinstance(v, dict)}
    return ScreenRecord(
        id=row.id, candidate_id=row.candidate_id, position_id=row.position_id,
        identity_confirmed=row.identity_confirmed, introduced=row.introduced,
        purpose_explained=row.purpose_explained, convenient=row.convenient, callback_at=row.callback_at,
        facts=facts, candidate_qa=qa, follow_up_at=row.follow_up_at,
        started_at=row.started_at, ended_at=row.ended_at, **{f: getattr(row, f) for f in _TEXT_FIELDS},
        position_title=position.title if position else "",
        company_name=position.company.name if position else "",
    )


def validate(data: ScreenInput) -> None:
    """Raise :class:`ValidationError` (field, message) for what cannot be stored; nothing is written."""
    facts = data.facts
    one_of("current_status", facts.current_status, CURRENT_STATUSES)
    one_of("intention", data.intention, INTENTIONS)
    one_of("outcome", data.outcome, OUTCOMES)
    one_of("outcome_reason_code", data.outcome_reason_code, NOT_SUITABLE_REASONS)
    unknown = set(data.candidate_qa) - set(QUESTION_TOPICS)
    if unknown:
        raise ValidationError("candidate_qa", f"Unknown question topic {sorted(unknown)[0]!r}.")
    if facts.notice_days is not None and not 0 <= facts.notice_days <= 365:
        raise ValidationError("notice_days", msg(QT_TRANSLATE_NOOP("Core", "Notice period must be 0 to 365 days.")))
    started = data.started_at or utcnow()
    if facts.unemployed_since is not None and facts.unemployed_since > started.date():
        raise ValidationError("unemployed_since", msg(
            QT_TRANSLATE_NOOP("Core", "“Not employed since” cannot be in the future.")))
    if data.ended_at is not None and data.started_at is not None and data.ended_at < data.started_at:
        raise ValidationError("ended_at", msg(QT_TRANSLATE_NOOP("Core", "The call cannot end before it started.")))
    if data.callback_at is not None and data.callback_at < started - _PAST_SLACK:
        raise ValidationError("callback_at", msg(QT_TRANSLATE_NOOP("Core", "The call-back time is in the past.")))
    if data.follow_up_at is not None and data.follow_up_at < started - _PAST_SLACK:
        raise ValidationError("follow_up_at", msg(QT_TRANSLATE_NOOP("Core", "The follow-up date is in the past.")))
    if data.outcome == "not_suitable":
        if not data.outcome_reason_code and not data.outcome_reason.strip():
            raise ValidationError("outcome_reason", msg(
                QT_TRANSLATE_NOOP("Core", "Say why the candidate is not suitable.")))
        if data.outcome_reason_code == "other" and not data.outcome_reason.strip():
            raise ValidationError("outcome_reason", msg(QT_TRANSLATE_NOOP("Core", "Describe the “other” reason.")))


class ScreenService:
    """Record phone screens and read them back."""

    def __init__(self, session_factory: sessionmaker[Session], skills: SkillService | None = None) -> None:
        """``skills`` (optional) turns the main skills spoken on the call into the vocabulary's names."""
        self._sessions = session_factory
        self._skills = skills

    def record(self, data: ScreenInput) -> ScreenRecord:
        """Save a finished (or not-convenient) screen in one transaction: the screen, the key facts onto the
        candidate with their history, the doubts' explanations, the pipeline stage, the reminders, the
        timeline entry; the draft of this call is removed."""
        validate(data)
        ended = data.ended_at or utcnow()
        started = data.started_at or ended
        with self._sessions.begin() as s:
            candidate = s.get(Candidate, data.candidate_id)
            if candidate is None:
                raise NotFoundError(msg(
                    QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=data.candidate_id))
            position = s.get(Position, data.position_id) if data.position_id is not None else None
            if data.position_id is not None and position is None:
                raise NotFoundError(msg(
                    QT_TRANSLATE_NOOP("Core", "Position {id} does not exist."), id=data.position_id))
            facts = data.facts if data.convenient is not False else KeyFacts()
            row = PhoneScreen(
                candidate_id=candidate.id, position_id=data.position_id, started_at=started, ended_at=ended,
                identity_confirmed=data.identity_confirmed, introduced=data.introduced,
                purpose_explained=data.purpose_explained, convenient=data.convenient,
                callback_at=data.callback_at, follow_up_at=data.follow_up_at,
                candidate_qa={t: {"asked": a.strip(), "answered": b.strip()}
                              for t, (a, b) in data.candidate_qa.items() if a.strip() or b.strip()},
                **{f: getattr(data, f) for f in _TEXT_FIELDS},
                **{f: getattr(facts, f) for f in _FACT_PLAIN},
            )
            for money in _MONEY:
                salary_to(row, money, getattr(facts, money))
            s.add(row)
            s.flush()
            s.execute(delete(ScreenDraft).where(ScreenDraft.candidate_id == candidate.id))
            title = position.title if position else ""
            if data.convenient is False:
                self._not_convenient(s, row, title)
                return screen_record(row, position)
            if self._skills is not None and facts.main_skills.strip():
                vocabulary = self._skills.vocabulary()
                facts = replace(facts, main_skills=", ".join(
                    dict.fromkeys(vocabulary.normalise(x) for x in split_skills(facts.main_skills))))
                row.main_skills = facts.main_skills
            self._update_candidate(s, candidate, facts, row.id, ended)
            self._explain_doubts(s, candidate.id, data.doubt_explanations)
            if position is not None:
                self._move_pipeline(s, candidate.id, position.id, data.outcome, ended)
            if data.follow_up_at is not None:
                s.add(Reminder(candidate_id=candidate.id, position_id=data.position_id, kind="follow_up",
                               due_at=data.follow_up_at))  # the kind and the position say it all
            minutes = max(1, round((ended - started).total_seconds() / 60))
            s.add(Activity(candidate_id=candidate.id, position_id=data.position_id, kind="call", at=ended,
                           summary=f"Phone screen{': ' + title if title else ''} ({minutes} min)"[:300],
                           details=data.outcome))
            s.flush()
            index_candidates(s, [candidate.id])  # the screen may have added skills
            return screen_record(row, position)

    def latest(self, candidate_id: int, position_id: int | None = None) -> ScreenRecord | None:
        """The newest screen of a candidate (for ``position_id`` if given, else any)."""
        with self._sessions() as s:
            stmt = select(PhoneScreen).where(PhoneScreen.candidate_id == candidate_id, ~PhoneScreen.is_draft)
            if position_id is not None:
                stmt = stmt.where(PhoneScreen.position_id == position_id)
            row = s.scalars(stmt.order_by(PhoneScreen.started_at.desc(), PhoneScreen.id.desc()).limit(1)).first()
            return screen_record(row, s.get(Position, row.position_id) if row and row.position_id else None) \
                if row else None

    def history(self, candidate_id: int) -> list[ScreenRecord]:
        """Every screen of a candidate, newest first, with the facts as they were then."""
        with self._sessions() as s:
            rows = s.scalars(select(PhoneScreen).where(PhoneScreen.candidate_id == candidate_id,
                                                       ~PhoneScreen.is_draft)
                             .order_by(PhoneScreen.started_at.desc(), PhoneScreen.id.desc())).all()
            return [screen_record(r, s.get(Position, r.position_id) if r.position_id else None) for r in rows]

    @staticmethod
    def _not_convenient(s: Session, row: PhoneScreen, title: str) -> None:
        """The call ends at the opening; a call-back time becomes a reminder."""
        when = ""
        if row.callback_at is not None:
            s.add(Reminder(candidate_id=row.candidate_id, position_id=row.position_id, kind="callback",
                           due_at=row.callback_at))
            when = f"; call back {row.callback_at:%Y-%m-%d %H:%M} UTC"
        s.add(Activity(candidate_id=row.candidate_id, position_id=row.position_id, kind="call", at=row.ended_at,
                       summary=f"Call: not convenient{when}"[:300]))

    @staticmethod
    def _update_candidate(s: Session, candidate: Candidate, facts: KeyFacts, screen_id: int, at: datetime) -> None:
        """Facts stated on this call overwrite what was known and are recorded as confirmed now."""
        stated: dict[str, object] = {}
        for name in _FACT_PLAIN:
            value = getattr(facts, name)
            if isinstance(value, str):
                value = value.strip()
            if value in (None, ""):
                continue
            stated[name] = value
            if name != "main_skills":
                setattr(candidate, name, value)
        if facts.current_status and facts.current_status != "unemployed":
            candidate.unemployed_since = facts.unemployed_since
        for money in _MONEY:
            if getattr(facts, money) is not None:
                salary_to(candidate, money, getattr(facts, money))
                stated[money] = getattr(facts, money)
        if "main_skills" in stated:
            merged = [x.skill for x in candidate.skills] + split_skills(facts.main_skills)
            set_skills(candidate, merged, "screen")
        for name, value in stated.items():
            s.add(FactConfirmation(candidate_id=candidate.id, screen_id=screen_id, field=name,
                                   value=fact_value_text(value), source="screen", at=at))

    @staticmethod
    def _explain_doubts(s: Session, candidate_id: int, explanations: tuple[tuple[int, str], ...]) -> None:
        for doubt_id, text in explanations:
            doubt = s.get(ResumeDoubt, doubt_id)
            if doubt is None or doubt.candidate_id != candidate_id:
                raise ValidationError("doubt_explanations", msg(
                    QT_TRANSLATE_NOOP("Core", "That resume doubt belongs to someone else.")))
            if text.strip():
                doubt.explanation = text.strip()

    @staticmethod
    def _move_pipeline(s: Session, candidate_id: int, position_id: int, outcome: str, at: datetime) -> None:
        move_stage(s, candidate_id, position_id, _OUTCOME_STAGE.get(outcome, "screened"), at)
