"""The pipeline: which candidates are considered for which positions, and the stage each has reached."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Candidate, PipelineEntry, PipelineEvent, Position, utcnow
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import PIPELINE_STAGES, NotFoundError, ValidationError


def move_stage(s: Session, candidate_id: int, position_id: int, stage: str, at: datetime | None = None,
               note: str = "", enter_at: str = "sourced") -> str:
    """Inside a unit of work: put the candidate at ``stage`` for the position, keeping the move as an event.

    A candidate new to the position's pipeline enters at ``enter_at`` ("" for straight at ``stage``).
    Returns the stage before ("" when new); moving to the stage it is at records nothing.
    """
    entry = s.scalars(select(PipelineEntry).where(PipelineEntry.candidate_id == candidate_id,
                                                  PipelineEntry.position_id == position_id)).first()
    before = entry.stage if entry else ""
    if entry is None:
        entry = PipelineEntry(candidate_id=candidate_id, position_id=position_id, stage=enter_at or stage)
        s.add(entry)
    start = entry.stage if enter_at else before
    if start != stage:
        entry.events.append(PipelineEvent(from_stage=start, to_stage=stage, at=at or utcnow(), note=note))
        entry.stage = stage
    return before


class PipelineService:
    """Move candidates through a position's stages; every move is kept as an event."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def move(self, candidate_id: int, position_id: int, stage: str, note: str = "") -> str:
        """Put the candidate at ``stage`` for the position (entering the pipeline if needed); returns the
        stage before ("" when new). Moving to the stage it is at changes nothing."""
        if stage not in PIPELINE_STAGES:
            raise ValidationError("stage", f"Unknown stage {stage!r}.")
        with self._sessions.begin() as s:
            if s.get(Candidate, candidate_id) is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            if s.get(Position, position_id) is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Position {id} does not exist."), id=position_id))
            return move_stage(s, candidate_id, position_id, stage, note=note, enter_at="")

    def positions_of(self, candidate_id: int) -> list[tuple[int, str, str, str]]:
        """The open positions the candidate is considered for (not rejected): (id, title, company, stage),
        most recently moved first."""
        from hhdesk.core.db.models import Company

        with self._sessions() as s:
            rows = s.execute(select(Position.id, Position.title, Company.name, PipelineEntry.stage)
                             .join(PipelineEntry, PipelineEntry.position_id == Position.id)
                             .join(Company, Company.id == Position.company_id)
                             .where(PipelineEntry.candidate_id == candidate_id, PipelineEntry.stage != "rejected",
                                    Position.status == "open")
                             .order_by(PipelineEntry.updated_at.desc(), PipelineEntry.id.desc())).all()
            return [(pid, title, company, stage) for pid, title, company, stage in rows]

    def stage(self, candidate_id: int, position_id: int) -> str:
        with self._sessions() as s:
            return s.scalar(select(PipelineEntry.stage).where(PipelineEntry.candidate_id == candidate_id,
                                                              PipelineEntry.position_id == position_id)) or ""
