"""Services: one user action, one unit of work; records in, records out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.engine import open_database
from hhdesk.core.paths import database_url, resolve_data_dir
from hhdesk.core.resume_store import ResumeStore
from hhdesk.core.services.candidate_list import CandidateListService
from hhdesk.core.services.candidates import CandidateService
from hhdesk.core.services.companies import CompanyService
from hhdesk.core.services.matching import MatchService
from hhdesk.core.services.pipeline import PipelineService
from hhdesk.core.services.reminders import ReminderService
from hhdesk.core.services.reports import ReportService
from hhdesk.core.services.screen_drafts import ScreenDraftService
from hhdesk.core.services.screens import ScreenService
from hhdesk.core.services.settings import SettingsService
from hhdesk.core.services.skills import SkillService
from hhdesk.core.services.timeline import TimelineService


@dataclass
class Services:
    """Every service over one database and data folder."""

    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]
    settings: SettingsService
    companies: CompanyService
    candidates: CandidateService
    screens: ScreenService
    matches: MatchService
    reports: ReportService
    skills: SkillService
    candidate_list: CandidateListService
    drafts: ScreenDraftService
    timeline: TimelineService
    pipeline: PipelineService
    reminders: ReminderService

    def close(self) -> None:
        self.engine.dispose()


def build_services(data_dir: Path, url: str | None = None) -> Services:
    """Open (and migrate) the database in ``data_dir`` (created if missing) and build every service over it."""
    data_dir = resolve_data_dir(data_dir)
    engine, sessions = open_database(url or database_url(data_dir))
    settings = SettingsService(sessions)
    companies = CompanyService(sessions, settings.get("phone_region") or "CN")
    candidates = CandidateService(sessions, ResumeStore(data_dir), settings.get("phone_region") or "CN")
    skills = SkillService(sessions)
    screens = ScreenService(sessions, skills)
    matches = MatchService(sessions, skills)
    reports = ReportService(sessions, candidates, companies, screens, matches, settings, data_dir)
    return Services(data_dir, engine, sessions, settings, companies, candidates, screens, matches, reports,
                    skills, CandidateListService(sessions), ScreenDraftService(sessions), TimelineService(sessions),
                    PipelineService(sessions), ReminderService(sessions))
