"""The data model for the whole product, in SQLAlchemy 2 style.

Portable on purpose: only generic types (no SQLite-only or PostgreSQL-only column types), enumerations
stored as short strings validated by the services, money as integer minor units with a currency, a
period and the number of monthly salaries per year ("30k × 14").
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints let Alembic's batch mode drop and recreate them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: stored the same way on SQLite and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Company(TimestampMixin, Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Other names the client goes by (Alibaba | 阿里 | 阿里巴巴集团), separated by "|": for the duplicate check.
    aliases: Mapped[str] = mapped_column(String(300), default="", server_default="")
    industry: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[str] = mapped_column(String(60), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    culture: Mapped[str] = mapped_column(Text, default="")
    core_values: Mapped[str] = mapped_column(Text, default="")
    leadership_style: Mapped[str] = mapped_column(Text, default="")
    atmosphere: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="Contact.id"
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="Position.id"
    )


class Contact(TimestampMixin, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    wechat: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company] = relationship(back_populates="contacts")


class Position(TimestampMixin, Base):
    __tablename__ = "position"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(120), default="", index=True)
    work_mode: Mapped[str] = mapped_column(String(16), default="onsite")  # onsite | hybrid | remote
    schedule: Mapped[str] = mapped_column(String(200), default="")
    headcount: Mapped[int] = mapped_column(SmallInteger, default=1)
    # Salary budget: minor units per period; period "month" (× budget_months a year) or "year".
    budget_min_minor: Mapped[int | None] = mapped_column(BigInteger)
    budget_max_minor: Mapped[int | None] = mapped_column(BigInteger)
    budget_currency: Mapped[str] = mapped_column(String(3), default="CNY")
    budget_period: Mapped[str] = mapped_column(String(8), default="month")
    budget_months: Mapped[int] = mapped_column(SmallInteger, default=12)
    benefits: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    selling_points: Mapped[str] = mapped_column(Text, default="")
    min_years: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    max_years: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    education_level: Mapped[str] = mapped_column(String(16), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    priority: Mapped[int] = mapped_column(SmallInteger, default=2)
    fee_kind: Mapped[str] = mapped_column(String(8), default="percent")  # percent | fixed
    fee_value_minor: Mapped[int | None] = mapped_column(BigInteger)  # basis points or minor units
    opened_on: Mapped[date | None] = mapped_column(Date)
    target_on: Mapped[date | None] = mapped_column(Date)
    # The match weights this position overrides: {"skills": 40, "culture": 5} (see core.matching).
    match_weights: Mapped[dict] = mapped_column(JSON, default=dict)

    company: Mapped[Company] = relationship(back_populates="positions")
    skills: Mapped[list[PositionSkill]] = relationship(
        back_populates="position", cascade="all, delete-orphan", order_by="PositionSkill.id"
    )


class PositionSkill(Base):
    __tablename__ = "position_skill"
    __table_args__ = (UniqueConstraint("position_id", "skill"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"), index=True)
    skill: Mapped[str] = mapped_column(String(120), index=True)
    weight: Mapped[int] = mapped_column(SmallInteger, default=3)
    must_have: Mapped[bool] = mapped_column(Boolean, default=False)

    position: Mapped[Position] = relationship(back_populates="skills")


class SkillAlias(Base):
    """A user's own addition to the shipped skill vocabulary."""

    __tablename__ = "skill_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(120), unique=True)
    canonical: Mapped[str] = mapped_column(String(120), index=True)


