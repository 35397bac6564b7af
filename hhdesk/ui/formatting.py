"""Numbers, money and dates formatted for the user's locale."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from hhdesk.core.i18n import CONTEXT as CORE_CONTEXT
from hhdesk.core.i18n import Message
from hhdesk.core.money import Salary, currency_sign


def money_text(salary: Salary | None) -> str:
    """``¥30,000 × 14`` / ``¥450,000 per year`` with the locale's digit grouping."""
    if salary is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # group digits even in the C locale
    amount = locale.toString(salary.amount_minor / 100, "f", 0 if salary.amount_minor % 100 == 0 else 2)
    sign = currency_sign(salary.currency)
    if salary.period == "year":
        return QCoreApplication.translate("Formatting", "%1%2 per year").replace("%1", sign).replace("%2", amount)
    return f"{sign}{amount} × {salary.months}"


def core_text(message: object) -> str:
    """A message of the core (a :class:`~hhdesk.core.i18n.Message`, or an exception raised with one) in the
    window's language; anything else as ``str``. Arguments that are Messages themselves are translated too.
    A translation that names a placeholder the message does not have falls back to the English text."""
    if isinstance(message, BaseException):
        text = getattr(message, "message", None)
        if not isinstance(text, Message) and message.args and isinstance(message.args[0], Message):
            text = message.args[0]
        if not isinstance(text, Message):
            return str(message)
        message = text
    if not isinstance(message, Message):
        return str(message)
    args = {k: core_text(v) if isinstance(v, Message) else v for k, v in message.args.items()}
    try:
        return QCoreApplication.translate(CORE_CONTEXT, message.template).format(**args)
    except (KeyError, IndexError, ValueError):
        return str(message)


def salary_edit_text(salary: Salary | None) -> str:
    """Text to put back into a salary field: something the parser reads again to the same value."""
    if salary is None:
        return ""
    major = salary.amount_minor / 100
    value = f"{major:g}" if major < 1e6 else f"{major:.0f}"
    currency = "" if salary.currency == "CNY" else f" {salary.currency}"
    return f"{value}/yr{currency}" if salary.period == "year" else f"{value}×{salary.months}{currency}"


def range_edit_text(low: Salary | None, high: Salary | None) -> str:
    if low is None and high is None:
        return ""
    ref = low or high
    assert ref is not None
    def num(s: Salary | None) -> str:
        if s is None:
            return ""
        major = s.amount_minor / 100
        return f"{major / 1000:g}k" if major >= 1000 and major % 100 == 0 else f"{major:g}"
    body = f"{num(low)}-{num(high)}" if low and high and low != high else num(ref)
    suffix = "/yr" if ref.period == "year" else f"×{ref.months}"
    return body + suffix


def score_text(score: float | None) -> str:
    return "—" if score is None else f"{round(score * 100)} %"


def ui_language() -> str:
    """"zh" when the user works in Chinese, else "en": the language of sentences the core writes."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def count_text(n: int, one: str, many: str) -> str:
    """``one`` (already translated, e.g. "1 position") or ``many`` with %1 replaced by ``n``."""
    return one if n == 1 else many.replace("%1", str(n))


def criterion_labels() -> dict[str, str]:
    """The match criteria's names in the UI language, by key (see core.matching.CRITERIA)."""
    translate = QCoreApplication.translate  # named so pyside6-lupdate reads translate(context, text)
    return {"skills": translate("Match", "Skills"), "years": translate("Match", "Experience"),
            "salary": translate("Match", "Salary"), "location": translate("Match", "Location"),
            "education": translate("Match", "Education & languages"),
            "availability": translate("Match", "Availability"), "culture": translate("Match", "Culture fit")}


def local_time(moment: datetime) -> datetime:
    """A stored time (naive UTC) in the user's time zone."""
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).astimezone()


def local_text(moment: datetime) -> str:
    """``2026-11-29 14:05`` in the user's time zone, for a stored (naive UTC) time."""
    return f"{local_time(moment):%Y-%m-%d %H:%M}"
