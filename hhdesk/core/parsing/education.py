"""Highest education level, school and major in resume text, in Chinese and English."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hhdesk.core.parsing.sections import normalise_lines, sections

__all__ = ["EDUCATION_LEVELS", "Education", "find_education"]

EDUCATION_LEVELS = ("high_school", "associate", "bachelor", "master", "phd")
_RANK = {level: rank for rank, level in enumerate(EDUCATION_LEVELS)}

_DEGREES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phd", re.compile(
        r"(?<![A-Za-z])(?:Ph\.?\s?D\.?|D\.?Phil|Doctor(?:ate)?(?: of)?|DPhil|Sc\.?D)(?![A-Za-z])|博士(?!后)"
    )),
    ("master", re.compile(
        r"(?<![A-Za-z])(?:(?<!Scrum )Master(?:'s|s)?(?= of| in|'s| degree| student|,| program| candidate|$)"
        r"|M\.\s?S(?:c)?\.?|MSc|M\.?Eng|MEng|MBA|M\.A\.|MA(?= in )|M\.?Phil|MFA|MPH|"
        r"LL\.?M|MS(?= in | of |,| \w))(?![A-Za-z])|硕士|研究生(?!院)"
    )),
    ("bachelor", re.compile(
        r"(?<![A-Za-z])(?:Bachelor(?:'s|s)?|B\.\s?S(?:c)?\.?|BSc|B\.?Eng|BEng|B\.A\.|BA(?= in )|BBA|BCA|"
        r"B\.?Tech|BS(?= in | of |,| [A-Z]|$)|Undergraduate)(?![A-Za-z])|本科|学士|本科生"
    )),
    ("associate", re.compile(
        r"(?<![A-Za-z])(?:Associate(?:'s)? (?:of|in|degree)|A\.A\.S?)(?![A-Za-z])|大专|专科|高职"
    )),
    ("high_school", re.compile(r"(?i)(?<![a-z])high school(?![a-z])|高中|中专|职高")),
)
_SCHOOL_EN = re.compile(
    r"(?:(?:[A-Z][\w.'’&-]*|of|and|the|de|for)\s+)*"
    r"(?:University|College|Institute|Polytechnic|Academy|School|Universität|Universidad|Université|Hochschule)"
    r"(?:\s+(?:of|at|for|in|de)(?:\s+(?:the\s+)?[A-Z][\w.'’-]*)+|(?<=ät|té|ad) [A-Z][\w-]+)?"
    r"|\b(?:UC [A-Z][a-z]+|MIT|NYU|UCLA|CMU|ETH Zurich|Caltech|SJTU|USTC|HKUST)\b"
)
_SCHOOL_ZH = re.compile(
    r"[\u4e00-\u9fff]{2,14}?(?:大学|学院|学校|中学|研究院|研究所)(?![\u4e00-\u9fff]{0,1}(?:毕业|学习))"
)
_SCHOOL_NOISE_ZH = re.compile(r"^(?:毕业于|就读于|在读|于|在|就读|本科|硕士|博士|研究生)+")
_NOT_SCHOOL = re.compile(r"(?i)^(?:the |of |and |at )+|\b(?:high school|school of)\b.*$")
_MAJOR_EN = re.compile(
    r"(?:\bin|\bof (?:Science|Arts|Engineering|Business) in|,)\s+(?P<major>[A-Z][A-Za-z&/ -]{2,50}?)"
    r"(?=\s*(?:[,;(–\-|]|\bat\b|\d|$))"
)
_MAJOR_ZH = re.compile(r"(?P<major>[\u4e00-\u9fff（）()]{2,16}?)专业|专业\s*[:：]\s*(?P<major2>[\u4e00-\u9fff]{2,16})")


@dataclass(frozen=True)
class Education:
    """The highest level found (one of :data:`EDUCATION_LEVELS` or ``None``) and its school and major."""

    level: str | None
    school: str | None
    major: str | None


def _levels_in(line: str) -> list[str]:
    return [level for level, pattern in _DEGREES if pattern.search(line)]


def find_schools(line: str) -> list[str]:
    """School names in one line, as written."""
    found = []
    for match in _SCHOOL_ZH.finditer(line):
        name = _SCHOOL_NOISE_ZH.sub("", match.group())
        if len(name) >= 4:
            found.append(name)
    found.sort(key=lambda n: not n.endswith("大学"))  # a university before its 学院 (faculty)
    for match in _SCHOOL_EN.finditer(line):
        name = _NOT_SCHOOL.sub("", match.group()).strip(" ,.")
        if name and name not in ("University", "College", "Institute", "School", "Academy"):
            found.append(name)
    return found


def _major_in(line: str) -> str | None:
    zh = _MAJOR_ZH.search(line)
    if zh:
        return (zh.group("major") or zh.group("major2") or "").strip("，, ") or None
    match = _MAJOR_EN.search(line)
    if match:
        major = match.group("major").strip()
        if not find_schools(major) and not _levels_in(major):
            return major
    return None


def find_education(text: str) -> Education:
    """The highest degree the resume states, with the school and major written beside it (same line, else
    the nearest line within two). Education sections are searched first; the whole text when there is none."""
    lines = normalise_lines(text)
    found = [s for s in sections(lines) if s.kind == "education"]
    indices = [i for s in found for i in range(s.first, s.last)] or list(range(len(lines)))
    best: tuple[int, bool, int] | None = None  # (rank, a school on the line, line index)
    for i in indices:
        for level in _levels_in(lines[i]):
            key = (_RANK[level], bool(find_schools(lines[i])), i)
            if best is None or key[:2] > best[:2]:  # equal: the first mention wins
                best = key
    if best is None:
        school = next((s for i in indices for s in find_schools(lines[i])), None) if found else None
        return Education(None, school, None)
    rank, _, at = best
    window = [at, *[j for d in (1, 2) for j in (at - d, at + d)]]
    school = None
    for j in window:
        if j in indices and (names := find_schools(lines[j])):
            school = names[0]
            break
    major = next((m for j in window[:3] if j in indices and (m := _major_in(lines[j]))), None)
    return Education(EDUCATION_LEVELS[rank], school, major)
