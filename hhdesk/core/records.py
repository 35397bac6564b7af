"""Plain, frozen records that services return and take. Never live ORM objects outside a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from hhdesk.core.money import Salary

WORK_MODES = ("onsite", "hybrid", "remote")
POSITION_STATUSES = ("open", "on_hold", "filled", "closed")
CURRENT_STATUSES = ("employed", "notice", "available", "unemployed")
INTENTIONS = ("interested", "considering", "not_interested")
OUTCOMES = ("recommend", "talent_pool", "not_suitable")
NOT_SUITABLE_REASONS = ("salary", "location", "skills", "experience", "motivation", "culture", "other")
QUESTION_TOPICS = ("location", "schedule", "salary", "benefits", "other")  # what candidates ask on the call
# The key facts a screen should capture; the form flags the ones still empty before the call ends.
KEY_FACT_FIELDS = ("current_status", "reasons_for_change", "next_company_requirements", "main_skills",
                   "current_salary", "expected_salary", "bottom_line", "willing_to_relocate",
                   "interview_availability")
PIPELINE_STAGES = ("sourced", "screened", "shortlisted", "recommended", "interview", "offer", "placed",
                   "rejected", "talent_pool")


class ValidationError(ValueError):
    """Bad input for a service; ``field`` names the form field, the message is for the user."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


class NotFoundError(LookupError):
    """The record asked for does not exist (any more)."""


EDUCATION_LEVELS = ("high_school", "associate", "bachelor", "master", "phd")
FEE_KINDS = ("percent", "fixed")
PRIORITIES = (1, 2, 3)  # high, normal, low


@dataclass(frozen=True)
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactRecord(ContactInput):
    id: int = 0


@dataclass(frozen=True)
class CompanyInput:
    name: str
    aliases: str = ""
    industry: str = ""
    city: str = ""
    size: str = ""
    website: str = ""
    address: str = ""
    culture: str = ""
    core_values: str = ""
    leadership_style: str = ""
    atmosphere: str = ""
    notes: str = ""
    contacts: tuple[ContactInput, ...] = ()


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: int
    name: str
    industry: str
    city: str
    open_positions: int
    last_contact: datetime | None


@dataclass(frozen=True)
class DeleteImpact:
    """What goes with a deletion, for the confirmation question."""

    positions: int = 0
    contacts: int = 0
    pipeline_entries: int = 0
    phone_screens: int = 0


@dataclass(frozen=True)
class PositionSummary:
    id: int
    title: str
    city: str
    status: str


@dataclass(frozen=True)
class CompanyRecord(CompanyInput):
    id: int = 0
    positions: tuple[PositionSummary, ...] = ()


@dataclass(frozen=True)
class SkillRequirementInput:
    skill: str
    weight: int = 3
    must_have: bool = False


@dataclass(frozen=True)
class PositionInput:
    company_id: int
    title: str
    city: str = ""
    work_mode: str = "onsite"
    budget_min: Salary | None = None
    budget_max: Salary | None = None
    min_years: float | None = None
    max_years: float | None = None
    skills: tuple[SkillRequirementInput, ...] = ()
    description: str = ""
    selling_points: str = ""
    benefits: str = ""
    status: str = "open"
    department: str = ""
    schedule: str = ""
    headcount: int = 1
    education_level: str = ""
    languages: str = ""
    priority: int = 2
    fee_kind: str = "percent"
    fee_value: float | None = None  # percent of annual package (20.0) or a fixed amount in major units
    opened_on: date | None = None
    target_on: date | None = None
    # Match weights this position sets instead of the defaults (core.matching.DEFAULT_WEIGHTS), 0–100 each.
    match_weights: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class PositionRecord(PositionInput):
    id: int = 0
    company_name: str = ""


@dataclass(frozen=True)
class CandidateRow:
    """One line of the candidate list."""

    id: int
    full_name: str
    email: str
    phone: str
    city: str
    current_title: str
    current_company: str


@dataclass(frozen=True)
class CandidateFilter:
    """What the candidate list shows: every field left empty means "any".

    Salaries are expected annual packages in minor units (of any currency: amounts are not converted).
    ``sort`` is one of ``SORT_KEYS``; "relevance" ranks search hits best first and, without search text,
    lists the most recently updated first.
    """

    text: str = ""
    city: str = ""
    min_salary_minor: int | None = None
    max_salary_minor: int | None = None
    min_years: float | None = None
    max_years: float | None = None
    skills: tuple[str, ...] = field(default_factory=tuple)
    stage: str = ""
    sort: str = "relevance"
    descending: bool = False


@dataclass(frozen=True)
class KeyFacts:
    """What the phone screen establishes; also kept current on the candidate."""

    current_status: str = ""
    notice_days: int | None = None
    reasons_for_change: str = ""
    next_company_requirements: str = ""
    main_skills: str = ""
    current_salary: Salary | None = None
    expected_salary: Salary | None = None
    bottom_line: Salary | None = None
    willing_to_relocate: bool | None = None
    unemployed_since: date | None = None
    interview_availability: str = ""

    def missing(self) -> tuple[str, ...]:
        """The key facts (of ``KEY_FACT_FIELDS``) not captured yet."""
        return tuple(f for f in KEY_FACT_FIELDS if getattr(self, f) in (None, ""))


