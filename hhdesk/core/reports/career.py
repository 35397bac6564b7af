"""The career history printed in a report: jobs read from the latest resume text, newest first, with the
breaks between them and what the candidate said about them on the phone screen.

There is no jobs table: the resume is parsed when the report is made (cached per text, so a batch of
reports or a preview that re-renders pays once).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from hhdesk.core.languages import LANGUAGES
from hhdesk.core.parsing.education import Education, find_education
from hhdesk.core.parsing.profile_fields import find_languages
from hhdesk.core.parsing.work_history import Job, find_jobs
from hhdesk.core.records import DoubtRecord
from hhdesk.core.reports.report_model import CareerLine
from hhdesk.core.reports.report_text import CJK, EDUCATION_LEVEL, clean, format_month, join, labels


@dataclass(frozen=True)
class ResumeFacts:
    jobs: tuple[Job, ...]
    education: Education
    languages: tuple[str, ...]


@functools.lru_cache(maxsize=512)
def resume_facts(text: str) -> ResumeFacts:
    """Jobs, education and languages in resume ``text``; a heuristic that trips loses its field only."""
    def safe(find: Callable[[], object], default: object) -> object:
        try:
            return find()
        except Exception:  # odd text must never stop a report
            return default

    return ResumeFacts(safe(lambda: find_jobs(text), ()),  # type: ignore[arg-type]
                       safe(lambda: find_education(text), Education(None, None, None)),  # type: ignore[arg-type]
                       safe(lambda: find_languages(text), ()))  # type: ignore[arg-type]


def _period(start: date | None, end: date | None, language: str) -> str:
    if start is None:
        return "—"
    return f"{format_month(start, language)} – {format_month(end, language)}"


def _same_month(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and (a.year, a.month) == (b.year, b.month)


def career_lines(resume_text: str, doubts: tuple[DoubtRecord, ...], reasons_for_change: str, language: str,
                 company_name: Callable[[str], str] = lambda c: c,
                 say: Callable[[str], str] = lambda t: t) -> tuple[tuple[CareerLine, ...], str]:
    """The rows of the career history and, when there are none, the sentence printed instead.

    ``company_name`` rewrites employers (the hidden current employer becomes its description);
    ``say`` cleans free text said on the call (anonymity, the bottom line). The reason for change from
    the latest screen is printed under the newest job; a gap is printed with the candidate's explanation.
    """
    lab = labels(language)
    if not clean(resume_text):
        return (), lab["no_resume"]
    jobs = resume_facts(resume_text).jobs
    if not jobs:
        return (), lab["no_jobs"]
    dated = sorted((j for j in jobs if j.start is not None), key=lambda j: (j.start, j.end or date.max),
                   reverse=True)
    ordered = dated + [j for j in jobs if j.start is None]
    notes: dict[int, list[str]] = {i: [] for i in range(len(ordered))}
    if clean(reasons_for_change):
        key = "reason_current" if ordered[0].end is None else "reason_left"
        notes[0].append(f"{lab[key]}{lab['colon']}{say(clean(reasons_for_change))}")
    for doubt in doubts:
        if doubt.kind in ("short_tenure", "overlap") and clean(doubt.explanation):
            for i, job in enumerate(ordered):
                if _same_month(job.start, doubt.start_on):
                    notes[i].append(f"{lab[doubt.kind]}{lab['colon']}{say(clean(doubt.explanation))}")
                    break
    rows: list[tuple[date, int, CareerLine]] = []
    for i, job in enumerate(ordered):
        when = job.start or date.min
        rows.append((when, -i, CareerLine(_period(job.start, job.end, language), clean(say(job.title or "")),
                                          clean(company_name(clean(job.company))), tuple(notes[i]))))
    for doubt in doubts:
        if doubt.kind == "gap" and doubt.start_on is not None:
            note = (say(clean(doubt.explanation)),) if clean(doubt.explanation) else ()
            rows.append((doubt.start_on, 1, CareerLine(_period(doubt.start_on, doubt.end_on, language),
                                                        notes=note, kind="gap")))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    return tuple(r[2] for r in rows), ""


def _language_name(name: str, language: str) -> str:
    if language != "zh":
        return name
    return next((s for s in LANGUAGES.get(name, ()) if CJK.search(s)), name)


def education_text(level: str, resume_text: str, language: str) -> str:
    """"Bachelor's degree · Fudan University · Computer Science" from the profile's level and the resume."""
    found = resume_facts(resume_text).education if clean(resume_text) else Education(None, None, None)
    level = clean(level) or (found.level or "")
    names = EDUCATION_LEVEL["zh" if language == "zh" else "en"]
    return join([names.get(level, level), found.school or "", found.major or ""])


def languages_text(stored: str, resume_text: str, language: str) -> str:
    """The candidate's languages: the profile's, else those the resume claims, named in the report's language."""
    names = [p.strip() for p in clean(stored).replace("、", ",").split(",") if p.strip()]
    if not names and clean(resume_text):
        names = list(resume_facts(resume_text).languages)
    return labels(language)["list_sep"].join(_language_name(n, language) for n in names)
