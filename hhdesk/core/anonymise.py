"""Anonymous reports: everything that names the candidate, taken out of free text too.

A consultant's assessment often starts with the candidate's name ("李浩然技术扎实…", "Maria is …"); the
anonymous report must not print it anywhere. :func:`identifying_strings` lists what identifies a person
(name and its parts and romanisations, e-mail, phone in any spacing, WeChat, the current employer when it
is hidden) and :func:`redact` replaces each in a text with the report's reference.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A Latin name part is taken out alone from 3 letters ("Maria", "Lee"); two-letter parts ("Li", "Wu") only
# within the full name — a known gap ("Ms Li"), against removing every "Li" a text holds.
MIN_LATIN_PART = 3
# Two-character surnames: the given name of 欧阳娜娜 is 娜娜, not 阳娜娜.
_COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 慕容 司徒 令狐 夏侯 尉迟 公孙 长孙 宇文 轩辕 端木 "
                               "独孤 南宫 西门 呼延 闻人 申屠 澹台 万俟 太史".split())


def _surname_length(run: str) -> int:
    return 2 if run[:2] in _COMPOUND_SURNAMES and len(run) > 2 else 1


def _pinyin(name: str) -> list[str]:
    """"张伟" → ["zhang wei", "wei zhang", "zhangwei"]: how the name is written in English."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a dependency
        return []
    syllables = [s for s in lazy_pinyin(name) if s.strip()]
    if len(syllables) < 2:
        return []
    cut = _surname_length(name)
    surname, given = "".join(syllables[:cut]), "".join(syllables[cut:])
    spellings = [f"{surname} {given}", f"{given} {surname}", f"{surname}{given}"]
    if len(given) >= 4:  # "Haoran" alone; not "Wei" (a common syllable)
        spellings.append(given)
    return spellings


def identifying_strings(full_name: str, email: str = "", phone: str = "", wechat: str = "",
                        employer: str = "") -> list[str]:
    """What must not appear in an anonymous report, longest first (so "Zhang Wei" goes before "Wei")."""
    found: set[str] = set()
    name = " ".join(unicodedata.normalize("NFC", full_name).split())
    if name:
        found.add(name)
        for run in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]{2,}", name):
            found.add(run)
            given = run[_surname_length(run):]
            if len(given) >= 2:
                found.add(given)  # the given name: "浩然" of 李浩然, "娜娜" of 欧阳娜娜
            found.update(_pinyin(run))
        for part in re.findall(r"[^\W\d_][\w'\-]+", name):  # any alphabet: "María", "García"
            if not _CJK.search(part) and len(part) >= MIN_LATIN_PART:
                found.add(part)
    for value in (email, wechat, employer):
        value = value.strip()
        if value:
            found.add(value)
    if "@" in email:
        local = email.split("@", 1)[0]
        if len(local) >= 5:  # "maria.g" identifies; "lhr" is too short to take out of every word
            found.add(local)
    return sorted(found, key=len, reverse=True)


def _phone_pattern(phone: str) -> re.Pattern[str] | None:
    """The national number (without the country code) with any separators between its digits, and an
    optional +country code before it: "+86 138-0013-8000", "13800138000", "138 0013 8000"."""
    digits = re.sub(r"\D", "", phone)
    try:
        import phonenumbers

        parsed = phonenumbers.parse(phone, "CN")
        digits, country = str(parsed.national_number), str(parsed.country_code)
    except Exception:  # noqa: BLE001 - any unparsable number: its digits as they are
        country = ""
    if len(digits) < 7:
        return None
    body = r"[\s\-().]*".join(re.escape(d) for d in digits)
    prefix = rf"(?:\+?{country}[\s\-]*)?" if country else ""
    return re.compile(prefix + body)


def redact(text: str, secrets: Iterable[str], reference: str, phone: str = "") -> str:
    """``text`` with every secret (case-insensitive; whole words for Latin ones) replaced by ``reference``,
    and the phone number in any spacing removed."""
    if not text:
        return text
    text = unicodedata.normalize("NFC", text)  # a decomposed "María" is found too; full-width "，" stays
    for secret in secrets:
        if not secret:
            continue
        if _CJK.search(secret) or not re.fullmatch(r"[\w'\- ]+", secret):
            pattern = re.compile(re.escape(secret), re.IGNORECASE)
        else:
            pattern = re.compile(rf"(?<![\w]){re.escape(secret)}(?![\w])", re.IGNORECASE)
        text = pattern.sub(reference, text)
    pattern = _phone_pattern(phone)
    if pattern is not None:
        text = pattern.sub("—", text)
    return text
