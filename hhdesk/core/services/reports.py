"""Recommendation reports: gather what a client may see and hand it to the PDF renderer."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Activity, PipelineEntry, PipelineEvent, Position, utcnow
from hhdesk.core.db.models import Submission as SubmissionRow
from hhdesk.core.records import (
    CandidateRecord,
    NotFoundError,
    PositionRecord,
    ReportOptions,
    ScreenRecord,
    Submission,
)
from hhdesk.core.reports.recommendation import CriterionLine, RecommendationInput, render_recommendation
from hhdesk.core.services.candidates import CandidateService
from hhdesk.core.services.companies import CompanyService
from hhdesk.core.services.matching import MatchService
from hhdesk.core.services.screens import ScreenService
from hhdesk.core.services.settings import SettingsService

_STATUS = {
    "en": {"employed": "Employed", "notice": "Serving notice", "available": "Available now",
           "unemployed": "Not employed"},
    "zh": {"employed": "在职", "notice": "离职交接中", "available": "随时到岗", "unemployed": "离职"},
}
_INTENTION = {
    "en": {"interested": "Interested", "considering": "Considering", "not_interested": "Not interested"},
    "zh": {"interested": "有意向", "considering": "考虑中", "not_interested": "无意向"},
}


def anonymous_reference(candidate_id: int) -> str:
    """The name a client sees in an anonymous report."""
    return f"Candidate HH-{candidate_id:04d}"


class ReportService:
    """Renders the recommendation PDF and records that it was made."""

    def __init__(self, session_factory: sessionmaker[Session], candidates: CandidateService,
                 companies: CompanyService, screens: ScreenService, matches: MatchService,
                 settings: SettingsService) -> None:
        self._sessions = session_factory
        self._candidates, self._companies, self._screens = candidates, companies, screens
        self._matches, self._settings = matches, settings

    def build_input(self, candidate_id: int, position_id: int, lang: str = "en",
                    anonymous: bool = False, options: ReportOptions | None = None) -> RecommendationInput:
        """Everything the report shows. The bottom-line salary is deliberately never read here."""
        options = options or ReportOptions(lang=lang, anonymous=anonymous)
        candidate = self._candidates.get(candidate_id)
        position = self._companies.get_position(position_id)
        screen = self._screens.latest(candidate_id, position_id) or self._screens.latest(candidate_id)
        result = self._matches.score(candidate_id, position_id, options.lang, client_facing=True)
        settings = self._settings.all()
        return _assemble(candidate, position, screen, result, settings, options.lang, options.anonymous)

    def render_bytes(self, candidate_id: int, position_id: int, options: ReportOptions) -> bytes:
        """The PDF in memory (for the preview); nothing is recorded."""
        buffer = io.BytesIO()
        render_recommendation(self.build_input(candidate_id, position_id, options=options), buffer)
        return buffer.getvalue()

    def save(self, candidate_id: int, position_id: int, out: Path, options: ReportOptions) -> Submission:
        """Write the PDF to ``out`` (atomically) and record the submission: the ledger, the pipeline stage
        "recommended" and the timeline."""
        _write_atomically(Path(out), self.render_bytes(candidate_id, position_id, options))
        return self._record_submission(candidate_id, position_id, Path(out), options)

    def render(self, candidate_id: int, position_id: int, out: Path, lang: str = "en",
               anonymous: bool = False) -> Path:
        """Write the PDF to ``out`` and record it (see :meth:`save`)."""
        self.save(candidate_id, position_id, out, ReportOptions(lang=lang, anonymous=anonymous))
        return Path(out)

    def suggested_file_name(self, candidate_id: int, position_id: int, options: ReportOptions) -> str:
        """"Recommendation - 张伟 - 销售总监.pdf"; anonymous: the reference instead of the name."""
        candidate = self._candidates.get(candidate_id)
        position = self._companies.get_position(position_id)
        who = anonymous_reference(candidate_id) if options.anonymous else candidate.full_name
        word = "推荐报告" if options.lang == "zh" else "Recommendation"
        return _safe_file_name(f"{word} - {who} - {position.title}.pdf")

    def earlier_submissions(self, candidate_id: int, position_id: int) -> list[Submission]:
        """Reports already sent for this candidate to the same client (any of its positions), newest first."""
        position = self._companies.get_position(position_id)
        with self._sessions() as s:
            rows = s.scalars(select(SubmissionRow).where(SubmissionRow.candidate_id == candidate_id,
                                                         SubmissionRow.company_id == position.company_id)
                             .order_by(SubmissionRow.at.desc(), SubmissionRow.id.desc())).all()
            return [_submission(r) for r in rows]

    def submissions(self, candidate_id: int | None = None) -> list[Submission]:
        """The ledger (of one candidate, or everyone), newest first."""
        with self._sessions() as s:
            stmt = select(SubmissionRow)
            if candidate_id is not None:
                stmt = stmt.where(SubmissionRow.candidate_id == candidate_id)
            return [_submission(r) for r in s.scalars(stmt.order_by(SubmissionRow.at.desc(),
                                                                     SubmissionRow.id.desc()))]

    def _record_submission(self, candidate_id: int, position_id: int, out: Path,
                           options: ReportOptions) -> Submission:
        with self._sessions.begin() as s:
            position = s.get(Position, position_id)
            if position is None:
                raise NotFoundError(f"Position {position_id} does not exist.")
            entry = s.scalars(select(PipelineEntry).where(PipelineEntry.candidate_id == candidate_id,
                                                          PipelineEntry.position_id == position_id)).first()
            if entry is None:
                entry = PipelineEntry(candidate_id=candidate_id, position_id=position_id, stage="sourced")
                s.add(entry)
            if entry.stage != "recommended":
                entry.events.append(PipelineEvent(from_stage=entry.stage, to_stage="recommended", at=utcnow()))
                entry.stage = "recommended"
            row = SubmissionRow(candidate_id=candidate_id, position_id=position_id, company_id=position.company_id,
                                company_name=position.company.name, position_title=position.title,
                                file_name=str(out), anonymous=options.anonymous, lang=options.lang)
            s.add(row)
            s.add(Activity(candidate_id=candidate_id, position_id=position_id, kind="report",
                           summary=f"Recommendation report{' (anonymous)' if options.anonymous else ''}"[:300],
                           details=str(out)))
            s.flush()
            return _submission(row)


def _submission(row: SubmissionRow) -> Submission:
    return Submission(row.id, row.candidate_id, row.position_id, row.company_id, row.company_name,
                      row.position_title, row.at, row.file_name, row.anonymous, row.lang)


def _safe_file_name(name: str) -> str:
    """A file name valid on Windows, macOS and Linux."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    return re.sub(r"\s+", " ", cleaned).strip(" .") or "Recommendation.pdf"


