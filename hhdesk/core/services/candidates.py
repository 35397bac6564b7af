"""Candidates: the list, the profile, and creating profiles from dropped resume files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hhdesk.core.db.models import Candidate, CandidateSkill, ResumeDoubt, ResumeFile, ResumeText
from hhdesk.core.duplicates import DuplicateService, PersonKey
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import (
    CandidateInput,
    CandidateRecord,
    CandidateRow,
    DoubtRecord,
    ImportOutcome,
    KeyFacts,
    NotFoundError,
    ResumeFileRecord,
)
from hhdesk.core.resume_store import ResumeStore, file_sha256
from hhdesk.core.search import index_candidates, remove_candidates
from hhdesk.core.services._mapping import required_text, salary_from, years
from hhdesk.core.services.timeline import facts_confirmed

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]


def facts_of(row: Candidate) -> KeyFacts:
    return KeyFacts(
        current_status=row.current_status,
        notice_days=row.notice_days,
        reasons_for_change=row.reasons_for_change,
        next_company_requirements=row.next_company_requirements,
        main_skills=", ".join(s.skill for s in row.skills),
        current_salary=salary_from(row, "current_salary"),
        expected_salary=salary_from(row, "expected_salary"),
        bottom_line=salary_from(row, "bottom_line"),
        willing_to_relocate=row.willing_to_relocate,
        unemployed_since=row.unemployed_since,
        interview_availability=row.interview_availability,
    )


def candidate_record(row: Candidate, confirmed: dict | None = None) -> CandidateRecord:
    latest = row.resumes[-1] if row.resumes else None
    return CandidateRecord(
        id=row.id,
        full_name=row.full_name,
        email=row.email,
        phone=row.phone,
        city=row.city,
        current_title=row.current_title,
        current_company=row.current_company,
        years_experience=float(row.years_experience) if row.years_experience is not None else None,
        skills=tuple(s.skill for s in row.skills),
        notes=row.notes,
        facts=facts_of(row),
        resume_text=latest.text.text if latest and latest.text else "",
        resumes=tuple(
            ResumeFileRecord(r.id, r.original_name, r.stored_path, r.sha256, r.size_bytes) for r in row.resumes
        ),
        education_level=row.education_level,
        doubts=tuple(DoubtRecord(d.id, d.kind, d.description, d.start_on, d.end_on, d.explanation)
                     for d in row.doubts),
        facts_confirmed=confirmed or {},
    )


class CandidateService:
    """Candidate profiles and resume import."""

    def __init__(self, session_factory: sessionmaker[Session], store: ResumeStore, region: str = "CN") -> None:
        self._sessions = session_factory
        self._store = store
        self.region = region

    def list_rows(self) -> list[CandidateRow]:
        """Every candidate, newest first, as light rows for the list."""
        with self._sessions() as s:
            rows = s.execute(
                select(Candidate.id, Candidate.full_name, Candidate.email, Candidate.phone, Candidate.city,
                       Candidate.current_title, Candidate.current_company).order_by(Candidate.id.desc())
            ).all()
            return [CandidateRow(*r) for r in rows]

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count(Candidate.id))) or 0

    def get(self, candidate_id: int) -> CandidateRecord:
        with self._sessions() as s:
            row = s.get(Candidate, candidate_id, options=[
                selectinload(Candidate.skills), selectinload(Candidate.resumes).selectinload(ResumeFile.text),
                selectinload(Candidate.doubts)])
            if row is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            return candidate_record(row, facts_confirmed(s, candidate_id))

    def save(self, data: CandidateInput, candidate_id: int | None = None) -> CandidateRecord:
        """Create or update a candidate's profile fields and skills."""
        name = required_text("full_name", data.full_name, msg(QT_TRANSLATE_NOOP("Core", "Name")), 120)
        yrs = years("years_experience", data.years_experience)
        with self._sessions.begin() as s:
            row = Candidate() if candidate_id is None else s.get(Candidate, candidate_id)
            if row is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            row.full_name = name
            row.email, row.phone, row.city = data.email.strip(), data.phone.strip(), data.city.strip()
            row.current_title, row.current_company = data.current_title.strip(), data.current_company.strip()
            row.years_experience = Decimal(str(yrs)) if yrs is not None else None
            row.notes = data.notes
            set_skills(row, data.skills, "manual")
            s.add(row)
            s.flush()
            candidate_id = row.id
            index_candidates(s, [candidate_id])
        return self.get(candidate_id)

    def delete(self, candidate_id: int) -> None:
        with self._sessions.begin() as s:
            row = s.get(Candidate, candidate_id)
            if row is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
            s.delete(row)
            remove_candidates(s, [candidate_id])

    # import --------------------------------------------------------------------------------
    def import_resume(self, path: Path, attach_to: int | None = None,
                      parsed: ParsedOrError | None = None) -> ImportOutcome:
        """Create a candidate from one resume file, or add it to the person it belongs to.

        The file goes to ``attach_to`` when given (a drop on an open candidate), else to an existing
        candidate with the same e-mail, phone, or name at the same company (status "attached"), else a new
        candidate is created with every field read from it. The same file twice is "duplicate"; a bad file
        is "failed" with the reason. Never raises for a bad file; one transaction per file.
        """
        path = Path(path)
        try:
            sha = file_sha256(path)
        except OSError as exc:
            return ImportOutcome(str(path), "failed", message=msg(
                QT_TRANSLATE_NOOP("Core", "Cannot read the file: {reason}."), reason=exc.strerror or str(exc)))
        with self._sessions() as s:
            existing = s.execute(
                select(ResumeFile.candidate_id, Candidate.full_name).join(Candidate).where(ResumeFile.sha256 == sha)
            ).first()
        if existing:
            return ImportOutcome(str(path), "duplicate", existing[0], existing[1],
                                 msg(QT_TRANSLATE_NOOP("Core", "This file was imported before.")))
        if parsed is None:
            parsed = parse_for_import(path, self.region)
        if isinstance(parsed, str):
            return ImportOutcome(str(path), "failed", message=parsed)
        reason = ""
        if attach_to is None:
            match = next((m for m in DuplicateService(self._sessions).find(PersonKey(
                parsed.full_name or "", parsed.email or "", parsed.phone or "", parsed.current_company or ""))
                if m.strong), None)
            if match is not None:
                attach_to = match.candidate_id
                reason = {"email": QT_TRANSLATE_NOOP("Core", "same e-mail"),
                          "phone": QT_TRANSLATE_NOOP("Core", "same phone"),
                          "name_company": QT_TRANSLATE_NOOP("Core", "same name and company")}[match.reasons[0]]
        relative = self._store.put(path, sha)
        try:
            with self._sessions.begin() as s:
                row = s.get(Candidate, attach_to) if attach_to is not None else None
                if attach_to is not None and row is None:
                    raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=attach_to))
                created = row is None
                if row is None:
                    row = Candidate(full_name=parsed.full_name or path.stem, source="resume")
                    s.add(row)
                _fill_from_resume(row, parsed)
                resume = ResumeFile(sha256=sha, original_name=path.name, stored_path=relative,
                                    size_bytes=path.stat().st_size)
                resume.text = ResumeText(text=parsed.text)
                row.resumes.append(resume)
                s.flush()
                if created:
                    outcome = ImportOutcome(str(path), "created", row.id, row.full_name)
                else:
                    outcome = ImportOutcome(str(path), "attached", row.id, row.full_name,
                                            msg(QT_TRANSLATE_NOOP("Core", "added as a new resume version ({reason})"),
                                                reason=msg(reason or QT_TRANSLATE_NOOP("Core", "chosen by you"))))
                index_candidates(s, [row.id])
        except Exception:
            self._store.discard(relative)  # no orphan file when the database refused the row
            raise
        return outcome

    def resume_fields(self, candidate_id: int, resume_file_id: int) -> dict[str, str]:
        """The profile fields as one stored resume states them (for a field-by-field merge)."""
        from hhdesk.core.parsing.resume_parser import parse_text

        with self._sessions() as s:
            resume = s.get(ResumeFile, resume_file_id)
            if resume is None or resume.candidate_id != candidate_id:
                raise NotFoundError(msg(
                    QT_TRANSLATE_NOOP("Core", "That resume does not belong to this candidate any more.")))
            text = resume.text.text if resume.text else ""
        parsed = parse_text(text, self.region)
        years = parsed.years_experience
        return {"full_name": parsed.full_name or "", "email": parsed.email or "", "phone": parsed.phone or "",
                "city": parsed.city or "", "current_title": parsed.current_title or "",
                "current_company": parsed.current_company or "",
                "years_experience": f"{years:g}" if years is not None else "",
                "skills": ", ".join(parsed.skills)}

    def separate_resume(self, candidate_id: int, resume_file_id: int) -> ImportOutcome:
        """Undo an automatic attach: the resume becomes a new candidate of its own ("create anyway")."""
        from hhdesk.core.parsing.resume_parser import parse_text

        with self._sessions.begin() as s:
            resume = s.get(ResumeFile, resume_file_id)
            if resume is None or resume.candidate_id != candidate_id:
                raise NotFoundError(msg(
                    QT_TRANSLATE_NOOP("Core", "That resume does not belong to this candidate any more.")))
            parsed = parse_text(resume.text.text if resume.text else "", self.region)
            row = Candidate(full_name=parsed.full_name or Path(resume.original_name).stem, source="resume")
            _fill_from_resume(row, parsed)
            s.add(row)
            s.flush()
            resume.candidate_id = row.id
            s.flush()
            index_candidates(s, [candidate_id, row.id])
            return ImportOutcome(resume.original_name, "created", row.id, row.full_name)

    def import_resumes(self, paths: Iterable[Path], progress: ProgressFn | None = None,
                       is_cancelled: CancelledFn | None = None, attach_to: int | None = None) -> list[ImportOutcome]:
        """Import several files, one transaction each (all to ``attach_to`` if given); stops between files
        when cancelled.

        A batch is read in worker processes: parsing is CPU work that would otherwise hold the interpreter
        lock and stall the window, and a hostile file can only take its own process down.
        """
        paths = [Path(p) for p in paths]
        outcomes: list[ImportOutcome] = []
        pool = _parse_pool() if len(paths) >= _POOL_FROM else None
        try:
            futures = [pool.submit(parse_for_import, p, self.region) for p in paths] if pool else None
            for index, path in enumerate(paths):
                if is_cancelled and is_cancelled():
                    break
                if progress:
                    progress(index / max(len(paths), 1), f"{index + 1} / {len(paths)}: {path.name}")
                parsed = _result(futures[index]) if futures else None
                outcomes.append(self.import_resume(path, attach_to, parsed))
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        if progress:
            progress(1.0, "")
        return outcomes


