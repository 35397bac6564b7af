"""Telling a job title from a company name in one line of a resume's experience section.

Resumes put title and company in either order ('公司 | 职位', 'Title, Company, City', 'Title at Company',
'Title @ Company'); a small lexicon of title words and company words decides which is which.
"""

from __future__ import annotations

import re

__all__ = ["company_score", "is_location", "split_title_company", "title_score"]

_TITLE_WORDS_EN = (
    "engineer|developer|programmer|manager|intern|internship|scientist|analyst|consultant|designer|architect"
    "|director|lead|head|officer|cto|ceo|cfo|coo|cio|vp|vice president|president|founder|co-founder|member"
    "|maintainer|researcher|research assistant|assistant|associate|specialist|administrator|coordinator"
    "|executive|technician|accountant|teacher|professor|lecturer|postdoc|fellow|contributor|editor|writer"
    "|recruiter|representative|partner|owner|supervisor|trainee|advisor|adviser|instructor|tutor|sre|devops"
    "|strategist|auditor|controller|clerk|agent|nurse|physician|lawyer|attorney|paralegal|chef|operator"
    "|staff|principal|senior|junior|chief|student|candidate|volunteer|freelancer|freelance|evangelist"
    "|product owner|scrum master|headhunter|buyer|planner|producer|marketer|salesperson"
)
_TITLE_EN = re.compile(rf"(?i)(?<![a-z])(?:{_TITLE_WORDS_EN})s?(?![a-z])")
_TITLE_ZH = re.compile(
    r"工程师|经理|总监|主管|专员|助理|实习|开发|研究员|维护者|设计师|分析师|架构师|顾问|总裁|主任|负责人|组长|合伙人"
    r"|创始人|董事|销售|会计|教师|讲师|程序员|技术员|运营|产品|总经理|主编|编辑|律师|医生|护士|秘书|代表|专家|leader"
    r"|CEO|CTO|COO|CFO|VP|经纪人|猎头|顾问|文员|出纳|老师|教授|博士后|科学家|站长|店长|队长"
)
_COMPANY_EN = re.compile(
    r"(?i)(?<![a-z])(?:inc|corp|corporation|company|co|ltd|limited|llc|llp|gmbh|ag|plc|s\.a|group|labs?|"
    r"technologies|technology|tech|solutions|systems|software|university|college|institute|bank|capital|"
    r"consulting|studios?|ventures|holdings|partners|enterprises?|industries|agency|foundation|hospital|"
    r"networks|media|logistics|research|ai)\.?(?![a-z])"
)
_COMPANY_ZH = re.compile(
    r"公司|集团|实验室|大学|学院|研究院|研究所|事业部|科技|银行|医院|中心|工作室|有限|控股|基金|协会|项目组|部门"
)
_LOCATION = re.compile(
    r"(?i)^(?:remote|hybrid|on-?site|anywhere(?:,? usa)?|usa|us|u\.s\.a?\.?|uk|china|america|germany|india|"
    r"canada|japan|singapore|hong kong|australia|france|远程|中国|美国|国内|海外|全国)$"
)
_US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)
_CITY_LIKE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?, ?(?:[A-Z]{2}|USA|UK)$")
_SUFFIX_PART = re.compile(r"(?i)^(?:inc|ltd|llc|llp|co|corp|gmbh|plc|limited)\.?$")
_LABEL_TAIL = re.compile(r"\s*(?:manager|supervisor|reference|report(?:s|ing)? to|经理|导师|主管|汇报对象)\s*[:：].*$",
                         re.IGNORECASE)
