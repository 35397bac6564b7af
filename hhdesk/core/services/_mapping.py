"""Mapping between ORM rows and records: money columns and validation helpers shared by services."""

from __future__ import annotations

from typing import Any

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.money import CURRENCIES, Salary
from hhdesk.core.records import ValidationError


def salary_from(row: Any, prefix: str) -> Salary | None:
    """The salary stored in ``<prefix>_minor/_currency/_period/_months`` columns, if any."""
    amount = getattr(row, f"{prefix}_minor")
    if amount is None:
        return None
    return Salary(
        int(amount),
        getattr(row, f"{prefix}_currency") or "CNY",
        getattr(row, f"{prefix}_period") or "month",
        int(getattr(row, f"{prefix}_months") or 12),
    )


def salary_to(row: Any, prefix: str, salary: Salary | None) -> None:
    """Store ``salary`` into the four money columns named by ``prefix``."""
    if salary is None:
        setattr(row, f"{prefix}_minor", None)
        return
    check_salary(prefix, salary)
    setattr(row, f"{prefix}_minor", salary.amount_minor)
    setattr(row, f"{prefix}_currency", salary.currency)
    setattr(row, f"{prefix}_period", salary.period)
    setattr(row, f"{prefix}_months", salary.months)


def check_salary(field_name: str, salary: Salary) -> None:
    if salary.amount_minor <= 0:
        raise ValidationError(field_name, msg(QT_TRANSLATE_NOOP("Core", "A salary must be more than zero.")))
    if salary.currency not in CURRENCIES:
        raise ValidationError(field_name, f"Unknown currency {salary.currency!r}.")
    if salary.period not in ("month", "year") or not 1 <= salary.months <= 24:
        raise ValidationError(field_name, msg(
            QT_TRANSLATE_NOOP("Core", "A salary is per month (1–24 payments a year) or per year.")))


def required_text(field_name: str, value: str, label: str, max_len: int) -> str:
    """``label`` names the field in the message (a :class:`~hhdesk.core.i18n.Message` to be translated)."""
    value = (value or "").strip()
    if not value:
        raise ValidationError(field_name, msg(QT_TRANSLATE_NOOP("Core", "{label} is required."), label=label))
    if len(value) > max_len:
        raise ValidationError(field_name, msg(
            QT_TRANSLATE_NOOP("Core", "{label} is longer than {max_len} characters."), label=label, max_len=max_len))
    return value


def one_of(field_name: str, value: str, allowed: tuple[str, ...], allow_empty: bool = True) -> str:
    if (allow_empty and value == "") or value in allowed:
        return value
    raise ValidationError(field_name, f"{value!r} is not one of {', '.join(allowed)}.")


def years(field_name: str, value: float | None) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 60:
        raise ValidationError(field_name, msg(QT_TRANSLATE_NOOP("Core", "Years must be between 0 and 60.")))
    return float(value)
