"""Recommendation and shortlist reports: gather what a client may see and hand it to the PDF renderer."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.branding import logo_path
from hhdesk.core.db.models import Activity, Candidate, Company, Position
from hhdesk.core.db.models import Submission as SubmissionRow
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import NotFoundError, ReportOptions, Submission, ValidationError
from hhdesk.core.reports.recommendation import RecommendationInput, ShortlistInput, render_recommendation
from hhdesk.core.services.candidates import CandidateService
from hhdesk.core.services.companies import CompanyService
from hhdesk.core.services.matching import MatchService
from hhdesk.core.services.pipeline import move_stage
from hhdesk.core.services.screens import ScreenService
from hhdesk.core.services.settings import SettingsService

if TYPE_CHECKING:  # the resume parser (career history) loads with the first report, not at start-up
    from hhdesk.core.reports.report_input import ReportSources


def anonymous_reference(candidate_id: int) -> str:
    """The name a client sees in an anonymous report (and in its file name)."""
    from hhdesk.core.reports.report_input import reference_code

    return f"Candidate {reference_code(candidate_id)}"


class ReportService:
    """Renders the recommendation PDF and records that it was made."""

    def __init__(self, session_factory: sessionmaker[Session], candidates: CandidateService,
                 companies: CompanyService, screens: ScreenService, matches: MatchService,
                 settings: SettingsService, data_dir: Path | None = None) -> None:
        self._sessions = session_factory
        self._candidates, self._companies, self._screens = candidates, companies, screens
        self._matches, self._settings = matches, settings
        self._data_dir = data_dir  # the logo setting is a path inside it (see core.branding.store_logo)

    def warm_up(self) -> None:
        """Load what the first report would otherwise wait for (reportlab, the embedded font, the styles of
        the agency's colour); for a background thread at start-up, so the first preview is quick."""
        from hhdesk.core.reports.report_sections import SectionWriter  # noqa: F401 - imports reportlab
        from hhdesk.core.reports.report_styles import report_styles

        report_styles(self._settings.get("brand_colour"))

    def build_input(self, candidate_id: int, position_id: int, lang: str = "en",
                    anonymous: bool = False, options: ReportOptions | None = None) -> RecommendationInput:
        """Everything the report shows, for ``options`` (else ``lang`` and ``anonymous`` with the defaults).

        The bottom line is read only to scrub it from free text; the fee, internal notes and the candidate's
        other pipelines are never read.
        """
        options = options or ReportOptions(lang=lang, anonymous=anonymous)
        from hhdesk.core.reports.report_input import assemble

        return assemble(self._sources(candidate_id, position_id, options.lang), options)

    def _sources(self, candidate_id: int, position_id: int, lang: str) -> ReportSources:
        candidate = self._candidates.get(candidate_id)
        position = self._companies.get_position(position_id)
        screen = self._screens.latest(candidate_id, position_id) or self._screens.latest(candidate_id)
        result = self._matches.score(candidate_id, position_id, lang, client_facing=True)
        company = self._companies.get_company(position.company_id)
        with self._sessions() as s:
            wechat, languages = s.execute(select(Candidate.wechat, Candidate.languages)
                                          .where(Candidate.id == candidate_id)).one()
            others = s.execute(select(Company.name, Company.aliases).where(Company.id != position.company_id)).all()
        names = tuple(n for name, aliases in others for n in (name, *(aliases or "").split("|")) if n.strip())
        from hhdesk.core.reports.report_input import ReportSources

        return ReportSources(candidate, position, company, screen, result, self._report_settings(),
                             wechat or "", languages or "", names)

    def _report_settings(self) -> dict[str, str]:
        """The agency settings, the logo as a full path ("" when the file is gone: the header goes without)."""
        settings = dict(self._settings.all())
        stored = settings.get("agency_logo", "")
        if stored and self._data_dir is not None:
            found = logo_path(Path(self._data_dir), stored)
            settings["agency_logo"] = str(found) if found else ""
        return settings

    def render_bytes(self, candidate_id: int, position_id: int, options: ReportOptions) -> bytes:
        """The PDF in memory (for the preview); nothing is recorded."""
        buffer = io.BytesIO()
        render_recommendation(self.build_input(candidate_id, position_id, options=options), buffer)
        return buffer.getvalue()

    def save(self, candidate_id: int, position_id: int, out: Path, options: ReportOptions,
             pdf: bytes | None = None) -> Submission:
        """Write the PDF to ``out`` (atomically) and record the submission: the ledger, the pipeline stage
        "recommended" and the timeline. ``pdf``: the document already rendered for these options (the one
        previewed), saved as it is."""
        _write_atomically(Path(out), pdf or self.render_bytes(candidate_id, position_id, options))
        return self._record_submission(candidate_id, position_id, Path(out), options)

    def render(self, candidate_id: int, position_id: int, out: Path, lang: str = "en",
               anonymous: bool = False) -> Path:
        """Write the PDF to ``out`` and record it (see :meth:`save`). Kept for older callers: an anonymous
        report made here also hides the current employer."""
        self.save(candidate_id, position_id, out,
                  ReportOptions(lang=lang, anonymous=anonymous, include_employer=not anonymous))
        return Path(out)

    def suggested_file_name(self, candidate_id: int, position_id: int, options: ReportOptions) -> str:
        """"Recommendation - 张伟 - 销售总监.pdf"; anonymous: the reference instead of the name."""
        candidate = self._candidates.get(candidate_id)
        position = self._companies.get_position(position_id)
        who = anonymous_reference(candidate_id) if options.anonymous else candidate.full_name
        word = "推荐报告" if options.lang == "zh" else "Recommendation"
        from hhdesk.core.reports.report_input import safe_file_name

        return safe_file_name(f"{word} - {who} - {position.title}.pdf")

    # -- shortlists: several candidates for one position in one PDF ---------------------------------------
    def render_shortlist_bytes(self, position_id: int, candidate_ids: list[int], options: ReportOptions) -> bytes:
        """The shortlist PDF in memory: a comparison table, then each candidate's report (in the given
        order; ``options`` apply to every candidate). Nothing is recorded."""
        from hhdesk.core.reports.shortlist import render_shortlist

        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            raise ValidationError("candidates", msg(
                QT_TRANSLATE_NOOP("Core", "Choose at least one candidate for the shortlist.")))
        position = self._companies.get_position(position_id)
        items = tuple(self.build_input(cid, position_id, options=options) for cid in ids)
        first = items[0]
        data = ShortlistInput(
            language=first.language, agency_name=first.agency_name, consultant_name=first.consultant_name,
            report_date=first.report_date, client_company=position.company_name, position_title=position.title,
            position_city=position.city, anonymous=options.anonymous, candidates=items,
            agency_contact=first.agency_contact, logo_path=first.logo_path, brand_colour=first.brand_colour)
        buffer = io.BytesIO()
        render_shortlist(data, buffer)
        return buffer.getvalue()

    def save_shortlist(self, position_id: int, candidate_ids: list[int], out: Path,
                       options: ReportOptions, pdf: bytes | None = None) -> list[Submission]:
        """Write the shortlist to ``out`` (atomically) and record one submission per candidate (same file),
        with each candidate moved to "recommended" and a timeline entry."""
        ids = list(dict.fromkeys(candidate_ids))
        _write_atomically(Path(out), pdf or self.render_shortlist_bytes(position_id, ids, options))
        with self._sessions.begin() as s:
            return [self._record(s, cid, position_id, Path(out), options, shortlist=True) for cid in ids]

    def suggested_shortlist_name(self, position_id: int, options: ReportOptions) -> str:
        """"Shortlist - Senior Backend Engineer.pdf" (no candidate is named, anonymous or not)."""
        position = self._companies.get_position(position_id)
        word = "候选人短名单" if options.lang == "zh" else "Shortlist"
        from hhdesk.core.reports.report_input import safe_file_name

        return safe_file_name(f"{word} - {position.title}.pdf", "Shortlist.pdf")

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
            return self._record(s, candidate_id, position_id, out, options)

    @staticmethod
    def _record(s: Session, candidate_id: int, position_id: int, out: Path, options: ReportOptions,
                shortlist: bool = False) -> Submission:
        position = s.get(Position, position_id)
        if position is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Position {id} does not exist."), id=position_id))
        if s.get(Candidate, candidate_id) is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Candidate {id} does not exist."), id=candidate_id))
        move_stage(s, candidate_id, position_id, "recommended")
        row = SubmissionRow(candidate_id=candidate_id, position_id=position_id, company_id=position.company_id,
                            company_name=position.company.name, position_title=position.title,
                            file_name=str(out), anonymous=options.anonymous, lang=options.lang)
        s.add(row)
        kind = "Shortlist report" if shortlist else "Recommendation report"
        s.add(Activity(candidate_id=candidate_id, position_id=position_id, kind="report",
                       summary=f"{kind}{' (anonymous)' if options.anonymous else ''}"[:300], details=str(out)))
        s.flush()
        return _submission(row)


def _submission(row: SubmissionRow) -> Submission:
    return Submission(row.id, row.candidate_id, row.position_id, row.company_id, row.company_name,
                      row.position_title, row.at, row.file_name, row.anonymous, row.lang)


def _write_atomically(out: Path, data: bytes) -> None:
    tmp = out.with_name(f".{out.name}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
