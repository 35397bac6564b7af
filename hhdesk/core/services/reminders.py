"""Reminders: call-backs, follow-ups and interviews to act on, with the candidate they concern."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Candidate, Company, Position, Reminder, utcnow
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import NotFoundError


@dataclass(frozen=True)
class ReminderRow:
    id: int
    due_at: datetime  # naive UTC
    kind: str  # callback | follow_up | interview
    note: str
    candidate_id: int | None
    candidate_name: str
    position_title: str
    company_name: str
    done_at: datetime | None


class ReminderService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def open_reminders(self, due_before: datetime | None = None) -> list[ReminderRow]:
        """Reminders not done yet (due before ``due_before`` if given), soonest first."""
        with self._sessions() as s:
            stmt = (select(Reminder, Candidate.full_name, Position.title, Company.name)
                    .outerjoin(Candidate, Candidate.id == Reminder.candidate_id)
                    .outerjoin(Position, Position.id == Reminder.position_id)
                    .outerjoin(Company, Company.id == Position.company_id)
                    .where(Reminder.done_at.is_(None)))
            if due_before is not None:
                stmt = stmt.where(Reminder.due_at < due_before)
            rows = s.execute(stmt.order_by(Reminder.due_at, Reminder.id)).all()
            return [ReminderRow(r.id, r.due_at, r.kind, r.note, r.candidate_id, name or "", title or "",
                                company or "", r.done_at) for r, name, title, company in rows]

    def mark_done(self, reminder_id: int) -> None:
        with self._sessions.begin() as s:
            row = s.get(Reminder, reminder_id)
            if row is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Reminder {id} does not exist."), id=reminder_id))
            if row.done_at is None:
                row.done_at = utcnow()