class KeyFactColumns:
    """The key facts of a phone screen: on each screen as they were then, on the candidate as known now."""

    current_status: Mapped[str] = mapped_column(String(16), default="")  # employed | notice | available | unemployed
    notice_days: Mapped[int | None] = mapped_column(SmallInteger)
    reasons_for_change: Mapped[str] = mapped_column(Text, default="")
    next_company_requirements: Mapped[str] = mapped_column(Text, default="")
    willing_to_relocate: Mapped[bool | None] = mapped_column(Boolean)
    unemployed_since: Mapped[date | None] = mapped_column(Date)
    interview_availability: Mapped[str] = mapped_column(Text, default="")  # "evenings, from 12-05"
    current_salary_minor: Mapped[int | None] = mapped_column(BigInteger)
    current_salary_currency: Mapped[str] = mapped_column(String(3), default="CNY")
    current_salary_period: Mapped[str] = mapped_column(String(8), default="month")
    current_salary_months: Mapped[int] = mapped_column(SmallInteger, default=12)
    expected_salary_minor: Mapped[int | None] = mapped_column(BigInteger)
    expected_salary_currency: Mapped[str] = mapped_column(String(3), default="CNY")
    expected_salary_period: Mapped[str] = mapped_column(String(8), default="month")
    expected_salary_months: Mapped[int] = mapped_column(SmallInteger, default=12)
    # The acceptable bottom line is the consultant's negotiating knowledge: never printed for a client.
    bottom_line_minor: Mapped[int | None] = mapped_column(BigInteger)
    bottom_line_currency: Mapped[str] = mapped_column(String(3), default="CNY")
    bottom_line_period: Mapped[str] = mapped_column(String(8), default="month")
    bottom_line_months: Mapped[int] = mapped_column(SmallInteger, default=12)


