"""Spoken languages: the names a resume or a position uses (English, 英语, CET-6 …) folded to one name each."""

from __future__ import annotations

import re

# Canonical name → spellings (lower case). Mandarin and Chinese are one language for matching.
LANGUAGES: dict[str, tuple[str, ...]] = {
    "English": ("english", "英语", "英文", "cet-4", "cet-6", "cet4", "cet6", "ielts", "toefl", "雅思", "托福"),
    "Mandarin": ("mandarin", "普通话", "putonghua"),
    "Chinese": ("chinese", "中文", "汉语"),
    "Cantonese": ("cantonese", "粤语", "广东话"),
    "Japanese": ("japanese", "日语", "日文", "jlpt"),
    "Korean": ("korean", "韩语", "韩文"),
    "French": ("french", "法语"),
    "German": ("german", "德语", "deutsch"),
    "Spanish": ("spanish", "西班牙语", "español"),
    "Russian": ("russian", "俄语"),
    "Portuguese": ("portuguese", "葡萄牙语"),
    "Italian": ("italian", "意大利语"),
    "Arabic": ("arabic", "阿拉伯语"),
    "Hindi": ("hindi",),
    "Vietnamese": ("vietnamese", "越南语"),
    "Thai": ("thai", "泰语"),
}
SPELLING_TO_LANGUAGE = {s: name for name, spellings in LANGUAGES.items() for s in spellings}
LANGUAGE_RE = re.compile(
    r"(?i)(?<![a-z])(?:" + "|".join(re.escape(s) for s in sorted(SPELLING_TO_LANGUAGE, key=len, reverse=True))
    + r")(?![a-z])"
)
_SAME = {"Mandarin": "Chinese"}


def language_keys(text: str) -> tuple[str, ...]:
    """The languages named in ``text`` ("English, 日语 N2"), as comparison keys in order (Mandarin → Chinese)."""
    found = (SPELLING_TO_LANGUAGE[m.group().casefold()] for m in LANGUAGE_RE.finditer(text or ""))
    return tuple(dict.fromkeys(_SAME.get(name, name) for name in found))
