"""Phone screens in progress, saved as the consultant types so a crash or an accidental close loses nothing."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Candidate, Position, ScreenDraft, utcnow
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import NotFoundError, ScreenDraftRecord, ValidationError

MAX_STATE_BYTES = 1_000_000  # a form's text, however long the call: far below this


def _record(row: ScreenDraft, name: str) -> ScreenDraftRecord:
    return ScreenDraftRecord(row.candidate_id, name, row.position_id, row.started_at, row.saved_at,
                             dict(row.state or {}))


class ScreenDraftService:
    """One draft per candidate: the raw state of the form (every field as typed, even half-typed money)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def save(self, candidate_id: int, position_id: int | None, started_at: datetime,
             state: dict[str, object]) -> None:
        """Create or replace the candidate's draft. ``state`` must be JSON (strings, numbers, lists, dicts)."""
        try:
            size = len(json.dumps(state, ensure_ascii=False).encode())
        except (TypeError, ValueError) as exc:
            raise ValidationError("state", f"The draft cannot be stored: {exc}.") from exc
        if size > MAX_STATE_BYTES:
            raise ValidationError("state", msg(QT_TRANSLATE_NOOP("Core", "The draft is too large to store.")))
        with self._sessions.begin() as s:
            if s.get(Candidate, candidate_id) is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            if position_id is not None and s.get(Position, position_id) is None:
                position_id = None  # deleted meanwhile: the draft still keeps what was typed
            row = s.scalars(select(ScreenDraft).where(ScreenDraft.candidate_id == candidate_id)).first()
            if row is None:
                row = ScreenDraft(candidate_id=candidate_id)
                s.add(row)
            row.position_id, row.started_at, row.saved_at, row.state = position_id, started_at, utcnow(), state

    def get(self, candidate_id: int) -> ScreenDraftRecord | None:
        with self._sessions() as s:
            row = s.execute(select(ScreenDraft, Candidate.full_name).join(Candidate)
                            .where(ScreenDraft.candidate_id == candidate_id)).first()
            return _record(*row) if row else None

    def all(self) -> list[ScreenDraftRecord]:
        """Every unfinished call, the most recently typed first (for restoring at start-up)."""
        with self._sessions() as s:
            rows = s.execute(select(ScreenDraft, Candidate.full_name).join(Candidate)
                             .order_by(ScreenDraft.saved_at.desc(), ScreenDraft.id.desc())).all()
            return [_record(*r) for r in rows]

    def discard(self, candidate_id: int) -> bool:
        """Remove the candidate's draft; True if there was one."""
        with self._sessions.begin() as s:
            return bool(s.execute(delete(ScreenDraft).where(ScreenDraft.candidate_id == candidate_id)).rowcount)
