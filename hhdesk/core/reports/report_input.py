"""From stored records to what one report prints (``RecommendationInput``): phrased in the report's language,
anonymised when asked, and cleaned of what a client must never see.

Never read here: the bottom line except to scrub it from free text, the fee, the screen's internal notes,
the candidate's notes, the questions asked on the call, and the candidate's other pipelines or submissions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from hhdesk.core.matching import MatchResult
from hhdesk.core.money import Salary
from hhdesk.core.records import CandidateRecord, CompanyRecord, PositionRecord, ReportOptions, ScreenRecord
from hhdesk.core.reports.career import career_lines, education_text, languages_text, resume_facts
from hhdesk.core.reports.redaction import RedactionFacts, build_redactor
from hhdesk.core.reports.report_model import DEFAULT_BRAND_COLOUR, CriterionLine, RecommendationInput
from hhdesk.core.reports.report_text import CRITERIA, INTENTION, STATUS, clean, labels

_STRENGTH_FROM = 0.75  # a criterion scoring this well is a strength …
_RISK_BELOW = 0.5  # … and one below this a concern
_BRIEF = 160  # characters of the company's values and leadership style quoted beside the culture fit


def reference_code(candidate_id: int) -> str:
    """"HH-0042": how an anonymous report names the candidate."""
    return f"HH-{candidate_id:04d}"


@dataclass(frozen=True)
class ReportSources:
    """The records one report is made from (read by the report service in one go)."""

    candidate: CandidateRecord
    position: PositionRecord
    company: CompanyRecord | None
    screen: ScreenRecord | None
    result: MatchResult
    settings: dict[str, str]
    wechat: str = ""
    languages: str = ""
    other_clients: tuple[str, ...] = ()  # names and aliases of every other client company
    today: date = field(default_factory=date.today)


def _brief(text: str) -> str:
    text = " ".join(clean(text).split())
    if len(text) <= _BRIEF:
        return text
    cut = max(text.rfind(p, 0, _BRIEF) for p in ("。", "；", ". ", "; "))
    return text[: cut + 1].strip() if cut > _BRIEF // 3 else text[:_BRIEF].rstrip() + "…"


def _package(salary: Salary | None, language: str) -> tuple[str, str]:
    """"¥32,000 × 15" and, for a monthly figure, the yearly total."""
    if salary is None:
        return "", ""
    if salary.period != "month":
        return salary.format(), ""
    annual = Salary(salary.annual_minor, salary.currency, "year").format().removesuffix("/yr")
    return salary.format(), labels(language)["per_year"].format(amount=annual)


def _availability(candidate: CandidateRecord, language: str) -> str:
    facts, zh = candidate.facts, language == "zh"
    status = STATUS[language].get(facts.current_status, "")
    if facts.notice_days and facts.current_status in ("employed", "notice"):
        days = f"通知期 {facts.notice_days} 天" if zh else f"{facts.notice_days} days' notice"
        status = f"{status}（{days}）" if zh else f"{status} ({days})"
    elif facts.current_status == "unemployed" and facts.unemployed_since:
        since = facts.unemployed_since.strftime("%Y-%m")
        status = f"{status}（自 {since}）" if zh else f"{status} (since {since})"
    return status


def _availability_short(candidate: CandidateRecord, language: str) -> str:
    facts, zh = candidate.facts, language == "zh"
    if facts.notice_days and facts.current_status in ("employed", "notice"):
        return f"通知期 {facts.notice_days} 天" if zh else f"{facts.notice_days} days' notice"
    return STATUS[language].get(facts.current_status, "")


def _criteria(result: MatchResult, language: str, say) -> tuple[CriterionLine, ...]:  # noqa: ANN001
    names = CRITERIA[language]
    return tuple(CriterionLine(names.get(c.key, c.key), c.score, say(c.explanation), c.key, c.weight)
                 for c in result.criteria)


def _judged(criteria: tuple[CriterionLine, ...]) -> tuple[list[CriterionLine], list[CriterionLine]]:
    """The criteria that are strengths (best weighted first) and those that are concerns."""
    known = [c for c in criteria if c.score is not None and c.key != "culture" and clean(c.explanation)]
    strong = sorted((c for c in known if c.score >= _STRENGTH_FROM), key=lambda c: -c.weight * c.score)
    weak = sorted((c for c in known if c.score < _RISK_BELOW), key=lambda c: -c.weight)
    return strong, weak


def assemble(src: ReportSources, options: ReportOptions) -> RecommendationInput:
    """Everything one report prints, from its records, for ``options`` (language, anonymity, sections)."""
    lang = "zh" if options.lang == "zh" else "en"
    lab = labels(lang)
    candidate, position, screen, settings = src.candidate, src.position, src.screen, src.settings
    anonymous = options.anonymous
    hide_employer = anonymous and not options.include_employer
    description = clean(options.employer_description) or lab["anonymous_employer"]
    display_name = lab["reference"].format(ref=reference_code(candidate.id)) if anonymous else candidate.full_name
    # The candidate's own employers (their CV) are never "other clients", even when the agency works for them.
    jobs = resume_facts(candidate.resume_text).jobs if clean(candidate.resume_text) else ()
    own_employers = (candidate.current_company, *(job.company or "" for job in jobs))
    say, employer_mask = build_redactor(RedactionFacts(
        reference=display_name if anonymous else "",
        name=candidate.full_name, phone=candidate.phone, email=candidate.email, wechat=src.wechat,
        employer=candidate.current_company if hide_employer else "", employer_description=description,
        other_clients=src.other_clients, own_employers=own_employers,
        other_client_word="另一家公司" if lang == "zh" else "another company",
        bottom_line=candidate.facts.bottom_line,
    ))
    facts = candidate.facts
    criteria = _criteria(src.result, lang, say)
    strong, weak = _judged(criteria)
    culture = next((c.explanation for c in criteria if c.key == "culture"), "")
    strengths = [say(screen.relevant_experience)] if screen and clean(screen.relevant_experience) else []
    strengths += [c.explanation for c in strong[:3]]
    risks = [c.explanation for c in weak]
    if screen and clean(screen.doubts_explained):
        risks.append(say(screen.doubts_explained))
    career, career_note = career_lines(candidate.resume_text, candidate.doubts, facts.reasons_for_change, lang,
                                       company_name=employer_mask, say=say)
    current_pkg, current_year = _package(facts.current_salary, lang)
    expected_pkg, expected_year = _package(facts.expected_salary, lang)
    years = candidate.years_experience
    company = src.company
    highlights = sorted((c for c in criteria if c.score is not None and c.score >= _RISK_BELOW
                         and clean(c.explanation)), key=lambda c: -c.weight * (c.score or 0))
    return RecommendationInput(
        language=lang,
        agency_name=settings.get("agency_name", ""),
        consultant_name=settings.get("consultant_name", ""),
        report_date=src.today,
        client_company=position.company_name,
        position_title=position.title,
        position_city=position.city,
        candidate_name=display_name,
        anonymous=anonymous,
        reference=reference_code(candidate.id),
        email="" if anonymous else candidate.email,
        phone="" if anonymous else candidate.phone,
        wechat="" if anonymous else src.wechat,
        city=candidate.city,
        current_title=say(candidate.current_title),
        current_company=description if hide_employer else candidate.current_company,
        years_experience=f"{years:g}" if years is not None else "",
        current_status=_availability(candidate, lang),
        availability_short=_availability_short(candidate, lang),
        interview_availability=say(facts.interview_availability),
        reasons_for_change=say(facts.reasons_for_change),
        next_company_requirements=say(facts.next_company_requirements),
        job_search_direction=say(screen.job_search_direction) if screen else "",
        main_skills=say(facts.main_skills) or ", ".join(candidate.skills),
        current_salary=current_pkg,
        expected_salary=expected_pkg,
        current_annual=current_year,
        expected_annual=expected_year,
        intention=INTENTION[lang].get(screen.intention, "") if screen else "",
        assessment=say(screen.assessment) if screen else "",
        strengths=tuple(s for s in strengths if clean(s)),
        risks=tuple(r for r in risks if clean(r)),
        culture_fit=culture,
        company_values=say(_brief(company.core_values)) if company else "",
        leadership_style=say(_brief(company.leadership_style)) if company else "",
        match_total=src.result.total,
        criteria=criteria,
        matched_skills=src.result.matched_skills,
        missing_skills=src.result.missing_skills,
        career=career,
        career_note=career_note,
        education=education_text(candidate.education_level, candidate.resume_text, lang),
        languages=languages_text(src.languages, candidate.resume_text, lang),
        skills=say(facts.main_skills) or lab["list_sep"].join(candidate.skills),
        highlights=tuple(c.explanation for c in highlights[:2]),
        agency_contact=settings.get("agency_contact", ""),
        logo_path=settings.get("agency_logo", ""),
        brand_colour=settings.get("brand_colour", "") or DEFAULT_BRAND_COLOUR,
        sections=frozenset(options.sections),
    )


def safe_file_name(name: str, fallback: str = "Recommendation.pdf") -> str:
    """A file name valid on Windows, macOS and Linux."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    return re.sub(r"\s+", " ", cleaned).strip(" .") or fallback
