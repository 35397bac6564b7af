"""A candidate's history: calls, stage changes, reminders, imports and reports; and each key fact's history."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import (
    Activity,
    Company,
    FactConfirmation,
    PhoneScreen,
    PipelineEntry,
    PipelineEvent,
    Position,
    Reminder,
)
from hhdesk.core.records import FactChange, TimelineEntry


def _position_label(title: str | None, company: str | None) -> str:
    return " — ".join(x for x in (title, company) if x)


class TimelineService:
    """Read-only views over what happened with a candidate, newest first."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def timeline(self, candidate_id: int) -> list[TimelineEntry]:
        """Calls (``detail`` = outcome; ``screen_id`` to read the screen), stage changes (``detail`` =
        "from→to"), reminders (``detail`` = kind; ``done``), and other activities (imports, reports)."""
        entries: list[TimelineEntry] = []
        with self._sessions() as s:
            calls = s.execute(
                select(PhoneScreen.id, PhoneScreen.ended_at, PhoneScreen.started_at, PhoneScreen.outcome,
                       PhoneScreen.convenient, Position.title, Company.name)
                .outerjoin(Position, Position.id == PhoneScreen.position_id)
                .outerjoin(Company, Company.id == Position.company_id)
                .where(PhoneScreen.candidate_id == candidate_id, ~PhoneScreen.is_draft)).all()
            for sid, ended, started, outcome, convenient, title, company in calls:
                entries.append(TimelineEntry(ended or started, "call", _position_label(title, company),
                                             "not_convenient" if convenient is False else outcome, screen_id=sid))
            stages = s.execute(
                select(PipelineEvent.at, PipelineEvent.from_stage, PipelineEvent.to_stage, Position.title,
                       Company.name)
                .join(PipelineEntry, PipelineEntry.id == PipelineEvent.entry_id)
                .join(Position, Position.id == PipelineEntry.position_id)
                .join(Company, Company.id == Position.company_id)
                .where(PipelineEntry.candidate_id == candidate_id)).all()
            for at, before, after, title, company in stages:
                entries.append(TimelineEntry(at, "stage", _position_label(title, company), f"{before}→{after}"))
            reminders = s.execute(
                select(Reminder.due_at, Reminder.kind, Reminder.note, Reminder.done_at, Position.title, Company.name)
                .outerjoin(Position, Position.id == Reminder.position_id)
                .outerjoin(Company, Company.id == Position.company_id)
                .where(Reminder.candidate_id == candidate_id)).all()
            for due, kind, note, done, title, company in reminders:
                entries.append(TimelineEntry(due, "reminder", note or _position_label(title, company), kind,
                                             done=done is not None))
            others = s.execute(select(Activity.at, Activity.kind, Activity.summary, Activity.details)
                               .where(Activity.candidate_id == candidate_id, Activity.kind != "call")).all()
            for at, kind, summary, details in others:
                entries.append(TimelineEntry(at, kind, summary, details))
        entries.sort(key=lambda e: e.at, reverse=True)
        return entries

    def fact_history(self, candidate_id: int, field: str | None = None) -> list[FactChange]:
        """Every statement of the candidate's key facts (of one ``field`` if given), newest first."""
        with self._sessions() as s:
            stmt = select(FactConfirmation).where(FactConfirmation.candidate_id == candidate_id)
            if field is not None:
                stmt = stmt.where(FactConfirmation.field == field)
            rows = s.scalars(stmt.order_by(FactConfirmation.at.desc(), FactConfirmation.id.desc())).all()
            return [FactChange(r.field, r.value, r.source, r.at, r.screen_id) for r in rows]


def facts_confirmed(s: Session, candidate_id: int) -> dict:
    """When each key fact of the candidate was last stated: ``{field: datetime}``."""
    rows = s.execute(select(FactConfirmation.field, func.max(FactConfirmation.at))
                     .where(FactConfirmation.candidate_id == candidate_id)
                     .group_by(FactConfirmation.field)).all()
    return {f: at for f, at in rows}