ParsedOrError = Any  # a ParsedResume, or the message of why the file could not be read
_POOL_FROM = 4  # below this many files, starting worker processes costs more than it saves


def parse_for_import(path: Path, region: str) -> ParsedOrError:
    """Read one resume; the reason as text when it cannot be read (picklable for worker processes)."""
    from hhdesk.core.parsing.resume_parser import parse_resume
    from hhdesk.core.parsing.text_extract import ResumeReadError

    try:
        return parse_resume(Path(path), default_region=region)
    except ResumeReadError as exc:
        return exc.message  # a Message: the window translates it


def _parse_pool():  # noqa: ANN202
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": forking a process that runs Qt threads is unsafe.
    return ProcessPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)),
                               mp_context=multiprocessing.get_context("spawn"))


def _result(future) -> ParsedOrError:  # noqa: ANN001
    try:
        return future.result(timeout=120)
    except Exception as exc:  # a worker died (a file that crashed the reader) or took too long
        return f"The file could not be read ({exc.__class__.__name__})."


def _fill_from_resume(row: Candidate, parsed) -> None:  # noqa: ANN001 - ParsedResume, imported lazily
    """Fields read from a resume fill what is still empty; what the consultant confirmed is never overwritten."""
    for attr, value in (("email", parsed.email), ("phone", parsed.phone), ("city", parsed.city),
                        ("current_title", parsed.current_title), ("current_company", parsed.current_company),
                        ("education_level", parsed.education_level),
                        ("languages", ", ".join(parsed.languages))):
        if value and not getattr(row, attr):
            setattr(row, attr, value[:_MAX_LEN.get(attr, 200)])
    if parsed.years_experience is not None and row.years_experience is None:
        row.years_experience = Decimal(str(min(parsed.years_experience, 60.0)))
    if parsed.skills:
        set_skills(row, [s.skill for s in row.skills] + list(parsed.skills), "resume")
    if parsed.doubts and not row.doubts:
        row.doubts = [ResumeDoubt(kind=d.kind, description=d.description, start_on=d.start, end_on=d.end)
                      for d in parsed.doubts]


_MAX_LEN = {"email": 254, "phone": 40, "city": 120, "education_level": 16}


def set_skills(row: Candidate, skills: Iterable[str], source: str) -> None:
    """Replace the candidate's skills with ``skills`` (deduplicated, order kept)."""
    wanted: list[str] = []
    for skill in skills:
        name = " ".join(skill.split())
        if name and name.casefold() not in {w.casefold() for w in wanted}:
            wanted.append(name)
    existing = {s.skill.casefold(): s for s in row.skills}
    row.skills = [existing.get(n.casefold()) or CandidateSkill(skill=n, source=source) for n in wanted]
