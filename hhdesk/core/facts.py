"""Key facts as text for their history: one stable, language-neutral form per value."""

from __future__ import annotations

from datetime import date

from hhdesk.core.money import Salary


def fact_value_text(value: object) -> str:
    """``¥35,000 × 14`` for money, ``yes``/``no``, ISO dates, codes and text as they are."""
    if isinstance(value, Salary):
        return value.format()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