def _write_atomically(out: Path, data: bytes) -> None:
    tmp = out.with_name(f".{out.name}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def _assemble(candidate: CandidateRecord, position: PositionRecord, screen: ScreenRecord | None,
              result, settings: dict[str, str], lang: str, anonymous: bool) -> RecommendationInput:  # noqa: ANN001
    lang = "zh" if lang == "zh" else "en"
    facts = screen.facts if screen else candidate.facts
    status = _STATUS[lang].get(facts.current_status, "")
    if facts.current_status == "notice" and facts.notice_days:
        status += f" ({facts.notice_days} {'天' if lang == 'zh' else 'days'})"
    years = candidate.years_experience
    return RecommendationInput(
        language=lang,
        agency_name=settings.get("agency_name", ""),
        consultant_name=settings.get("consultant_name", ""),
        report_date=date.today(),
        client_company=position.company_name,
        position_title=position.title,
        position_city=position.city,
        candidate_name=anonymous_reference(candidate.id) if anonymous else candidate.full_name,
        anonymous=anonymous,
        email="" if anonymous else candidate.email,
        phone="" if anonymous else candidate.phone,
        city=candidate.city,
        current_title=candidate.current_title,
        current_company="" if anonymous else candidate.current_company,
        years_experience=f"{years:g}" if years is not None else "",
        current_status=status,
        reasons_for_change=facts.reasons_for_change,
        next_company_requirements=facts.next_company_requirements,
        main_skills=facts.main_skills or ", ".join(candidate.skills),
        current_salary=facts.current_salary.format() if facts.current_salary else "",
        expected_salary=facts.expected_salary.format() if facts.expected_salary else "",
        intention=_INTENTION[lang].get(screen.intention, "") if screen else "",
        assessment=screen.assessment if screen else "",
        match_total=result.total,
        criteria=tuple(CriterionLine(_label(c.key, lang), c.score, c.explanation) for c in result.criteria),
    )


_LABELS = {
    "en": {"skills": "Skills", "years": "Experience", "salary": "Salary", "location": "Location"},
    "zh": {"skills": "技能", "years": "工作年限", "salary": "薪资", "location": "地点"},
}


def _label(key: str, lang: str) -> str:
    return _LABELS[lang].get(key, key)
