"""Client companies and their positions: the job order."""

from __future__ import annotations

import re
from dataclasses import fields, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hhdesk.core.db.models import Activity, Company, Contact, PhoneScreen, PipelineEntry, Position, PositionSkill
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.matching import effective_weights
from hhdesk.core.money import Salary
from hhdesk.core.records import (
    EDUCATION_LEVELS,
    FEE_KINDS,
    POSITION_STATUSES,
    PRIORITIES,
    WORK_MODES,
    CompanyInput,
    CompanyRecord,
    CompanyRow,
    ContactInput,
    ContactRecord,
    DeleteImpact,
    NotFoundError,
    PositionInput,
    PositionRecord,
    PositionSummary,
    SkillRequirementInput,
    ValidationError,
)
from hhdesk.core.services._mapping import check_salary, one_of, required_text, years
from hhdesk.core.validation import check_email, check_phone, check_website, fold_company_name

_COMPANY_FIELDS = tuple(f.name for f in fields(CompanyInput) if f.name != "contacts")
_CONTACT_FIELDS = tuple(f.name for f in fields(ContactInput))


def company_record(row: Company) -> CompanyRecord:
    return CompanyRecord(
        **{name: getattr(row, name) or "" for name in _COMPANY_FIELDS},
        contacts=tuple(ContactRecord(**{f: getattr(c, f) or "" for f in _CONTACT_FIELDS}, id=c.id)
                       for c in row.contacts),
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
        department=row.department,
        schedule=row.schedule,
        headcount=row.headcount,
        education_level=row.education_level,
        languages=row.languages,
        priority=row.priority,
        fee_kind=row.fee_kind,
        fee_value=row.fee_value_minor / 100 if row.fee_value_minor is not None else None,
        opened_on=row.opened_on,
        target_on=row.target_on,
        match_weights={k: float(v) for k, v in (row.match_weights or {}).items()},
    )


def _budget(row: Position, amount: int | None) -> Salary | None:
    if amount is None:
        return None
    return Salary(int(amount), row.budget_currency, row.budget_period, row.budget_months)


