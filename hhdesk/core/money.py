"""Salaries as people write them: "25000", "25k", "2.5万", "30k×14", "450k/yr", "30,000 – 45,000".

Amounts are integer minor units (fen, cents) with a currency and a period. A monthly salary carries the
number of monthly payments a year, because Chinese offers are written "30k × 14".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "SGD", "JPY")
_SYMBOLS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "rmb": "CNY", "cny": "CNY", "$": "USD", "usd": "USD",
            "€": "EUR", "eur": "EUR", "hk$": "HKD", "hkd": "HKD", "£": "GBP", "gbp": "GBP",
            "sgd": "SGD", "jpy": "JPY"}
_CURRENCY_SIGN = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "GBP": "£", "SGD": "S$", "JPY": "JP¥"}


class SalaryParseError(ValueError):
    """The text is not a salary; the message says why, for the person who typed it."""


def currency_sign(code: str) -> str:
    """The sign written before an amount: ``¥``, ``HK$`` … or the ISO code and a space (``CHF ``)."""
    code = code.strip().upper()
    return _CURRENCY_SIGN.get("CNY" if code == "RMB" else code, code + " ")


@dataclass(frozen=True)
class Salary:
    """An amount in minor units per period; ``months`` monthly payments a year when ``period == "month"``."""

    amount_minor: int
    currency: str = "CNY"
    period: str = "month"  # "month" or "year"
    months: int = 12

    @property
    def annual_minor(self) -> int:
        """The yearly total in minor units."""
        return self.amount_minor * self.months if self.period == "month" else self.amount_minor

    def format(self) -> str:
        """Human form, e.g. ``¥30,000 × 14`` or ``¥450,000/yr``."""
        sign = currency_sign(self.currency)
        major = self.amount_minor / 100
        amount = f"{major:,.0f}" if major == int(major) else f"{major:,.2f}"
        if self.period == "year":
            return f"{sign}{amount}/yr"
        return f"{sign}{amount} × {self.months}"


@dataclass(frozen=True)
class SalaryRange:
    low: Salary
    high: Salary


_NUMBER = r"(\d+(?:\.\d+)?)\s*(k|w|万|千)?"
_MONTHS = re.compile(r"[x×*]\s*(\d{1,2})\s*(?:薪|个月|months?)?\s*$")
_YEAR_HINT = re.compile(r"(/\s*(yr|year|年|annum)|\bp\.?a\.?\b|年薪|per\s+year|annual(ly)?)")
_MONTH_HINT = re.compile(r"(/\s*(mo|month|月)|月薪|per\s+month|monthly)")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return text.replace(",", "").replace("，", "")


def _amount(number: str, unit: str | None) -> int:
    value = float(number)
    factor = {"k": 1000, "千": 1000, "w": 10000, "万": 10000}.get(unit or "", 1)
    return round(value * factor * 100)


def _currency_of(text: str, default: str) -> tuple[str, str]:
    for symbol, code in sorted(_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if symbol in text:
            return code, text.replace(symbol, " ")
    return default, text


def parse_salary_range(text: str, default_currency: str = "CNY") -> SalaryRange | None:
    """Parse a salary or a range; ``None`` for empty text; :class:`SalaryParseError` for nonsense.

    A period is read from hints ("/yr", "年薪", "/月"); without one, amounts of 1,000,000 minor units per
    payment or more (10k+) are monthly and a "×N" suffix sets the number of payments.
    """
    raw = _normalise(text)
    if not raw:
        return None
    currency, body = _currency_of(raw, default_currency)
    if body.strip().startswith(("-", "−", "–")):
        raise SalaryParseError(msg(QT_TRANSLATE_NOOP("Core", "A salary must be more than zero.")))
    period = "year" if _YEAR_HINT.search(body) else "month"
    body = _YEAR_HINT.sub(" ", _MONTH_HINT.sub(" ", body))
    body = re.sub(r"年薪|月薪|/", " ", body).strip()
    months = 12
    m = _MONTHS.search(body)
    if m:
        months = int(m.group(1))
        body = body[: m.start()].strip()
        if not 1 <= months <= 24:
            raise SalaryParseError(msg(
                QT_TRANSLATE_NOOP("Core", "{months} monthly payments a year is not plausible (1–24)."), months=months))
    parts = [p.strip() for p in re.split(r"\s*(?:-|–|—|~|～|至|to)\s*", body) if p.strip()]
    if not 1 <= len(parts) <= 2:
        raise SalaryParseError(msg(
            QT_TRANSLATE_NOOP("Core", "“{text}” is not a salary: write e.g. 25000, 25k, 2.5万 or 30k×14."),
            text=text.strip()))
    amounts: list[int] = []
    units: list[str | None] = []
    for part in parts:
        pm = re.fullmatch(_NUMBER, part)
        if not pm:
            raise SalaryParseError(msg(
                QT_TRANSLATE_NOOP("Core", "“{text}” is not a salary: write e.g. 25000, 25k, 2.5万 or 30k×14."),
                text=text.strip()))
        units.append(pm.group(2))
        amounts.append(_amount(pm.group(1), pm.group(2)))
    if len(amounts) == 2 and units[0] is None and units[1] is not None:
        amounts[0] = _amount(parts[0], units[1])  # "25-35k" means 25k–35k
    if any(a <= 0 for a in amounts):
        raise SalaryParseError(msg(QT_TRANSLATE_NOOP("Core", "A salary must be more than zero.")))
    if len(amounts) == 2 and amounts[0] > amounts[1]:
        raise SalaryParseError(msg(QT_TRANSLATE_NOOP("Core", "The minimum is larger than the maximum.")))
    low = Salary(amounts[0], currency, period, months if period == "month" else 12)
    high = Salary(amounts[-1], currency, period, low.months)
    return SalaryRange(low, high)


def parse_salary(text: str, default_currency: str = "CNY") -> Salary | None:
    """Parse one salary figure; a range is rejected with a clear message."""
    parsed = parse_salary_range(text, default_currency)
    if parsed is None:
        return None
    if parsed.low != parsed.high:
        raise SalaryParseError(msg(QT_TRANSLATE_NOOP("Core", "Enter one figure here, not a range.")))
    return parsed.low


# Reference rates to CNY for comparing a salary with a budget in another currency (match engine). They are
# rough on purpose: a match says "fits / negotiable / out of range", it does not price an offer.
RATES_TO_CNY: dict[str, float] = {"CNY": 1.0, "USD": 7.2, "EUR": 7.8, "HKD": 0.92, "GBP": 9.1, "SGD": 5.4,
                                  "JPY": 0.048}


def convert_minor(amount_minor: int, source: str, target: str) -> int | None:
    """``amount_minor`` in ``source`` currency expressed in ``target`` (minor units, rounded); None when
    either currency has no reference rate."""
    if source == target:
        return amount_minor
    a, b = RATES_TO_CNY.get(source), RATES_TO_CNY.get(target)
    if a is None or b is None:
        return None
    return round(amount_minor * a / b)
