"""Read a resume file into text plus the fields a headhunter files: contact, current job, history,
education, skills, languages and the doubts worth a question on the phone."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.parsing.contact_fields import find_email, find_name, find_phone
from hhdesk.core.parsing.doubts import ResumeDoubt, find_doubts
from hhdesk.core.parsing.education import Education, find_education
from hhdesk.core.parsing.profile_fields import find_city, find_languages, find_skills
from hhdesk.core.parsing.text_extract import ResumeReadError, extract_text
from hhdesk.core.parsing.work_history import Job, current_job, find_jobs, total_years

__all__ = ["Job", "ParsedResume", "ResumeDoubt", "ResumeReadError", "parse_resume", "parse_text"]

_log = logging.getLogger(__name__)
T = TypeVar("T")


def _safe(find: Callable[[], T], default: T) -> T:
    """One heuristic tripping over odd text loses that field, not the whole resume."""
    try:
        return find()
    except Exception:
        _log.exception("resume field heuristic failed")
        return default


@dataclass(frozen=True)
class ParsedResume:
    """The text of a resume and the fields found in it (``None`` or empty where the resume is silent)."""

    text: str
    full_name: str | None
    email: str | None
    phone: str | None
    city: str | None = None
    current_title: str | None = None
    current_company: str | None = None
    jobs: tuple[Job, ...] = ()
    years_experience: float | None = None
    education_level: str | None = None
    school: str | None = None
    major: str | None = None
    skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    doubts: tuple[ResumeDoubt, ...] = ()


def parse_text(text: str, default_region: str = "CN") -> ParsedResume:
    """Find every field in already extracted resume ``text``.

    ``default_region`` (ISO 3166 alpha-2, from the user's settings) says how to read phone numbers
    written without a country code.
    """
    jobs: tuple[Job, ...] = _safe(lambda: find_jobs(text), ())
    current = current_job(jobs)
    education = _safe(lambda: find_education(text), Education(None, None, None))
    return ParsedResume(
        text=text,
        full_name=find_name(text),
        email=find_email(text),
        phone=find_phone(text, default_region),
        city=_safe(lambda: find_city(text), None),
        current_title=current.title if current else None,
        current_company=current.company if current else None,
        jobs=jobs,
        years_experience=total_years(jobs),
        education_level=education.level,
        school=education.school,
        major=education.major,
        skills=_safe(lambda: find_skills(text), ()),
        languages=_safe(lambda: find_languages(text), ()),
        doubts=_safe(lambda: find_doubts(jobs), ()),
    )


def parse_resume(path: Path, default_region: str = "CN") -> ParsedResume:
    """Extract the text of the resume at ``path`` (PDF, DOCX, TXT, RTF, DOC) and find its fields.

    Raises :class:`ResumeReadError` (with a message fit for the user) when the file cannot be read.
    """
    text = extract_text(path)
    try:
        return parse_text(text, default_region)
    except Exception as exc:  # a heuristic tripping over odd text must not crash an import
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "could not analyse resume text ({error})"), error=type(exc).__name__)) from exc