class CompanyService:
    """Create, read, update and delete client companies and their positions."""

    def __init__(self, session_factory: sessionmaker[Session], region: str = "CN") -> None:
        self._sessions = session_factory
        self.region = region

    # companies ------------------------------------------------------------------------------
    def list_companies(self) -> list[CompanyRecord]:
        """All companies by name, with their positions."""
        with self._sessions() as s:
            rows = s.scalars(select(Company).options(selectinload(Company.positions)).order_by(
                func.lower(Company.name))).all()
            return [company_record(r) for r in rows]

    def list_company_rows(self) -> list[CompanyRow]:
        """The company list: name, industry, city, open positions and the last contact (call, note, report)."""
        with self._sessions() as s:
            open_count = (select(func.count(Position.id)).where(Position.company_id == Company.id,
                                                               Position.status == "open").scalar_subquery())
            via_position = select(Position.id).where(Position.company_id == Company.id)
            last = (select(func.max(Activity.at)).where(or_(Activity.company_id == Company.id,
                                                          Activity.position_id.in_(via_position)))
                    .scalar_subquery())
            rows = s.execute(select(Company.id, Company.name, Company.industry, Company.city, open_count, last)
                             .order_by(func.lower(Company.name))).all()
            return [CompanyRow(*r) for r in rows]

    def get_company(self, company_id: int) -> CompanyRecord:
        with self._sessions() as s:
            return company_record(self._company(s, company_id))

    def similar_companies(self, name: str, exclude_id: int | None = None) -> list[str]:
        """Existing companies whose name or alias is the same as ``name`` up to width, case, spaces,
        punctuation and legal suffixes (阿里巴巴 / "阿里巴巴 " / Alibaba when that is an alias)."""
        key = fold_company_name(name)
        if not key:
            return []
        with self._sessions() as s:
            rows = s.execute(select(Company.id, Company.name, Company.aliases)).all()
        return [n for ident, n, aliases in rows if ident != exclude_id
                and key in {fold_company_name(x) for x in [n, *aliases.split("|")] if x.strip()}]

    def save_company(self, data: CompanyInput, company_id: int | None = None) -> CompanyRecord:
        """Create (``company_id`` None) or update a company and its contacts; :class:`ValidationError`."""
        values = {k: (getattr(data, k) or "").strip() for k in _COMPANY_FIELDS}
        values["name"] = required_text("name", data.name, msg(QT_TRANSLATE_NOOP("Core", "Company name")), 200)
        values["website"] = check_website("website", data.website)
        values["aliases"] = "|".join(a.strip() for a in re.split(r"[|,;，；、]", data.aliases) if a.strip())
        if len(values["aliases"]) > 300:
            raise ValidationError("aliases", msg(
                QT_TRANSLATE_NOOP("Core", "Other names are longer than {limit} characters."), limit=300))
        contacts = [self._clean_contact(i, c) for i, c in enumerate(data.contacts)]
        with self._sessions.begin() as s:
            row = Company() if company_id is None else self._company(s, company_id)
            for key, value in values.items():
                setattr(row, key, value)
            existing = {c.id: c for c in row.contacts}
            row.contacts = [self._contact_row(existing, c) for c in contacts]
            s.add(row)
            s.flush()
            return company_record(row)

    def _clean_contact(self, index: int, contact: ContactInput) -> ContactInput:
        name = contact.name.strip()
        if not name:
            raise ValidationError("contacts", msg(QT_TRANSLATE_NOOP("Core", "Contact {number} has no name."),
                                                  number=index + 1))
        # replace() keeps a ContactRecord's id, so an edited contact stays the same row.
        return replace(contact, name=name, title=contact.title.strip(),
                       phone=check_phone("contacts", contact.phone, self.region),
                       email=check_email("contacts", contact.email), wechat=contact.wechat.strip(),
                       notes=contact.notes.strip())

    @staticmethod
    def _contact_row(existing: dict[int, Contact], data: ContactInput) -> Contact:
        row = existing.get(getattr(data, "id", 0)) or Contact()
        for name in _CONTACT_FIELDS:
            setattr(row, name, getattr(data, name))
        return row

    def company_delete_impact(self, company_id: int) -> DeleteImpact:
        """What deleting the company takes with it."""
        with self._sessions() as s:
            position_ids = select(Position.id).where(Position.company_id == company_id)
            return DeleteImpact(
                positions=s.scalar(select(func.count()).select_from(Position).where(
                    Position.company_id == company_id)) or 0,
                contacts=s.scalar(select(func.count()).select_from(Contact).where(
                    Contact.company_id == company_id)) or 0,
                pipeline_entries=s.scalar(select(func.count()).select_from(PipelineEntry).where(
                    PipelineEntry.position_id.in_(position_ids))) or 0,
            )

    def position_delete_impact(self, position_id: int) -> DeleteImpact:
        with self._sessions() as s:
            return DeleteImpact(
                pipeline_entries=s.scalar(select(func.count()).select_from(PipelineEntry).where(
                    PipelineEntry.position_id == position_id)) or 0,
                phone_screens=s.scalar(select(func.count()).select_from(PhoneScreen).where(
                    PhoneScreen.position_id == position_id)) or 0,
            )

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
        title = required_text("title", data.title, msg(QT_TRANSLATE_NOOP("Core", "Position title")), 200)
        one_of("work_mode", data.work_mode, WORK_MODES, allow_empty=False)
        one_of("status", data.status, POSITION_STATUSES, allow_empty=False)
        min_years, max_years = years("min_years", data.min_years), years("max_years", data.max_years)
        if min_years is not None and max_years is not None and min_years > max_years:
            raise ValidationError("max_years", msg(
                QT_TRANSLATE_NOOP("Core", "Maximum years is less than minimum years.")))
        lo, hi = data.budget_min, data.budget_max
        if lo and hi:
            if (lo.currency, lo.period, lo.months) != (hi.currency, hi.period, hi.months):
                raise ValidationError("budget", msg(
                    QT_TRANSLATE_NOOP("Core", "Budget minimum and maximum must use the same currency and period.")))
            if lo.amount_minor > hi.amount_minor:
                raise ValidationError("budget", msg(
                    QT_TRANSLATE_NOOP("Core", "Budget minimum is larger than the maximum.")))
        one_of("education_level", data.education_level, EDUCATION_LEVELS)
        one_of("fee_kind", data.fee_kind, FEE_KINDS, allow_empty=False)
        if data.priority not in PRIORITIES:
            raise ValidationError("priority", msg(QT_TRANSLATE_NOOP("Core", "Priority is high, normal or low.")))
        if not 1 <= data.headcount <= 999:
            raise ValidationError("headcount", msg(QT_TRANSLATE_NOOP("Core", "Headcount must be between 1 and 999.")))
        try:
            weights = {k: float(v) for k, v in data.match_weights.items()}
            effective_weights(weights)
        except (TypeError, ValueError) as exc:
            raise ValidationError("match_weights", msg(
                QT_TRANSLATE_NOOP("Core", "Match weights: {problem}."), problem=str(exc))) from exc
        if data.fee_value is not None and (data.fee_value < 0 or (data.fee_kind == "percent" and data.fee_value > 100)):
            raise ValidationError("fee", msg(
                QT_TRANSLATE_NOOP("Core", "A fee is 0–100 % of the package, or a fixed amount.")))
        if data.opened_on and data.target_on and data.target_on < data.opened_on:
            raise ValidationError("target_on", msg(
                QT_TRANSLATE_NOOP("Core", "The target date is before the date the position opened.")))
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
            row.department, row.schedule = data.department.strip(), data.schedule.strip()
            row.headcount, row.priority = data.headcount, data.priority
            row.education_level, row.languages = data.education_level, data.languages.strip()
            row.fee_kind = data.fee_kind
            row.fee_value_minor = round(data.fee_value * 100) if data.fee_value is not None else None
            row.opened_on, row.target_on = data.opened_on, data.target_on
            row.match_weights = weights
            row.budget_min_minor = lo.amount_minor if lo else None
            row.budget_max_minor = hi.amount_minor if hi else None
            ref = lo or hi
            if ref:
                row.budget_currency, row.budget_period, row.budget_months = ref.currency, ref.period, ref.months
            # Rows for skills kept are updated in place: replacing them would insert the new row before the
            # old one is deleted and break the unique (position, skill) constraint.
            existing = {ps.skill.casefold(): ps for ps in row.skills}
            kept = []
            for k in skills:
                ps = existing.pop(k.skill.casefold(), None) or PositionSkill(skill=k.skill)
                ps.skill, ps.weight, ps.must_have = k.skill, k.weight, k.must_have
                kept.append(ps)
            row.skills = kept
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
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Company {id} does not exist."), id=company_id))
        return row

    @staticmethod
    def _position(s: Session, position_id: int) -> Position:
        row = s.get(Position, position_id)
        if row is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("Core", "Position {id} does not exist."), id=position_id))
        return row


def _clean_skills(skills: tuple[SkillRequirementInput, ...]) -> list[SkillRequirementInput]:
    seen: set[str] = set()
    cleaned: list[SkillRequirementInput] = []
    for req in skills:
        name = " ".join(req.skill.split())
        if not name:
            continue
        if not 1 <= req.weight <= 5:
            raise ValidationError("skills", msg(
                QT_TRANSLATE_NOOP("Core", "Weight of {name!r} must be 1 to 5."), name=name))
        if name.casefold() in seen:
            raise ValidationError("skills", msg(QT_TRANSLATE_NOOP("Core", "{name!r} is listed twice."), name=name))
        seen.add(name.casefold())
        cleaned.append(SkillRequirementInput(name, req.weight, req.must_have))
    return cleaned
