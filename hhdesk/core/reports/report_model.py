"""What a recommendation or shortlist prints: plain frozen records, already phrased and anonymised.

The records deliberately have no bottom-line salary and no fee: what a client must never see cannot even
be passed in. Only the standard library is imported here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from hhdesk.core.records import REPORT_SECTIONS

DEFAULT_BRAND_COLOUR = "#1F3A5F"


@dataclass(frozen=True)
class CriterionLine:
    """One line of the match table: a criterion, its score in 0..1 (None = unknown) and why."""

    label: str
    score: float | None
    explanation: str
    key: str = ""  # skills | years | … (the radar's short axis label); empty for free criteria
    weight: float = 0.0


@dataclass(frozen=True)
class CareerLine:
    """One row of the career history, newest first: a job, or a break between jobs (``kind`` "gap").

    ``notes`` are printed under the row: the reason for leaving, a short tenure explained on the call.
    """

    period: str  # "2019-03 – present"
    title: str = ""
    company: str = ""
    notes: tuple[str, ...] = ()
    kind: str = "job"  # job | gap


@dataclass(frozen=True)
class RecommendationInput:
    """Everything printed in one recommendation; strings are shown as given (already formatted)."""

    language: str  # "en" or "zh": labels and headings in that language
    agency_name: str
    consultant_name: str
    report_date: datetime.date
    client_company: str
    position_title: str
    position_city: str
    candidate_name: str  # the reference ("Candidate HH-0042") when anonymous
    anonymous: bool  # no contact details printed; the metadata names only the reference
    email: str
    phone: str
    city: str
    current_title: str
    current_company: str  # or the consultant's description when the employer is hidden
    years_experience: str
    current_status: str  # availability: "Employed (30 days' notice)"
    reasons_for_change: str
    next_company_requirements: str
    main_skills: str
    current_salary: str
    expected_salary: str
    intention: str
    assessment: str
    match_total: int | None
    criteria: tuple[CriterionLine, ...]
    reference: str = ""  # "HH-0042": in anonymous reports and their metadata
    wechat: str = ""
    agency_contact: str = ""  # "+86 21 5555 0100 · hello@agency.cn · agency.cn"
    logo_path: str = ""
    brand_colour: str = DEFAULT_BRAND_COLOUR
    interview_availability: str = ""
    availability_short: str = ""  # "30 days' notice": the key figure and the shortlist's column
    current_annual: str = ""  # "¥480,000 a year", beside a monthly package
    expected_annual: str = ""
    job_search_direction: str = ""
    strengths: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    culture_fit: str = ""
    company_values: str = ""
    leadership_style: str = ""
    matched_skills: tuple[str, ...] = ()
    missing_skills: tuple[str, ...] = ()
    career: tuple[CareerLine, ...] = ()
    career_note: str = ""  # printed when there is no history to show ("No resume on file…")
    education: str = ""  # "Bachelor's degree · Fudan University · Computer Science"
    languages: str = ""
    skills: str = ""
    highlights: tuple[str, ...] = ()  # the strongest match sentences, for a shortlist's comparison table
    sections: frozenset[str] = field(default_factory=lambda: frozenset(REPORT_SECTIONS))


@dataclass(frozen=True)
class ShortlistInput:
    """Several candidates for one position: a comparison table first, then each candidate's sections."""

    language: str
    agency_name: str
    consultant_name: str
    report_date: datetime.date
    client_company: str
    position_title: str
    position_city: str
    anonymous: bool
    candidates: tuple[RecommendationInput, ...]
    agency_contact: str = ""
    logo_path: str = ""
    brand_colour: str = DEFAULT_BRAND_COLOUR
