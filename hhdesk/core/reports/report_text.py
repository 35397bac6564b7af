"""Words printed in reports (English and Chinese) and the helpers that make user text safe to print.

Only the standard library: imported by the services without loading reportlab.
"""

from __future__ import annotations

import datetime
import math
import re
from xml.sax.saxutils import escape

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Candidate recommendation", "shortlist": "Shortlist", "confidential": "CONFIDENTIAL",
        "client": "Client", "position": "Position", "consultant": "Consultant", "date": "Date",
        "for": "Recommended for", "candidate_n": "Candidate {n} of {total}",
        "snapshot": "Candidate snapshot", "assessment": "Consultant's assessment",
        "match": "Match with the position", "career": "Career history",
        "education": "Education, skills and languages",
        "current_title": "Current title", "current_company": "Current company", "years": "Experience",
        "years_value": "{years} years", "location": "Location", "availability": "Availability",
        "interviews": "Interview availability", "current_package": "Current package",
        "expected_package": "Expected package", "interest": "Interest in the role",
        "email": "E-mail", "phone": "Phone", "wechat": "WeChat",
        "why": "Why this candidate", "direction": "What they are looking for",
        "motivation": "Motivation and reasons for change", "wants": "What they want from the next company",
        "strengths": "Strengths", "risks": "Risks and concerns", "culture_fit": "Culture fit",
        "values": "Company values", "leadership": "Leadership style",
        "overall": "Overall match", "criterion": "Criterion", "score": "Score", "explanation": "Why",
        "matched": "Required skills the candidate has", "missing": "Required skills not evidenced",
        "none": "None", "unknown": "not known", "per_year": "{amount} a year",
        "present": "present", "reason_current": "Reason for change", "reason_left": "Reason for leaving",
        "gap": "Career break", "short_tenure": "Short tenure", "overlap": "Overlapping roles",
        "no_resume": "The detailed career history is available on request.",
        "no_jobs": "The resume on file lists no dated positions.",
        "degree": "Education", "school": "School", "major": "Major", "languages": "Languages",
        "skills": "Skills", "comparison": "Comparison", "candidate": "Candidate", "title_col": "Current title",
        "top_reasons": "Why shortlisted", "match_col": "Match", "years_col": "Years",
        "page": "Page {page} of {total}",
        "footer": "Confidential — prepared by {agency} for {client} only. Please do not forward.",
        "colon": ": ", "list_sep": ", ", "anonymous_employer": "a well-known company in its industry",
        "reference": "Candidate {ref}",
    },
    "zh": {
        "report": "候选人推荐报告", "shortlist": "候选人短名单", "confidential": "保密",
        "client": "客户", "position": "职位", "consultant": "顾问", "date": "日期",
        "for": "推荐职位", "candidate_n": "第 {n} 位候选人（共 {total} 位）",
        "snapshot": "候选人概况", "assessment": "顾问评估", "match": "职位匹配度", "career": "工作经历",
        "education": "教育背景、技能与语言",
        "current_title": "目前职位", "current_company": "目前公司", "years": "工作年限",
        "years_value": "{years} 年", "location": "所在城市", "availability": "到岗时间",
        "interviews": "可面试时间", "current_package": "目前薪酬", "expected_package": "期望薪酬",
        "interest": "求职意向", "email": "邮箱", "phone": "电话", "wechat": "微信",
        "why": "推荐理由", "direction": "求职方向", "motivation": "求职动机与换工作原因",
        "wants": "对下一家公司的期望", "strengths": "优势", "risks": "风险与顾虑", "culture_fit": "文化契合度",
        "values": "公司价值观", "leadership": "管理风格",
        "overall": "总体匹配度", "criterion": "评估项", "score": "得分", "explanation": "说明",
        "matched": "已具备的要求技能", "missing": "尚未体现的要求技能",
        "none": "无", "unknown": "未知", "per_year": "年薪约 {amount}",
        "present": "至今", "reason_current": "换工作原因", "reason_left": "离职原因",
        "gap": "职业空档", "short_tenure": "任职时间较短", "overlap": "任职时间重叠",
        "no_resume": "详细工作经历可应要求提供。",
        "no_jobs": "简历中未列出带日期的工作经历。",
        "degree": "学历", "school": "学校", "major": "专业", "languages": "语言", "skills": "技能",
        "comparison": "候选人对比", "candidate": "候选人", "title_col": "目前职位", "top_reasons": "推荐要点",
        "match_col": "匹配度", "years_col": "年限",
        "page": "第 {page} / {total} 页",
        "footer": "保密文件 — 由 {agency} 专为 {client} 准备，请勿转发。",
        "colon": "：", "list_sep": "、", "anonymous_employer": "某行业知名企业",
        "reference": "候选人 {ref}",
    },
}

