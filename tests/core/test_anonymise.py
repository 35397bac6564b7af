"""Anonymous reports take the candidate's name out of free text, in Chinese, pinyin and English."""

from __future__ import annotations

import pytest

from hhdesk.core.anonymise import identifying_strings, redact

REF = "Candidate HH-0042"


@pytest.mark.parametrize(("text", "expected"), [
    ("李浩然技术扎实，浩然沟通清晰。", f"{REF}技术扎实，{REF}沟通清晰。"),
    ("Li Haoran led the team; Haoran is calm. Haoran Li too.", f"{REF} led the team; {REF} is calm. {REF} too."),
    ("Call 138 0013 8000 or +86-138-0013-8000, mail hr@lhr-mail.cn", "Call — or —, mail hr@lhr-mail.cn"),
    ("Write to lhr@example.cn (lhr)", f"Write to {REF} (lhr)"),  # initials alone are too short to remove
    ("Now at 星河支付, before that Acme.", f"Now at {REF}, before that Acme."),
    ("Nothing to hide here.", "Nothing to hide here."),
])
def test_redact_chinese_name_and_details(text: str, expected: str) -> None:
    secrets = identifying_strings("李浩然", email="lhr@example.cn", phone="+86 138 0013 8000", employer="星河支付")
    assert redact(text, secrets, REF, phone="+86 138 0013 8000") == expected


def test_redact_western_name_whole_words_only() -> None:
    secrets = identifying_strings("Maria Gonzalez", email="maria.g@example.org", wechat="mariag88")
    text = "Maria Gonzalez is strong. MARIA leads; Mariana is someone else. WeChat mariag88."
    assert redact(text, secrets, REF) == f"{REF} is strong. {REF} leads; Mariana is someone else. WeChat {REF}."


def test_short_parts_and_empty_values() -> None:
    assert identifying_strings("") == []
    assert "Li" not in identifying_strings("Li Na Wong")  # too short to remove alone: "Li" is in many words
    assert redact("", ["x"], REF) == ""


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("María García", "García is strong; María said so.", f"{REF} is strong; {REF} said so."),
    ("María García", "Garci\u0301a again", f"{REF} again"),  # a decomposed accent
    ("欧阳娜娜", "娜娜很好，Nana Ouyang 也是。", f"{REF}很好，{REF} 也是。"),  # compound surname, punctuation kept
])
def test_accents_and_compound_surnames(name: str, text: str, expected: str) -> None:
    assert redact(text, identifying_strings(name), REF) == expected
