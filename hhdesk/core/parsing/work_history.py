"""Jobs (company, title, start, end) in resume text, total experience and the current job.

Layouts handled: one line holding title, company and dates in either order ('公司 | 职位 | 2019.03-至今',
'Title, Company, City, Mar 2019 – Present', 'Title at Company 2020-2023'); a date range on its own line
with the title and company on the lines just above or below it; 'August 2018 Title @ Company' with the
start date on the next line; and, when no dates are written, the first entry of the experience section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hhdesk.core.parsing.date_ranges import DateRange, find_date_ranges, find_single_dates, months_between
from hhdesk.core.parsing.job_lines import clean_part, company_score, is_location, split_title_company, title_score
from hhdesk.core.parsing.sections import heading_kind, normalise_lines, sections

__all__ = ["Job", "current_job", "find_jobs", "total_years"]

_BULLET = re.compile(r"^[•◦●▪■◆\-*·–]\s*|^\d+[.)、]\s")
_DEGREE_OR_SCHOOL = re.compile(
    r"(?i)\b(?:bachelor|master|ph\.?d|b\.?s\.?c?|m\.?s\.?c?|mba|gpa|diploma|university|college|school|"
    r"degree|thesis)\b|本科|硕士|博士|学士|研究生|大学|学院|学位|专业|毕业|GPA"
)
_NEIGHBOUR_LINES = 2
_MAX_ENTRY_CHARS = 90


@dataclass(frozen=True)
class Job:
    """One position. ``start`` ``None``: the resume gives no dates; ``end`` ``None`` with a start: until now."""

    company: str | None
    title: str | None
    start: date | None = None
    end: date | None = None

    @property
    def is_current(self) -> bool:
        """True when the job has a start date and runs to the present."""
        return self.start is not None and self.end is None


_DURATION = re.compile(r"(?i)^\d+\s*(?:years?|yrs?|months?|mos?)\b|^\d+\s*(?:年|个月)")


def _entry_like(line: str) -> bool:
    if line[:1].islower() or _DURATION.match(line):
        return False  # a wrapped sentence's tail, or '2 years 10 months'
    if not line or len(line) > _MAX_ENTRY_CHARS or _BULLET.match(line) or heading_kind(line):
        return False
    if line.endswith((".", "。", ";", "；")) and len(line.split()) > 4:
        return False
    label = re.match(r"^([^:：]{1,30})[:：]", line)
    if label and not title_score(label.group(1)) and len(label.group(1).split()) <= 3:
        return False  # 'Email: …', 'Expected Graduation: June 2016', 'Brief introduction: xxx'
    return len(line.split()) <= 12 and not find_date_ranges(line)


def _regions(lines: list[str]) -> tuple[list[range], bool]:
    """Line ranges to search for jobs, and whether they are real experience sections."""
    found = sections(lines)
    for kinds in (("experience",), ("involvement",)):
        chosen = [range(s.first, s.last) for s in found if s.kind in kinds]
        if chosen:
            return chosen, True
    excluded = {i for s in found for i in range(s.heading_line, s.last)}
    runs: list[range] = []
    start = None
    for i in range(len(lines) + 1):
        if i < len(lines) and i not in excluded:
            start = i if start is None else start
        elif start is not None:
            runs.append(range(start, i))
            start = None
    return runs, False


def find_jobs(text: str) -> tuple[Job, ...]:
    """The jobs in ``text``, in the order the resume lists them."""
    lines = normalise_lines(text)
    regions, in_sections = _regions(lines)
    used: set[int] = set()
    jobs: list[Job] = []
    for region in regions:
        jobs.extend(_dated_jobs(lines, region, used, strict=not in_sections))
    if not jobs and in_sections:
        for region in regions:
            job = _first_entry(lines, region)
            if job is not None:
                return (job,)
    if not jobs:
        headline = _headline_job(lines)
        return (headline,) if headline else ()
    return tuple(jobs)


def _dated_jobs(lines: list[str], region: range, used: set[int], strict: bool) -> list[Job]:
    offsets = []
    position = 0
    for index in region:
        offsets.append(position)
        position += len(lines[index]) + 1
    block = "\n".join(lines[i] for i in region)

    def line_at(offset: int) -> int:
        k = max(j for j, start in enumerate(offsets) if start <= offset)
        return region.start + k

    found: list[tuple[int, int, DateRange]] = [
        (line_at(r.begin_offset), line_at(max(r.begin_offset, r.end_offset - 1)), r) for r in find_date_ranges(block)
    ]
    found.extend(_split_ranges(lines, region))
    found.extend(_single_date_lines(lines, region))
    jobs = []
    for first, last, dates in sorted(found, key=lambda f: f[0]):
        if first in used:
            continue
        line = lines[first]
        if _in_date_column(lines, first, last, region):
            continue
        if strict and _DEGREE_OR_SCHOOL.search(line) and not title_score(line):
            continue
        used.update(range(first, last + 1))
        head = block[offsets[first - region.start] : dates.begin_offset] if dates.begin_offset >= 0 else ""
        tail_line = lines[last]
        tail = tail_line[dates.end_offset - offsets[last - region.start] :] if dates.begin_offset >= 0 else ""
        rest = dates.remainder if isinstance(dates, _LooseRange) else f"{head} {tail}"
        title, company = _title_company(rest, lines, first, last, used, region)
        # A job names a title or a company recognisably; anything else is a project or stray text.
        if title_score(title or "") or company_score(company or ""):
            jobs.append(Job(company, title, dates.start, dates.end))
    return jobs


@dataclass(frozen=True)
class _LooseRange(DateRange):
    remainder: str = ""


def _split_ranges(lines: list[str], region: range) -> list[tuple[int, int, DateRange]]:
    """'2018.08 数据工程师 @ 某公司' followed by a line holding only '2018.04': end first, then start."""
    out: list[tuple[int, int, DateRange]] = []
    indices = [i for i in region if lines[i]]
    for here, there in zip(indices, indices[1:], strict=False):
        first_dates = find_single_dates(lines[here])
        second = find_single_dates(lines[there])
        if not first_dates or first_dates[0][1] != 0 or len(second) != 1 or find_date_ranges(lines[here]):
            continue
        if lines[there][second[0][2] :].strip() or second[0][1] != 0:
            continue
        start, end = sorted((first_dates[0][0], second[0][0]))
        rest = lines[here][first_dates[0][2] :]
        out.append((here, there, _LooseRange(start, end, -1, -1, rest)))
    return out


def _single_date_lines(lines: list[str], region: range) -> list[tuple[int, int, DateRange]]:
    """'Software Development Intern | LocalTech | Summer 2023': one date closing a separated line."""
    out: list[tuple[int, int, DateRange]] = []
    for i in region:
        line = lines[i]
        if not re.search(r"[|｜]", line) or find_date_ranges(line):
            continue
        dates = find_single_dates(line)
        if len(dates) == 1 and not line[dates[0][2] :].strip(" |｜"):
            point = dates[0][0]
            out.append((i, i, _LooseRange(point, point, -1, -1, line[: dates[0][1]])))
    return out


def _title_company(
    rest: str, lines: list[str], first: int, last: int, used: set[int], region: range
) -> tuple[str | None, str | None]:
    title, company = split_title_company(rest)
    if title and company:
        return title, company
    before = _neighbours(lines, first, -1, used, region)
    after = _neighbours(lines, last, 1, used, region)
    if not title and not company and not before:
        before = _entry_above_bullets(lines, first, used, region)
    if not title and not company:
        if not before and not after:
            return None, None
        units = before[::-1] if before else after
        chosen = units if before else after
        whole = split_title_company(chosen[0])
        if whole[0] and whole[1]:
            title, company = whole
            units = chosen[:1]
        elif len(chosen) == 1:
            title, company = split_title_company(chosen[0])
            if not (title and company) and len(after) > 0 and before:
                other = after[0]
                title, company = (title or other, company) if not title else (title, company or other)
        else:
            a, b = chosen[0], chosen[1]
            title, company = (b, a) if title_score(b) > title_score(a) else (a, b)
        used.update(_lines_of(lines, units, first, last))
        return (clean_part(title) or None) if title else None, (clean_part(company) or None) if company else None
    # One of the two is on this line: the other is the nearest neighbour (a title-like one for a title).
    for candidate in [*after[:1], *before[:1]] if not title else [*before[:1], *after[:1]]:
        if not title and title_score(candidate):
            return clean_part(candidate), company
        if title and not title_score(candidate):
            return title, clean_part(candidate)
    if not title and after:
        return clean_part(after[0]), company
    return title, company


def _entry_above_bullets(lines: list[str], index: int, used: set[int], region: range) -> list[str]:
    # 'Title, Company' / bullets / date: some templates print the dates after the bullets.
    i, seen_bullet = index - 1, False
    while i in region and index - i <= 15:
        line = lines[i]
        if line:
            if heading_kind(line) or find_date_ranges(line):
                return []
            if _entry_like(line) and not is_location(line):
                return [line] if seen_bullet and i not in used else []
            seen_bullet = True
        i -= 1
    return []


def _date_only(line: str) -> bool:
    ranges = find_date_ranges(line)
    return len(ranges) == 1 and not (line[: ranges[0].begin_offset] + line[ranges[0].end_offset :]).strip(" ,|")


def _in_date_column(lines: list[str], first: int, last: int, region: range) -> bool:
    """True for a date-only line next to another one: a column of dates the PDF printed apart from its entries."""
    if not _date_only(" ".join(lines[first : last + 1])):
        return False
    for index, step in ((first, -1), (last, 1)):
        i = index + step
        while i in region and (not lines[i] or is_location(lines[i])):
            i += step
        if i in region and _date_only(lines[i]):
            return True
    return False


def _lines_of(lines: list[str], units: list[str], first: int, last: int) -> set[int]:
    window = range(max(0, first - 4), min(len(lines), last + 5))
    return {i for i in window if lines[i] in units}


def _neighbours(lines: list[str], index: int, step: int, used: set[int], region: range) -> list[str]:
    out: list[str] = []
    i = index + step
    while i in region and len(out) < _NEIGHBOUR_LINES:
        line = lines[i]
        if line and not (is_location(line) and not title_score(line)):
            if i in used or not _entry_like(line):
                break
            out.append(line)
        i += step
    return out


def _first_entry(lines: list[str], region: range) -> Job | None:
    entries = []
    for i in region:
        line = lines[i]
        if len(line.split()) <= 6:
            line = _BULLET.sub("", line)  # '• Google': a short bulleted line is an entry in some templates
        if not line:
            continue
        if not _entry_like(line):
            if entries:
                break
            continue
        entries.append(_strip_single_dates(line))
        if len(entries) == 2:
            break
    entries = [e for e in entries if e]
    if not entries:
        return None
    title, company = split_title_company(entries[0])
    if len(entries) == 2 and title_score(entries[1]) and not title_score(entries[0]):
        title, company = clean_part(entries[1]), clean_part(entries[0])
    elif len(entries) == 2 and not (title and company):
        second = clean_part(entries[1])
        if title_score(second) and not title_score(entries[0]):
            title, company = second, clean_part(entries[0])
        elif not title:
            title = second
        elif not company:
            company = second
    if not (title or company):
        return None
    return Job(company, title)


def _strip_single_dates(line: str) -> str:
    for _, start, end in reversed(find_single_dates(line)):
        line = line[:start] + " " + line[end:]
    return clean_part(line)


def _headline_job(lines: list[str]) -> Job | None:
    # 'Senior Backend Engineer at Anthropic' under the name, with no experience section.
    for line in [x for x in lines if x][:6]:
        match = re.match(r"^(?P<title>[^@|,]{3,60}?)\s+(?:at|@)\s+(?P<company>[^|,]{2,60})$", line, re.IGNORECASE)
        if match and title_score(match.group("title")):
            return Job(clean_part(match.group("company")), clean_part(match.group("title")))
    return None


def current_job(jobs: tuple[Job, ...] | list[Job]) -> Job | None:
    """The job with the latest end (a present job first; ties go to the one listed first); with no dates
    anywhere, the first job listed."""
    dated = [(i, j) for i, j in enumerate(jobs) if j.start is not None]
    if not dated:
        return jobs[0] if jobs else None
    best = max(dated, key=lambda ij: (ij[1].end is None, ij[1].end or date.max, -ij[0]))
    return best[1]


def total_years(jobs: tuple[Job, ...] | list[Job], today: date | None = None) -> float | None:
    """Years of experience over the dated jobs with overlaps merged (one decimal), or ``None`` if none are dated."""
    now = today or date.today()
    spans = sorted((j.start, j.end or now) for j in jobs if j.start is not None)
    if not spans:
        return None
    months = 0
    current_start, current_end = spans[0]
    for start, end in spans[1:]:
        if start <= current_end:
            current_end = max(current_end, end)
        else:
            months += months_between(current_start, current_end)
            current_start, current_end = start, end
    months += months_between(current_start, current_end)
    return round(max(months, 0) / 12, 1)