CRITERIA: dict[str, dict[str, str]] = {
    "en": {"skills": "Skills", "years": "Experience", "salary": "Salary", "location": "Location",
           "education": "Education & languages", "availability": "Availability", "culture": "Culture fit"},
    "zh": {"skills": "技能", "years": "工作年限", "salary": "薪资", "location": "地点",
           "education": "学历与语言", "availability": "到岗时间", "culture": "文化契合"},
}
# Short forms for the radar chart's axes.
CRITERIA_SHORT: dict[str, dict[str, str]] = {
    "en": {"skills": "Skills", "years": "Experience", "salary": "Salary", "location": "Location",
           "education": "Education", "availability": "Availability", "culture": "Culture"},
    "zh": {"skills": "技能", "years": "年限", "salary": "薪资", "location": "地点",
           "education": "学历语言", "availability": "到岗", "culture": "文化"},
}
STATUS: dict[str, dict[str, str]] = {
    "en": {"employed": "Employed", "notice": "Serving notice", "available": "Available now",
           "unemployed": "Not employed"},
    "zh": {"employed": "在职", "notice": "离职交接中", "available": "随时到岗", "unemployed": "离职"},
}
INTENTION: dict[str, dict[str, str]] = {
    "en": {"interested": "Interested", "considering": "Considering", "not_interested": "Not interested"},
    "zh": {"interested": "有意向", "considering": "考虑中", "not_interested": "无意向"},
}
EDUCATION_LEVEL: dict[str, dict[str, str]] = {
    "en": {"high_school": "High school", "associate": "Associate degree", "bachelor": "Bachelor's degree",
           "master": "Master's degree", "phd": "Doctorate"},
    "zh": {"high_school": "高中", "associate": "大专", "bachelor": "本科", "master": "硕士", "phd": "博士"},
}

CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def labels(language: str) -> dict[str, str]:
    """The report words in ``language`` (English for anything but "zh")."""
    return LABELS["zh" if language == "zh" else "en"]


def clean(value: object) -> str:
    """Stripped text; None (or a stringified None) becomes empty so 'None' never reaches the page."""
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value)).strip()
    return "" if text in ("None", "null") else text


def markup(value: object) -> str:
    """User text made safe for a Paragraph: XML-escaped, line breaks kept."""
    return re.sub(r"\r?\n", "<br/>", escape(clean(value)))


def format_date(day: datetime.date, language: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh" else day.strftime("%d %B %Y").lstrip("0")


def format_month(day: datetime.date | None, language: str) -> str:
    """'2021-03' (both languages: compact and unambiguous in a date column); None is 'present'."""
    return day.strftime("%Y-%m") if day else labels(language)["present"]


def clamp_score(score: float | None) -> float | None:
    """A score in 0..1, or None when unknown (NaN or not a number)."""
    if score is None or not isinstance(score, int | float) or math.isnan(score):
        return None
    return min(1.0, max(0.0, float(score)))


def score_text(score: float | None, language: str) -> str:
    value = clamp_score(score)
    return "?" if value is None else f"{round(value * 100)}%"


def join(parts: list[str] | tuple[str, ...], sep: str = " · ") -> str:
    return sep.join(p for p in (clean(x) for x in parts) if p)