@dataclass(frozen=True)
class CandidateInput:
    full_name: str
    email: str = ""
    phone: str = ""
    city: str = ""
    current_title: str = ""
    current_company: str = ""
    years_experience: float | None = None
    skills: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ResumeFileRecord:
    id: int
    original_name: str
    stored_path: str
    sha256: str
    size_bytes: int


@dataclass(frozen=True)
class DoubtRecord:
    """A doubt found in the resume, to ask about on the call."""

    id: int
    kind: str  # gap | short_tenure | overlap
    description: str
    start_on: date | None
    end_on: date | None
    explanation: str = ""


@dataclass(frozen=True)
class CandidateRecord(CandidateInput):
    id: int = 0
    education_level: str = ""
    doubts: tuple[DoubtRecord, ...] = ()
    facts: KeyFacts = field(default_factory=KeyFacts)
    resume_text: str = ""
    resumes: tuple[ResumeFileRecord, ...] = ()
    # When each key fact was last stated (on a call or in the profile), by field name.
    facts_confirmed: dict[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class ScreenInput:
    """A finished phone screen, in the order of the call. Times are naive UTC.

    ``convenient=False`` ends the call at the opening: ``callback_at`` (if given) becomes a reminder.
    ``doubt_explanations`` pairs a resume doubt's id with what the candidate said about it;
    ``candidate_qa`` maps a topic of ``QUESTION_TOPICS`` to ``(asked, answered)``.
    """

    candidate_id: int
    position_id: int | None = None
    identity_confirmed: bool = False
    introduced: bool = False
    purpose_explained: bool = False
    convenient: bool | None = True
    callback_at: datetime | None = None
    job_search_direction: str = ""
    relevant_experience: str = ""
    doubts_explained: str = ""
    doubt_explanations: tuple[tuple[int, str], ...] = ()
    candidate_questions: str = ""
    candidate_qa: dict[str, tuple[str, str]] = field(default_factory=dict)
    facts: KeyFacts = field(default_factory=KeyFacts)
    intention: str = ""
    outcome: str = ""
    outcome_reason_code: str = ""
    outcome_reason: str = ""
    follow_up_at: datetime | None = None
    assessment: str = ""
    notes: str = ""
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True)
class ScreenRecord(ScreenInput):
    id: int = 0
    position_title: str = ""
    company_name: str = ""

    @property
    def duration_seconds(self) -> int | None:
        if self.started_at is None or self.ended_at is None:
            return None
        return max(0, int((self.ended_at - self.started_at).total_seconds()))


@dataclass(frozen=True)
class ScreenDraftRecord:
    """A phone screen in progress: the form's raw state (every field as typed), kept across a crash."""

    candidate_id: int
    candidate_name: str
    position_id: int | None
    started_at: datetime
    saved_at: datetime
    state: dict[str, object]


@dataclass(frozen=True)
class FactChange:
    """One statement of a key fact: ``value`` as stored (see ``fact_value_text``), when and where."""

    field: str
    value: str
    source: str  # screen | profile
    at: datetime
    screen_id: int | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a candidate's history, newest first: a call, a stage change, a reminder, an import…"""

    at: datetime
    kind: str  # call | stage | reminder | import | note | report | email
    title: str  # the position ("Sales Director — Acme"), a reminder's note, an activity's summary
    detail: str = ""  # calls: the outcome or "not_convenient"; stages: "from→to"; reminders: their kind
    screen_id: int | None = None
    done: bool | None = None  # reminders: done or still open


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one dropped resume file."""

    path: str
    status: str  # created | duplicate | failed
    candidate_id: int | None = None
    full_name: str = ""
    message: str = ""


REPORT_SECTIONS = ("snapshot", "assessment", "match", "career", "education")


@dataclass(frozen=True)
class ReportOptions:
    """How one recommendation report is made (chosen in the preview or on the command line).

    ``anonymous`` hides the name (a reference "Candidate HH-0042" is printed), phone, e-mail, WeChat and
    address — in the text, the PDF metadata and the suggested file name. With ``anonymous`` and not
    ``include_employer``, the current employer is replaced by ``employer_description`` ("a leading
    logistics company"; a neutral phrase when empty). ``sections`` are the parts of REPORT_SECTIONS to
    print; the header, the client and position and the footer are always there.
    """

    lang: str = "en"  # en | zh
    anonymous: bool = False
    include_employer: bool = True
    employer_description: str = ""
    sections: frozenset[str] = frozenset(REPORT_SECTIONS)


@dataclass(frozen=True)
class Submission:
    """One report sent (saved) for a client: the submission ledger."""

    id: int
    candidate_id: int
    position_id: int | None
    company_id: int | None
    company_name: str
    position_title: str
    at: datetime
    file_name: str
    anonymous: bool
    lang: str
