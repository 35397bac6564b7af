"""Experience date ranges as resumes write them, in Chinese and English.

dateparser and dateutil both fail on ``至今``/``Present`` and misread ``2019.03``, so this is a small
parser of its own. Dates have month precision: a date is the first day of its month; a year written
alone starts in January (and, as an end, means January of that year, so ``2019-2021`` is two years).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = ["DateRange", "find_date_ranges", "find_single_dates", "months_between", "parse_date_range"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
# One point in time. Named groups: y (year), m (month number), w (month word), yy (two-digit year).
_POINT = (
    rf"(?:(?P<w>{_MONTH_WORD})\.?,?\s*(?:(?P<y1>{_YEAR})|'?(?P<yy>\d{{2}}))(?!\d)"
    rf"|(?P<m1>{_MONTH_NUM})\s*/\s*(?P<y2>{_YEAR})(?!\d)"
    rf"|(?P<y>{_YEAR})(?:\s*年\s*(?P<m2>{_MONTH_NUM})\s*月?|\s*[./]\s*(?P<m3>{_MONTH_NUM})(?!\d)"
    rf"|-(?P<m4>{_MONTH_NUM})(?![\d/-])|\s*年)?(?![\d])(?!\s*[./]\s*\d))"
)
_PRESENT = r"(?:至今|迄今|今|现在|目前|present|now|current(?:ly)?|today|ongoing|date)"
_SEPARATOR = r"\s*(?:-{1,2}|–|—|~|～|至|到|to|until|till)\s*"
_RANGE = re.compile(
    rf"(?<![\w.])(?P<start>{_POINT.replace('?P<', '?P<s_')}){_SEPARATOR}"
    rf"(?:(?P<present>{_PRESENT})(?![a-z])|(?P<end>{_POINT.replace('?P<', '?P<e_')}))",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"(?<![\w.])(?:{_POINT})", re.IGNORECASE)
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")


@dataclass(frozen=True)
class DateRange:
    """A range found in text: ``end`` is ``None`` for a job held until now; offsets index the text searched."""

    start: date
    end: date | None
    begin_offset: int
    end_offset: int


def _normalise(text: str) -> str:
    # NFKC makes full-width digits and '～' ASCII; dash look-alikes become '–' (a range separator).
    return _DASHES.sub("–", unicodedata.normalize("NFKC", text))


def _point(groups: dict[str, str | None], prefix: str) -> date | None:
    def get(name: str) -> str | None:
        return groups.get(prefix + name)

    word = get("w")
    if word:
        key = word.lower().rstrip(".")
        month = _SEASONS.get(key) or _MONTHS.get(key[:4] if key.startswith("sept") else key[:3], 1)
        if get("y1"):
            year = int(get("y1") or 0)
        else:
            two = int(get("yy") or 0)
            year = 2000 + two if two < 50 else 1900 + two
        return date(year, month, 1)
    if get("m1"):
        return date(int(get("y2") or 0), int(get("m1") or 1), 1)
    if get("y"):
        month = get("m2") or get("m3") or get("m4") or "1"
        return date(int(get("y") or 0), int(month), 1)
    return None


def find_date_ranges(text: str) -> list[DateRange]:
    """Every date range in ``text``, in order. A range whose end precedes its start is dropped."""
    norm = _normalise(text)
    found = []
    for match in _RANGE.finditer(norm):
        groups = match.groupdict()
        start = _point(groups, "s_")
        end = None if groups["present"] else _point(groups, "e_")
        if start is None or (end is not None and end < start):
            continue
        found.append(DateRange(start, end, match.start(), match.end()))
    return found


def find_single_dates(text: str) -> list[tuple[date, int, int]]:
    """Every single date (month and year, or a year) in ``text`` with its offsets."""
    norm = _normalise(text)
    out = []
    for match in _SINGLE.finditer(norm):
        point = _point({"s_" + k: v for k, v in match.groupdict().items()}, "s_")
        if point is not None:
            out.append((point, match.start(), match.end()))
    return out


def parse_date_range(text: str) -> tuple[date, date | None] | None:
    """The one date range ``text`` consists of (surrounding spaces and brackets allowed), or ``None``.

    ``end`` is ``None`` when the range runs to the present (至今, Present, now …).
    """
    stripped = text.strip().strip("()（）[]")
    ranges = find_date_ranges(stripped)
    if len(ranges) != 1:
        return None
    found = ranges[0]
    rest = stripped[: found.begin_offset] + stripped[found.end_offset :]
    if rest.strip(" ,;:|"):
        return None
    return found.start, found.end


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return (end.year - start.year) * 12 + end.month - start.month
