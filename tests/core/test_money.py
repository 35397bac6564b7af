"""Salaries as people write them (hhdesk.core.money)."""

from __future__ import annotations

import pytest

from hhdesk.core.money import Salary, SalaryParseError, parse_salary, parse_salary_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25000", Salary(2_500_000, "CNY", "month", 12)),
        ("25k", Salary(2_500_000, "CNY", "month", 12)),
        ("2.5万", Salary(2_500_000, "CNY", "month", 12)),
        ("30k×14", Salary(3_000_000, "CNY", "month", 14)),
        ("30K x 14", Salary(3_000_000, "CNY", "month", 14)),
        ("¥30k", Salary(3_000_000, "CNY", "month", 12)),
        ("年薪50万", Salary(50_000_000, "CNY", "year", 12)),
        ("40万/年", Salary(40_000_000, "CNY", "year", 12)),
        ("２５ｋ", Salary(2_500_000, "CNY", "month", 12)),  # full-width digits and letter
        ("$8k", Salary(800_000, "USD", "month", 12)),
    ],
)
def test_parse_salary(text: str, expected: Salary) -> None:
    assert parse_salary(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("30,000 – 45,000", Salary(3_000_000), Salary(4_500_000)),
        ("25-35k", Salary(2_500_000), Salary(3_500_000)),
        ("$120k-150k/yr", Salary(12_000_000, "USD", "year"), Salary(15_000_000, "USD", "year")),
        ("25k-35k×14", Salary(2_500_000, months=14), Salary(3_500_000, months=14)),
        ("30k", Salary(3_000_000), Salary(3_000_000)),
    ],
)
def test_parse_salary_range(text: str, low: Salary, high: Salary) -> None:
    parsed = parse_salary_range(text)
    assert parsed is not None
    assert (parsed.low, parsed.high) == (low, high)


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_is_no_salary(text: str) -> None:
    assert parse_salary(text) is None
    assert parse_salary_range(text) is None


@pytest.mark.parametrize(
    "text",
    ["abc", "30k-20k", "0", "-5k", "-30000", "30k×40", "1-2-3", "k", "30k×0"],
)
def test_bad_salary_raises_with_message(text: str) -> None:
    with pytest.raises(SalaryParseError) as info:
        parse_salary_range(text)
    assert str(info.value).strip()


def test_parse_salary_rejects_a_range() -> None:
    with pytest.raises(SalaryParseError, match="range"):
        parse_salary("25-35k")


def test_default_currency_is_used_without_a_sign() -> None:
    assert parse_salary("25k", default_currency="EUR") == Salary(2_500_000, "EUR", "month", 12)


@pytest.mark.parametrize(
    ("salary", "annual"),
    [
        (Salary(3_000_000, "CNY", "month", 14), 42_000_000),
        (Salary(2_500_000, "CNY", "month", 12), 30_000_000),
        (Salary(50_000_000, "CNY", "year", 12), 50_000_000),
        (Salary(50_000_000, "CNY", "year", 14), 50_000_000),  # months do not apply to a yearly figure
    ],
)
def test_annual_minor(salary: Salary, annual: int) -> None:
    assert salary.annual_minor == annual


@pytest.mark.parametrize(
    ("salary", "text"),
    [
        (Salary(3_000_000, "CNY", "month", 14), "¥30,000 × 14"),
        (Salary(45_000_000, "CNY", "year"), "¥450,000/yr"),
        (Salary(12_000_000, "USD", "year"), "$120,000/yr"),
        (Salary(2_550_050, "EUR", "month", 12), "€25,500.50 × 12"),
        (Salary(100_000, "XYZ", "month", 12), "XYZ 1,000 × 12"),
    ],
)
def test_format(salary: Salary, text: str) -> None:
    assert salary.format() == text