_AT = re.compile(r"\s*@\s*|\s+at\s+", re.IGNORECASE)
_PART_SPLIT = re.compile(r"\s*[|｜]\s*|\s*[,，;；、]\s*|\t|\s{2,}|\s+[–—-]\s+")
_PARENS = re.compile(r"\s*[(（][^)）]*[)）]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def title_score(text: str) -> int:
    """How many title words ``text`` holds (engineer, manager, 工程师, 经理 …)."""
    return len(_TITLE_EN.findall(text)) + len(_TITLE_ZH.findall(text))


def company_score(text: str) -> int:
    """How many company words ``text`` holds (Inc., Labs, University, 公司, 实验室 …)."""
    return len(_COMPANY_EN.findall(_PARENS.sub("", text))) + len(_COMPANY_ZH.findall(text))


def is_location(part: str) -> bool:
    """True for a part that names a place or work mode ('Remote', 'CA', 'San Francisco, CA', '远程')."""
    from hhdesk.core.parsing.profile_fields import find_city_in

    part = part.strip(" .")
    if _LOCATION.match(part) or _CITY_LIKE.match(part) or part in _US_STATES:
        return True
    return find_city_in(part) == part or (find_city_in(part) is not None and len(part) <= 4 and bool(_CJK.search(part)))


def clean_part(part: str) -> str:
    """A title or company without a trailing supervisor label, stray punctuation or doubled spaces; a
    company ends at its legal suffix ('FLAG Inc. California' → 'FLAG Inc.')."""
    part = _LABEL_TAIL.sub("", part)
    part = re.sub(r"\b((?:Inc|Ltd|LLC|Corp|GmbH)\.?)\s+\S.*$", r"\1", part)
    return re.sub(r"\s+", " ", part).strip(" ,，;；:：|-–—·•")


def _parts(text: str) -> list[str]:
    raw = [clean_part(p) for p in _PART_SPLIT.split(text)]
    merged: list[str] = []
    for part in raw:
        if not part:
            continue
        if merged and _SUFFIX_PART.match(part):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return [p for p in merged if not is_location(p)] or merged[:1]


def _split_run(text: str) -> tuple[str | None, str | None]:
    """One part with no separators: 'Senior Data Engineer (Note) ACME Corp' or '后端工程师 某某科技'."""
    if _CJK.search(text) and " " in text:
        tokens = text.split()
        # '星衡支付科技 高级 Java 工程师' / '高级 Java 工程师 星衡支付科技': a company word ends (or a title word
        # begins) one side, the title words are all on the other.
        for cut in range(1, len(tokens)):
            head, tail = " ".join(tokens[:cut]), " ".join(tokens[cut:])
            if company_score(tokens[cut - 1]) and title_score(tail) and not title_score(head):
                return tail, head
            if company_score(tokens[-1]) and title_score(head) and not title_score(tail):
                return head, tail
        rest = " ".join(tokens[1:])
        if (_CJK.search(tokens[0]) and not title_score(tokens[0]) and not company_score(rest)
                and title_score(rest) and not _CJK.search(tokens[1])):
            return rest, tokens[0]  # '北辰软件 Java 开发工程师': a Latin word starts the title
        if title_score(tokens[-1]) and not any(title_score(t) for t in tokens[:-1]):
            return tokens[-1], " ".join(tokens[:-1])
        if title_score(tokens[0]) and not any(title_score(t) for t in tokens[1:]):
            return tokens[0], " ".join(tokens[1:])
    masked = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    matches = list(_TITLE_EN.finditer(masked))
    if matches:
        cut = matches[-1].end()
        paren = re.match(r"\s*\([^)]*\)", text[cut:])
        if paren:
            cut += paren.end()
        rest = text[cut:].strip()
        if rest and rest[0].isupper() and company_score(text[: matches[0].start()]) == 0:
            words = [w for w in rest.split() if not is_location(w)]
            return text[:cut].strip(), " ".join(words) or None
    if title_score(text):
        return text, None
    return None, text


def split_title_company(text: str) -> tuple[str | None, str | None]:
    """(title, company) from one line's text with its dates already removed; either may be ``None``."""
    text = clean_part(text)
    if not text:
        return None, None
    at = _AT.split(text, maxsplit=1)
    if len(at) == 2 and at[0].strip() and at[1].strip() and title_score(at[0]):
        return clean_part(at[0]) or None, clean_part(_first_part(at[1])) or None
    parts = _parts(text)
    if len(parts) == 1:
        return _split_run(parts[0])
    first, second = parts[0], parts[1]
    t1, t2 = title_score(first), title_score(second)
    c1, c2 = company_score(first), company_score(second)
    if t2 and not t1:
        return second, first
    if c1 and not c2 and not t1:
        return second, first
    if t1 and t2 and c1 > c2:
        return second, first
    return first, second


def _first_part(text: str) -> str:
    """The company after '@' / 'at': up to the first separator that is followed by a place."""
    parts = _parts(text)
    return parts[0] if parts else text
