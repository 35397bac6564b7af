"""Resume doubts for the phone screen: gaps between jobs, short tenures and overlapping jobs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hhdesk.core.parsing.date_ranges import months_between
from hhdesk.core.parsing.work_history import Job

__all__ = ["GAP_MONTHS", "SHORT_TENURE_MONTHS", "ResumeDoubt", "find_doubts"]

GAP_MONTHS = 3  # a gap longer than this is worth a question
SHORT_TENURE_MONTHS = 12
OVERLAP_MONTHS = 1  # a month shared between two jobs is a notice period, not an overlap


@dataclass(frozen=True)
class ResumeDoubt:
    """One thing to ask about. ``kind`` is 'gap', 'short_tenure' or 'overlap'; ``start``/``end`` bound it
    (``end`` ``None``: up to now)."""

    kind: str
    description: str
    start: date
    end: date | None


def _label(job: Job) -> str:
    parts = [p for p in (job.title, job.company) if p]
    return " at ".join(parts) if parts else "a job"


def _month(value: date | None) -> str:
    return value.strftime("%Y-%m") if value else "present"


def find_doubts(jobs: tuple[Job, ...] | list[Job], today: date | None = None) -> tuple[ResumeDoubt, ...]:
    """Gaps over three months between jobs, ended jobs held under a year, and jobs overlapping by more than a
    month. A current job is never called short: it is still running."""
    now = today or date.today()
    dated = sorted((j for j in jobs if j.start is not None), key=lambda j: (j.start, j.end or now))
    doubts: list[ResumeDoubt] = []
    for job in dated:
        assert job.start is not None
        if job.end is not None and months_between(job.start, job.end) < SHORT_TENURE_MONTHS:
            months = months_between(job.start, job.end)
            doubts.append(ResumeDoubt(
                "short_tenure", f"{_label(job)} lasted {months} month{'s' if months != 1 else ''}",
                job.start, job.end))
    covered_until: date | None = None
    previous: Job | None = None
    for job in dated:
        assert job.start is not None
        end = job.end or now
        if previous is not None and covered_until is not None:
            gap = months_between(covered_until, job.start)
            if gap > GAP_MONTHS:
                doubts.append(ResumeDoubt(
                    "gap", f"{gap} months without a job between {_month(covered_until)} and {_month(job.start)}",
                    covered_until, job.start))
            overlap = months_between(job.start, min(end, previous.end or now))
            if overlap > OVERLAP_MONTHS:
                doubts.append(ResumeDoubt(
                    "overlap", f"{_label(previous)} and {_label(job)} overlap by {overlap} months",
                    job.start, min(end, previous.end or now) if job.end or previous.end else None))
        if covered_until is None or end > covered_until:
            covered_until = end
            previous = job
    return tuple(doubts)