class Candidate(KeyFactColumns, TimestampMixin, Base):
    __tablename__ = "candidate"
    # Filtering by expected salary is common in the list.
    __table_args__ = (Index("ix_candidate_expected_salary_minor", "expected_salary_minor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120), index=True)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    wechat: Mapped[str] = mapped_column(String(80), default="")
    city: Mapped[str] = mapped_column(String(120), default="", index=True)
    current_title: Mapped[str] = mapped_column(String(200), default="")
    current_company: Mapped[str] = mapped_column(String(200), default="")
    years_experience: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), index=True)
    education_level: Mapped[str] = mapped_column(String(16), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    skills: Mapped[list[CandidateSkill]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by="CandidateSkill.id"
    )
    resumes: Mapped[list[ResumeFile]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by="ResumeFile.id"
    )
    doubts: Mapped[list[ResumeDoubt]] = relationship(cascade="all, delete-orphan", order_by="ResumeDoubt.id")


class CandidateSkill(Base):
    __tablename__ = "candidate_skill"
    __table_args__ = (UniqueConstraint("candidate_id", "skill"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    skill: Mapped[str] = mapped_column(String(120), index=True)
    years: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    source: Mapped[str] = mapped_column(String(16), default="resume")  # resume | screen | manual

    candidate: Mapped[Candidate] = relationship(back_populates="skills")


class ResumeFile(Base):
    """An original resume file, kept content-addressed in the data folder."""

    __tablename__ = "resume_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(300))
    stored_path: Mapped[str] = mapped_column(String(400))  # relative to the data folder
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    candidate: Mapped[Candidate] = relationship(back_populates="resumes")
    text: Mapped[ResumeText | None] = relationship(
        back_populates="resume_file", cascade="all, delete-orphan", uselist=False
    )


class ResumeText(Base):
    """Extracted resume text, 1:1 with its file, kept out of the candidate row so scans stay fast."""

    __tablename__ = "resume_text"

    resume_file_id: Mapped[int] = mapped_column(
        ForeignKey("resume_file.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text, default="")

    resume_file: Mapped[ResumeFile] = relationship(back_populates="text")


class ResumeDoubt(Base):
    """Something in a resume to ask about on the call: a gap, a short tenure, overlapping jobs."""

    __tablename__ = "resume_doubt"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # gap | short_tenure | overlap
    description: Mapped[str] = mapped_column(Text, default="")
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    explanation: Mapped[str] = mapped_column(Text, default="")  # what the candidate said on the call


class PhoneScreen(KeyFactColumns, Base):
    """One telephone screen, in the order of the real call; the facts as they were then."""

    __tablename__ = "phone_screen"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id", ondelete="SET NULL"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    # Opening
    identity_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    introduced: Mapped[bool] = mapped_column(Boolean, default=False)
    purpose_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    convenient: Mapped[bool | None] = mapped_column(Boolean)
    callback_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Questions and answers
    job_search_direction: Mapped[str] = mapped_column(Text, default="")
    relevant_experience: Mapped[str] = mapped_column(Text, default="")
    doubts_explained: Mapped[str] = mapped_column(Text, default="")
    candidate_questions: Mapped[str] = mapped_column(Text, default="")
    main_skills: Mapped[str] = mapped_column(Text, default="")
    # Intention and outcome
    intention: Mapped[str] = mapped_column(String(16), default="")  # interested | considering | not_interested
    outcome: Mapped[str] = mapped_column(String(16), default="")  # recommend | talent_pool | not_suitable
    outcome_reason_code: Mapped[str] = mapped_column(String(16), default="")  # see NOT_SUITABLE_REASONS
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    follow_up_at: Mapped[datetime | None] = mapped_column(DateTime)
    # What the candidate asked and was told: {"location": {"asked": "...", "answered": "..."}, ...}
    candidate_qa: Mapped[dict] = mapped_column(JSON, default=dict)
    assessment: Mapped[str] = mapped_column(Text, default="")  # the consultant's judgement, for the report
    notes: Mapped[str] = mapped_column(Text, default="")  # internal, never printed


class ScreenDraft(Base):
    """A phone screen in progress, saved as the consultant types: the form's state, restored after a crash."""

    __tablename__ = "screen_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[dict] = mapped_column(JSON, default=dict)


class FactConfirmation(Base):
    """A key fact as stated at one time (on a call or in the profile): the candidate's fact history."""

    __tablename__ = "fact_confirmation"
    __table_args__ = (Index("ix_fact_confirmation_candidate_field", "candidate_id", "field", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    screen_id: Mapped[int | None] = mapped_column(ForeignKey("phone_screen.id", ondelete="SET NULL"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text, default="")  # as text, e.g. "¥35,000 × 14" (core.facts)
    source: Mapped[str] = mapped_column(String(16), default="screen")  # screen (| profile, not written yet)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PipelineEntry(Base):
    """A candidate considered for a position, and the stage reached."""

    __tablename__ = "pipeline_entry"
    __table_args__ = (UniqueConstraint("candidate_id", "position_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20), default="sourced", index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    events: Mapped[list[PipelineEvent]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="PipelineEvent.id"
    )


class PipelineEvent(Base):
    __tablename__ = "pipeline_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("pipeline_entry.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str] = mapped_column(String(20), default="")
    to_stage: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[PipelineEntry] = relationship(back_populates="events")


class Submission(Base):
    """The submission ledger: each recommendation report saved for a client."""

    __tablename__ = "submission"
    __table_args__ = (Index("ix_submission_candidate_company", "candidate_id", "company_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id", ondelete="SET NULL"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="SET NULL"))
    # Kept as text too: the ledger still reads right after the position or the client is deleted.
    company_name: Mapped[str] = mapped_column(String(200), default="")
    position_title: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(Text, default="")  # the path the report was saved to
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    lang: Mapped[str] = mapped_column(String(8), default="en")


class Activity(Base):
    """The timeline: calls, notes, reports sent, imports."""

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_candidate_at", "candidate_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # call | note | report | import | email
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[str] = mapped_column(String(300), default="")
    details: Mapped[str] = mapped_column(Text, default="")


class Reminder(Base):
    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="callback")  # callback | interview | follow_up
    due_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime)


class Setting(Base):
    """Agency-wide settings (agency name, consultant, default phone region …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


__all__ = [
    "Activity",
    "Base",
    "Candidate",
    "CandidateSkill",
    "Company",
    "Contact",
    "FactConfirmation",
    "PhoneScreen",
    "PipelineEntry",
    "PipelineEvent",
    "Position",
    "PositionSkill",
    "Reminder",
    "ResumeDoubt",
    "ResumeFile",
    "ResumeText",
    "ScreenDraft",
    "Setting",
    "Submission",
    "SkillAlias",
    "utcnow",
]
