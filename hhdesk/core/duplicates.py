"""Recognising a person already in the database: same e-mail, same phone, or the same name (in Chinese
characters or pinyin, in either order) at the same company."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Candidate
from hhdesk.core.validation import fold_company_name

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class PersonKey:
    """What identifies a person in a resume."""

    full_name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""


@dataclass(frozen=True)
class DuplicateMatch:
    candidate_id: int
    full_name: str
    current_company: str
    reasons: tuple[str, ...]  # "email", "phone", "name_company", "name"

    @property
    def strong(self) -> bool:
        """An e-mail or phone match, or the same name at the same company: almost surely the same person."""
        return bool({"email", "phone", "name_company"} & set(self.reasons))


def name_key(name: str) -> str:
    """Order- and script-independent key: 王伟, Wang Wei and WEI wang all give "wang wei"."""
    text = unicodedata.normalize("NFKC", name).strip()
    if _CJK.search(text):
        from pypinyin import lazy_pinyin

        text = " ".join(lazy_pinyin(re.sub(r"\s+", "", text)))
    tokens = re.findall(r"[^\W\d_]+", text.casefold())
    return " ".join(sorted(tokens))


def phone_key(phone: str) -> str:
    """The last eleven digits: +86 138 0013 8000 and 13800138000 meet; too short a number gives ""."""
    digits = re.sub(r"\D", "", phone)
    return digits[-11:] if len(digits) >= 7 else ""


class DuplicateService:
    """Finds existing candidates that may be the person in a new resume."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def find(self, person: PersonKey, exclude_id: int | None = None, limit: int = 5) -> list[DuplicateMatch]:
        """Strong matches first, then same-name matches; at most ``limit``."""
        email = person.email.strip().casefold()
        phone = phone_key(person.phone)
        key = name_key(person.full_name) if person.full_name.strip() else ""
        company = fold_company_name(person.company) if person.company.strip() else ""
        reasons: dict[int, list[str]] = {}
        rows: dict[int, tuple[str, str]] = {}
        with self._sessions() as s:
            conditions = []
            if email:
                conditions.append(func.lower(Candidate.email) == email)
            if phone:
                digits = Candidate.phone
                for sep in (" ", "-", "(", ")", "."):
                    digits = func.replace(digits, sep, "")
                conditions.append(digits.like(f"%{phone[-8:]}"))  # a coarse filter; phone_key decides below
            if conditions:
                for cid, name, mail, tel, comp in s.execute(select(
                        Candidate.id, Candidate.full_name, Candidate.email, Candidate.phone,
                        Candidate.current_company).where(or_(*conditions))):
                    rows[cid] = (name, comp)
                    if email and mail.casefold() == email:
                        reasons.setdefault(cid, []).append("email")
                    if phone and phone_key(tel) == phone:
                        reasons.setdefault(cid, []).append("phone")
            if key:
                for cid, name, comp in s.execute(select(Candidate.id, Candidate.full_name,
                                                        Candidate.current_company)):
                    if name_key(name) != key:
                        continue
                    rows[cid] = (name, comp)
                    same_company = bool(company) and fold_company_name(comp or "") == company
                    reasons.setdefault(cid, []).append("name_company" if same_company else "name")
        matches = [DuplicateMatch(cid, rows[cid][0], rows[cid][1] or "", tuple(dict.fromkeys(r)))
                   for cid, r in reasons.items() if cid != exclude_id]
        matches.sort(key=lambda m: (not m.strong, -len(m.reasons), m.candidate_id))
        return matches[:limit]
