"""Find a candidate's e-mail, phone number and name in resume text.

All three are heuristics tuned on the shared resume corpus (English and Chinese, PDF and DOCX). They
look at what the resume writes, never guess: a field that is not clearly there comes back as ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

__all__ = ["find_email", "find_name", "find_phone", "normalise_for_fields"]

_EMAIL_CANDIDATE = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_SPACED_AT = re.compile(r"(?<=[\w.])[ \t]?@[ \t]?(?=[\w-]+\.)")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
# A phone-looking run for numbers the matcher rejects (too long, odd grouping) on contact lines.
_PHONE_RUN = re.compile(r"(?<![\w./])(?:\(\s*\+?\d{1,4}\s*\)[ \t]*|\+[ \t]?)?\d[\d \t()-]{5,}\d(?![\w/]|\.\d)")
_PHONE_LABEL = re.compile(r"(?i)\b(?:tel|telephone|phone|mobile|mob|cell|cellphone|contact)\b|电话|手机|联系")
_COUNTRY_PREFIX = re.compile(r"(?:\(\s*\+\d{1,4}\s*\)|\+\d{1,4})[\s-]*$")
# Digits run on into 'x' or '*': a masked number such as 131-221-87xxx.
_MASK_AFTER = re.compile(r"^[\d\s-]{0,6}[xX*＊●]")
_DATE_IN_RAW = re.compile(
    r"(?:19|20)\d{2}\s*[./年]\s*\d{1,2}"
    r"|\b(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\b"
    r"|\b(?:19|20)\d{2}\s*[-~]\s*(?:19|20)\d{2}\b"
)
# North-American grouping written with separators: (415) 555-0142, 415-555-0142, +1 415.555.0142.
_NANP_SHAPE = re.compile(r"(?:\+?1[\s.-]*)?(?:\([2-9]\d{2}\)\s*|[2-9]\d{2}[\s.-])\d{3}[\s.-]\d{4}")
# Chinese mobile grouping: 138-0013-8000, 138 0013 8000.
_CN_MOBILE_SHAPE = re.compile(r"(?:\(?\+?86\)?[\s-]*)?1[3-9]\d[\s-]\d{4}[\s-]\d{4}")
_FALLBACK_REGIONS = ("CN", "US")
# Only numbers shaped like Chinese ones are tried as CN when CN is not the user's region.
_CN_DIGITS = re.compile(r"1[3-9]\d{9}|0\d{9,11}")
# Numbers that are labelled as something other than a phone.
_OTHER_LABEL = re.compile(r"(?i)(?:\bqq|\bid|\bno\.?|编号|学号|工号|身份证(?:号)?|邮编|zip)\s*[:：#]?\s*$")


def normalise_for_fields(text: str) -> str:
    """NFKC-fold ``text`` (full-width digits and brackets become ASCII) and turn dash look-alikes into
    '-' so that phone and name rules see one spelling."""
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text)
    return re.sub(r"-{2,}", "-", text)


def find_email(text: str) -> str | None:
    """Return the first syntactically valid e-mail address in ``text``, normalised by email-validator
    (domain lower-cased, IDN decoded), or ``None``. Deliverability is not checked: that needs DNS."""
    # OCR and some PDF text layers put a space beside the "@" (name @example.com): close it up first.
    text = _SPACED_AT.sub("@", unicodedata.normalize("NFKC", text))
    for match in _EMAIL_CANDIDATE.finditer(text):
        candidate = match.group(0).strip(".-")
        # A trailing '.' is sentence punctuation; a leading one cannot start a local part.
        local, _, domain = candidate.partition("@")
        candidate = f"{local.lstrip('.')}@{domain}"
        try:
            return validate_email(candidate, check_deliverability=False).normalized
        except EmailNotValidError:
            continue
    return None


@dataclass(frozen=True)
class _PhoneCandidate:
    value: str
    valid: bool
    contact_line: bool
    position: int

    def score(self) -> tuple[int, int, int]:
        # On contact lines the resume's own order wins: templates list the main number first, and a
        # placeholder like '+2 (345) 678 901' can happen to be valid somewhere. Elsewhere only a valid
        # number counts, and an earlier one is likelier the candidate's.
        return (int(self.contact_line), -self.position if self.contact_line else int(self.valid), -self.position)


def find_phone(text: str, region: str = "CN") -> str | None:
    """Return the candidate's phone number, or ``None``.

    ``region`` (ISO 3166 alpha-2) says how to read numbers written without a country code. A number that
    is valid (in ``region``, else in CN or US when its grouping fits) comes back in E.164
    (``+8613800138000``); a number with an explicit ``+`` country code that is merely possible also comes
    back in E.164. Anything else that still clearly is a phone number (on a line with a phone label, an
    e-mail, or nothing else) comes back as the digits the resume wrote (``1234567890``), so a
    placeholder like ``(123) 456-7890`` is kept but never given an invented country code.

    Skipped on purpose: date ranges (``2019.03-2021.06``), ISO dates, fractions (``3.28/4.00``) and
    masked numbers (``131-221-87xxx``, ``+49 176 *** **``): a masked number cannot be dialled, so the
    field is left empty rather than filled with a fragment.
    """
    norm = normalise_for_fields(text)
    candidates: list[_PhoneCandidate] = []
    seen: set[tuple[int, int]] = set()

    def consider(start: int, end: int, from_matcher: bool) -> None:
        before = _COUNTRY_PREFIX.search(norm, max(0, start - 8), start)
        if before is not None and from_matcher:
            start = before.start()
        raw = norm[start:end].strip()
        if (start, end) in seen or not _plausible(norm, start, end, raw):
            return
        seen.add((start, end))
        line_end = norm.find("\n", start)
        line = norm[norm.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(norm)]
        contact = _is_contact_line(line, raw)
        value, valid = _interpret(raw, region)
        if not (valid or contact):
            return
        candidates.append(_PhoneCandidate(value, valid, contact, start))

    try:
        for match in PhoneNumberMatcher(norm, region, leniency=Leniency.POSSIBLE):
            consider(match.start, match.end, from_matcher=True)
    except Exception:  # an unknown region code: fall back to the plain pattern below
        pass
    for match in _PHONE_RUN.finditer(norm):
        if not any(s <= match.start() < e for s, e in seen):
            consider(match.start(), match.end(), from_matcher=False)
    if not candidates:
        return None
    return max(candidates, key=_PhoneCandidate.score).value


def _plausible(text: str, start: int, end: int, raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if not 7 <= len(digits) <= 15 or "/" in raw or _DATE_IN_RAW.search(raw):
        return False
    prev = text[start - 1] if start else " "
    nxt = text[end : end + 2]
    # Part of a longer token: a version, a range, a fraction or a date around it.
    if prev.isdigit() or prev in "./" or re.match(r"[./-]?\d|[A-Za-wyz]", nxt):
        return False
    if "\n" in raw or _MASK_AFTER.match(text[end : end + 8]):
        return False
    if _OTHER_LABEL.search(text[max(0, start - 12) : start]):
        return False
    return not re.match(r"^\d{4}\.\d", raw)


def _is_contact_line(line: str, raw: str) -> bool:
    if _PHONE_LABEL.search(line) or "@" in line:
        return True
    rest = line.replace(raw, " ")
    return sum(ch.isalpha() for ch in rest) <= 2


def _interpret(raw: str, region: str) -> tuple[str, bool]:
    """The number in E.164 with whether it is valid, or the written digits when it is not."""
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip("( ").startswith("+"):
        try:
            number = phonenumbers.parse(raw, None)
        except phonenumbers.NumberParseException:
            return "+" + digits, False
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164), True
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164), False
        return "+" + digits, False
    nanp = bool(_NANP_SHAPE.fullmatch(raw))
    cn_mobile = bool(_CN_MOBILE_SHAPE.fullmatch(raw))
    home = region.upper()
    for reg in dict.fromkeys((home, *_FALLBACK_REGIONS)):
        # The grouping tells a Chinese mobile from a North-American number better than the region does.
        foreign = reg != home
        if reg == "CN" and (nanp or (foreign and not _CN_DIGITS.fullmatch(digits))):
            continue
        if reg == "US" and (cn_mobile or (foreign and not nanp)):
            continue
        try:
            number = phonenumbers.parse(raw, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164), True
    return digits, False


# --- names -------------------------------------------------------------------------------------------

_NAME_LABEL = re.compile(r"(?im)^[ \t]*(?:姓\s*名|name|full\s+name)[ \t]*[:：][ \t]*([^\n|,，;；:：]{1,40})")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_HAN_NAME = re.compile(rf"[{_HAN}](?:\s?[{_HAN}·]){{1,4}}")
_LATIN_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.?")
_NAME_PARTICLES = {"de", "da", "van", "von", "der", "del", "di", "la", "le", "bin", "al", "el", "du", "dos"}
_SPLIT_LINE = re.compile(r"\s[|•·—–-]\s|[|•·]|\t")
# Post-nominal letters after a comma: 'Ana Silva, PhD'. Other commas mean a list, not a name.
_CREDENTIALS = re.compile(
    r"(?:,\s*(?:Ph\.?\s?D|MBA|M\.?D|CPA|CFA|PMP|P\.?E|M\.?Sc|B\.?Sc|M\.?S|B\.?S|M\.?A|B\.?A|Jr|Sr|II|III)\.?)+\s*$"
)
_PARENS = re.compile(r"[(（][^)）]*[)）]")
_RESUME_WORDS = re.compile(r"(?i)\s*(?:curriculum vitae|resum[eé]|cv|个人简历|简历)\s*$")
_NAME_WINDOW = 12
# Words that make a short capitalised line a heading, a job title, a place or an organisation.
_NOT_NAME_WORDS = frozenset(
    """resume résumé resumé curriculum vitae cv summary profile objective experience education skills contact
    contacts projects project publications awards honors honours references languages interests hobbies
    certifications certificates activities volunteer work employment history professional personal
    information details about me welcome overview qualifications competences competencies technical
    career highlights achievements training courses research teaching leadership involvement status
    engineer developer manager consultant designer analyst scientist director intern architect lead
    officer specialist student professor researcher administrator assistant coordinator executive
    programmer technician accountant teacher president founder freelance senior junior principal staff
    software data product web full stack backend frontend devops machine learning university college
    institute school academy inc ltd llc gmbh corp company group street st road rd avenue ave city
    county state usa page email phone mobile address linkedin github portfolio website""".split()
)
_NOT_NAME_HAN = (
    "简历 教育 背景 经历 经验 工作 项目 技能 信息 基本 个人 联系 方式 自我 评价 荣誉 奖项 证书 语言 兴趣 "
    "爱好 实习 求职 意向 身份 职业 单位 机构 专业 学校 大学 学院 公司 职位 工程师 经理 地址 电话 邮箱 手机 "
    "姓名 性别 年龄 籍贯 民族 出生 总结 概况 目标 技术 科研 论文 发表 获奖 社会 实践 校园 活动 培训 其他 "
    "附加 可选"
).split()


def find_name(text: str) -> str | None:
    """Return the candidate's name as the resume writes it, or ``None``.

    A '姓名：' / 'Name:' label wins. Otherwise the first of the top lines that looks like a name: 2–4 Han
    characters (a space inside, as in '李 维天', is dropped), or 2–4 capitalised Latin words that are not a
    section heading, job title, organisation or contact line. An ALL-CAPS name is title-cased; mixed case
    ('Weitian LI') is kept. Text after a separator ('John Doe | Resume') and in brackets is ignored.
    """
    norm = normalise_for_fields(text)
    label = _NAME_LABEL.search(norm)
    if label is not None:
        name = _name_from_label(label.group(1))
        if name is not None:
            return name
    lines = [line.strip() for line in norm.splitlines() if line.strip()]
    for index, line in enumerate(lines[:_NAME_WINDOW]):
        if re.sub(r"\s", "", line) == "姓名":  # a table's label cell; the value is the next cell
            name = _name_from_segment(lines[index + 1]) if index + 1 < len(lines) else None
            if name is not None:
                return name
            continue
        first = _SPLIT_LINE.split(line, maxsplit=1)[0]
        if "@" in first or "://" in first or "www." in first.lower():
            continue
        name = _name_from_segment(first) or _leading_han_name(first)
        if name is not None:
            return name
    return None


def _name_from_label(value: str) -> str | None:
    # 'Peter Parker Email' or '张三 性别' (the next label on the same line): drop words from the end.
    words = re.split(r"\s{2,}", value.strip())[0].split()
    for count in range(len(words), 0, -1):
        name = _name_from_segment(" ".join(words[:count]))
        if name is not None:
            return name
    return None


def _leading_han_name(segment: str) -> str | None:
    # '张三 男 28岁 13800138000': a Chinese name followed by personal details on the same line.
    head, _, rest = segment.partition(" ")
    if re.search(r"[男女岁]|\d{7}", rest):
        return _name_from_segment(head)
    return None


def _name_from_segment(segment: str) -> str | None:
    segment = _CREDENTIALS.sub("", _RESUME_WORDS.sub("", _PARENS.sub(" ", segment))).strip(" :：,，.")
    segment = re.sub(r"\s+", " ", segment)
    if not segment or any(ch.isdigit() for ch in segment):
        return None
    if _HAN_NAME.fullmatch(segment):
        compact = segment.replace(" ", "")
        if 2 <= len(compact) <= 4 and not any(word in compact for word in _NOT_NAME_HAN):
            return compact
        return None
    return _latin_name(segment)


def _latin_name(segment: str) -> str | None:
    words = segment.split(" ")
    if not 2 <= len(words) <= 4 or len(segment) > 40:
        return None
    for word in words:
        if word.lower().strip(".") in _NOT_NAME_WORDS:
            return None
        if word.lower() in _NAME_PARTICLES:
            continue
        if not _LATIN_WORD.fullmatch(word):
            return None
    letters = [ch for ch in segment if ch.isalpha()]
    if all(ch.isupper() for ch in letters):
        return " ".join(word if word.lower() in _NAME_PARTICLES else word.capitalize() for word in words)
    return segment
