"""Resume section headings (工作经历, Experience, 教育背景, Skills …) and the lines under each."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Section", "heading_kind", "normalise_lines", "sections"]

# Heading text (folded: lower case, no spaces or decoration) → section kind.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience", "workexperience", "professionalexperience", "employment", "employmenthistory",
        "workhistory", "career", "careerhistory", "relevantexperience", "internships", "internship",
        "internshipexperience", "工作经历", "工作经验", "实习经历", "工作背景", "职业经历", "任职经历",
        "经历", "实习/项目经历", "实习与项目经历", "工作及实习经历", "从业经历", "工作履历",
        "experienceandeducation",
    ),
    "involvement": ("oncampusinvolvement", "involvement", "activities", "leadership", "leadershipexperience",
                    "校园经历", "社会实践", "在校经历"),
    "education": ("education", "educationbackground", "academicbackground", "education&training", "教育背景",
                  "教育经历", "学历", "教育", "学习经历", "educationandtraining"),
    "skills": ("skills", "technicalskills", "skill", "competences", "competences&languages", "skillset",
               "coreskills", "keyskills", "技能", "专业技能", "技能特长", "技术技能", "个人技能", "技能专长",
               "技能/语言", "skills&languages", "technologies", "toolsandtechnologies", "skillsandtools"),
    "projects": ("projects", "project", "projectexperience", "personalprojects", "项目经历", "项目经验",
                 "科研经历", "opensource", "publications", "research"),
    "languages": ("languages", "language", "语言能力", "语言", "语言技能"),
    "other": ("summary", "profile", "professionalsummary", "objective", "awards", "honors", "honours",
              "certifications", "certificates", "interests", "hobbies", "references", "misc", "other",
              "contact", "aboutme", "荣誉", "获奖情况", "荣誉奖项", "证书", "自我评价", "个人评价", "兴趣爱好",
              "其他", "个人信息", "基本信息", "求职意向", "个人总结", "honors/awards", "volunteer",
              "volunteering", "兴趣、规划等"),
}
_KIND_OF = {name: kind for kind, names in _HEADINGS.items() for name in names}
_DECORATION = re.compile(r"[^\w&/\u4e00-\u9fff]+|[\d_]+")


@dataclass(frozen=True)
class Section:
    """The lines (indices into the resume's lines) under one heading, up to the next heading."""

    kind: str
    heading_line: int
    first: int
    last: int  # exclusive


def normalise_lines(text: str) -> list[str]:
    """The resume's lines, NFKC-folded and stripped (blank lines kept, so indices stay meaningful)."""
    return [unicodedata.normalize("NFKC", line).strip() for line in text.splitlines()]


def heading_kind(line: str) -> str | None:
    """The section a heading line opens ('experience', 'education', 'skills' …), or ``None``."""
    if not line or len(line) > 40:
        return None
    key = _DECORATION.sub("", line.casefold())
    kind = _KIND_OF.get(key) or _KIND_OF.get(key.replace("/", ""))
    if kind is None and "/" in line:
        kind = _KIND_OF.get(_DECORATION.sub("", line.casefold()).replace("/", ""))
    return kind


def sections(lines: list[str]) -> list[Section]:
    """Every recognised section, in order; a section ends where the next recognised heading starts."""
    heads = [(index, kind) for index, line in enumerate(lines) if (kind := heading_kind(line))]
    out = []
    for position, (index, kind) in enumerate(heads):
        stop = heads[position + 1][0] if position + 1 < len(heads) else len(lines)
        out.append(Section(kind, index, index + 1, stop))
    return out
