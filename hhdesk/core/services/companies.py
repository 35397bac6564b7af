"""Client companies and their positions: the job order."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hhdesk.core.db.models import Company, Position, PositionSkill
from hhdesk.core.money import Salary
from hhdesk.core.records import (
    POSITION_STATUSES,
    WORK_MODES,
    CompanyInput,
    CompanyRecord,
    NotFoundError,
    PositionInput,
    PositionRecord,
    PositionSummary,
    SkillRequirementInput,
    ValidationError,
)
from hhdesk.core.services._mapping import check_salary, one_of, required_text, years

_COMPANY_FIELDS = tuple(f.name for f in fields(CompanyInput))


def company_record(row: Company) -> CompanyRecord:
    return CompanyRecord(
        **{name: getattr(row, name) or "" for name in _COMPANY_FIELDS},
        id=row.id,
        positions=tuple(PositionSummary(p.id, p.title, p.city, p.status) for p in row.positions),
    )


def position_record(row: Position) -> PositionRecord:
    return PositionRecord(
        id=row.id,
        company_id=row.company_id,
        company_name=row.company.name,
        title=row.title,
        city=row.city,
        work_mode=row.work_mode,
        budget_min=_budget(row, row.budget_min_minor),
        budget_max=_budget(row, row.budget_max_minor),
        min_years=float(row.min_years) if row.min_years is not None else None,
        max_years=float(row.max_years) if row.max_years is not None else None,
        skills=tuple(SkillRequirementInput(s.skill, s.weight, s.must_have) for s in row.skills),
        description=row.description,
        selling_points=row.selling_points,
        benefits=row.benefits,
        status=row.status,
    )


def _budget(row: Position, amount: int | None) -> Salary | None:
    if amount is None:
        return None
    return Salary(int(amount), row.budget_currency, row.budget_period, row.budget_months)


class CompanyService:
    """Create, read, update and delete client companies and their positions."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    # companies ------------------------------------------------------------------------------
    def list_companies(self) -> list[CompanyRecord]:
        """All companies by name, with their positions."""
        with self._sessions() as s:
            rows = s.scalars(select(Company).options(selectinload(Company.positions)).order_by(
                func.lower(Company.name))).all()
            return [company_record(r) for r in rows]

    def get_company(self, company_id: int) -> CompanyRecord:
        with self._sessions() as s:
            return company_record(self._company(s, company_id))

    def save_company(self, data: CompanyInput, company_id: int | None = None) -> CompanyRecord:
        """Create (``company_id`` None) or update a company; :class:`ValidationError` on bad input."""
        values = {k: (v or "").strip() for k, v in asdict(data).items()}
        values["name"] = required_text("name", data.name, "Company name", 200)
        with self._sessions.begin() as s:
            row = Company() if company_id is None else self._company(s, company_id)
            for key, value in values.items():
                setattr(row, key, value)
            s.add(row)
            s.flush()
            return company_record(row)

    def delete_company(self, company_id: int) -> None:
        """Delete a company with its contacts, positions and their pipeline entries."""
        with self._sessions.begin() as s:
            s.delete(self._company(s, company_id))

    # positions ------------------------------------------------------------------------------
    def list_positions(self, company_id: int | None = None, open_only: bool = False) -> list[PositionRecord]:
        with self._sessions() as s:
            stmt = select(Position).options(selectinload(Position.skills), selectinload(Position.company))
            if company_id is not None:
                stmt = stmt.where(Position.company_id == company_id)
            if open_only:
                stmt = stmt.where(Position.status == "open")
            return [position_record(r) for r in s.scalars(stmt.order_by(Position.id)).all()]

    def get_position(self, position_id: int) -> PositionRecord:
        with self._sessions() as s:
            return position_record(self._position(s, position_id))

    def save_position(self, data: PositionInput, position_id: int | None = None) -> PositionRecord:
        """Create or update a position and replace its skill requirements."""
        title = required_text("title", data.title, "Position title", 200)
        one_of("work_mode", data.work_mode, WORK_MODES, allow_empty=False)
        one_of("status", data.status, POSITION_STATUSES, allow_empty=False)
        min_years, max_years = years("min_years", data.min_years), years("max_years", data.max_years)
        if min_years is not None and max_years is not None and min_years > max_years:
            raise ValidationError("max_years", "Maximum years is less than minimum years.")
        lo, hi = data.budget_min, data.budget_max
        if lo and hi:
            if (lo.currency, lo.period, lo.months) != (hi.currency, hi.period, hi.months):
                raise ValidationError("budget", "Budget minimum and maximum must use the same currency and period.")
            if lo.amount_minor > hi.amount_minor:
                raise ValidationError("budget", "Budget minimum is larger than the maximum.")
        for name, bound in (("budget", lo), ("budget", hi)):
            if bound is not None:
                check_salary(name, bound)
        skills = _clean_skills(data.skills)
        with self._sessions.begin() as s:
            self._company(s, data.company_id)
            row = Position() if position_id is None else self._position(s, position_id)
            row.company_id = data.company_id
            row.title, row.city, row.work_mode, row.status = title, data.city.strip(), data.work_mode, data.status
            row.min_years, row.max_years = min_years, max_years
            row.description, row.selling_points = data.description, data.selling_points
            row.benefits = data.benefits
            row.budget_min_minor = lo.amount_minor if lo else None
            row.budget_max_minor = hi.amount_minor if hi else None
            ref = lo or hi
            if ref:
                row.budget_currency, row.budget_period, row.budget_months = ref.currency, ref.period, ref.months
            row.skills = [PositionSkill(skill=k.skill, weight=k.weight, must_have=k.must_have) for k in skills]
            s.add(row)
            s.flush()
            s.refresh(row, ["company"])
            return position_record(row)

    def delete_position(self, position_id: int) -> None:
        with self._sessions.begin() as s:
            s.delete(self._position(s, position_id))

    # helpers --------------------------------------------------------------------------------
    @staticmethod
    def _company(s: Session, company_id: int) -> Company:
        row = s.get(Company, company_id)
        if row is None:
            raise NotFoundError(f"Company {company_id} does not exist.")
        return row

    @staticmethod
    def _position(s: Session, position_id: int) -> Position:
        row = s.get(Position, position_id)
        if row is None:
            raise NotFoundError(f"Position {position_id} does not exist.")
        return row


def _clean_skills(skills: tuple[SkillRequirementInput, ...]) -> list[SkillRequirementInput]:
    seen: set[str] = set()
    cleaned: list[SkillRequirementInput] = []
    for req in skills:
        name = " ".join(req.skill.split())
        if not name:
            continue
        if not 1 <= req.weight <= 5:
            raise ValidationError("skills", f"Weight of {name!r} must be 1 to 5.")
        if name.casefold() in seen:
            raise ValidationError("skills", f"{name!r} is listed twice.")
        seen.add(name.casefold())
        cleaned.append(SkillRequirementInput(name, req.weight, req.must_have))
    return cleaned
