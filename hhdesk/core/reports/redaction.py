"""What free text may not carry into a client's report, and the rewriting that removes it.

Free text — the consultant's assessment, what the candidate said on the call, the explanations of gaps —
is written for the agency. Before it is printed:

* the bottom-line salary is removed in every form it is commonly written (33,000 · 33000 · 33k · 3.3万,
  and the annual total), always;
* other clients' names become "another company", always: a client must not learn who else the agency
  works for (the candidate's own employers are kept: that is their CV);
* in anonymous reports the candidate's name becomes the reference, and the phone, e-mail and WeChat
  disappear; the current employer becomes its description when it is hidden.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from hhdesk.core.anonymise import identifying_strings, redact
from hhdesk.core.money import Salary
from hhdesk.core.reports.report_text import CJK

_REMOVED = "—"
_COMPANY_SUFFIX = re.compile(
    r"(?i)(?:[\s,]*(?:co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|llc|gmbh|ag|corp\.?|corporation|plc|s\.?a\.?|"
    r"group|holdings?|technolog(?:y|ies)|company)\s*)+$"
    r"|(?:（中国）|\(中国\)|股份有限公司|有限责任公司|有限公司|集团|控股|公司|科技|技术)+$"
)
_CITY_PREFIX = re.compile(r"^(?:上海|北京|深圳|广州|杭州|南京|苏州|成都|武汉|西安|天津|重庆|香港)(?:市)?")


def company_cores(name: str) -> list[str]:
    """A company's full name and the short forms people write ("上海星衡支付科技有限公司" → "星衡支付")."""
    name = " ".join(name.split())
    if not name:
        return []
    forms = [name]
    core = _COMPANY_SUFFIX.sub("", name).strip(" ,.")
    core = _CITY_PREFIX.sub("", core) or core
    core = _COMPANY_SUFFIX.sub("", core).strip(" ,.")
    if core and core != name and _long_enough(core):
        forms.append(core)
    return forms


def _long_enough(text: str) -> bool:
    return len(text) >= 2 if CJK.search(text) else len(text) >= 3


def _word_pattern(word: str) -> str:
    """``word`` (any case, any spacing) not inside a longer Latin word; CJK has no word boundaries to respect."""
    escaped = re.escape(word).replace(r"\ ", r"\s+")
    if CJK.search(word[:1]) and CJK.search(word[-1:]):
        return escaped
    return rf"(?<![A-Za-z0-9])(?i:{escaped})(?![A-Za-z0-9])"


def _amount_patterns(salary: Salary | None) -> list[str]:
    """The ways a salary figure is written: 33,000 · 33000 · 33k · 3.3万 — monthly and annual."""
    if salary is None or salary.amount_minor <= 0:
        return []
    amounts = {salary.amount_minor // 100, salary.annual_minor // 100}
    forms: list[str] = []
    for amount in amounts:
        forms += [f"{amount:,}", str(amount), f"{amount / 10000:g}万", f"{amount / 10000:g}w"]
        if amount % 100 == 0:
            forms += [f"{amount / 1000:g}k", f"{amount / 1000:g}K", f"{amount / 1000:g}千"]
    unique = sorted(set(forms), key=len, reverse=True)
    # Groups may be split by a comma, a space or none ("33,000" / "33 000" / "33000"); ".00" may follow.
    return [r"(?<![\d.,])" + re.escape(f).replace(",", r"[,\s\u00a0]?") + r"(?:\.0{1,2})?(?![\d]|[.,]\d)"
            for f in unique]


@functools.lru_cache(maxsize=64)
def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@dataclass(frozen=True)
class Redactor:
    """Rewrites free text for a client's eyes; call it on every string a person typed.

    ``first`` (the hidden employer) runs before the candidate's identity is taken out (``secrets`` and
    ``phone`` → ``reference``, see :mod:`hhdesk.core.anonymise`), ``then`` (other clients, the bottom line)
    after.
    """

    first: tuple[tuple[re.Pattern[str], str], ...] = ()
    then: tuple[tuple[re.Pattern[str], str], ...] = ()
    secrets: tuple[str, ...] = ()
    reference: str = ""
    phone: str = ""

    def __call__(self, text: str | None) -> str:
        out = text or ""
        if not out:
            return out
        for pattern, replacement in self.first:
            out = pattern.sub(replacement, out)
        if self.reference:
            out = redact(out, self.secrets, self.reference, self.phone)
        for pattern, replacement in self.then:
            out = pattern.sub(replacement, out)
        return out


@dataclass(frozen=True)
class EmployerMask:
    """Employer names in the career history: the hidden current employer is replaced as a whole."""

    pattern: re.Pattern[str] | None = None
    description: str = ""

    def __call__(self, company: str | None) -> str:
        company = company or ""
        if self.pattern is not None and company and self.pattern.search(company):
            return self.description
        return company


@dataclass(frozen=True)
class RedactionFacts:
    """Everything a report's free text must be cleaned of; empty fields mean "nothing to hide"."""

    reference: str = ""  # anonymous: the name (and e-mail, WeChat) is replaced by this, the phone removed
    name: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    employer: str = ""  # hidden current employer …
    employer_description: str = ""  # … printed as this
    other_clients: tuple[str, ...] = ()  # names and aliases of the agency's other clients
    own_employers: tuple[str, ...] = ()  # the candidate's employers: never treated as "other clients"
    other_client_word: str = "another company"
    bottom_line: Salary | None = None


def build_redactor(facts: RedactionFacts) -> tuple[Redactor, EmployerMask]:
    """The rewriting for free text, and the one for employer names in the career history."""
    employer = _compile(tuple(_word_pattern(f) for f in company_cores(facts.employer))) if facts.employer else None
    first = ((employer, facts.employer_description),) if employer is not None else ()
    secrets: tuple[str, ...] = ()
    if facts.reference:
        secrets = tuple(identifying_strings(facts.name, email=facts.email, wechat=facts.wechat))
    # Whole names only: a parsed employer reading just "科技" or "Group" must not spare every client with it.
    own = {form.casefold() for o in facts.own_employers if o.strip() for form in company_cores(o)}
    clients = sorted({form for name in facts.other_clients for form in company_cores(name) if _long_enough(form)
                      and form.casefold() not in own}, key=len, reverse=True)
    then = [(_compile(tuple(_word_pattern(c) for c in clients)), facts.other_client_word),
            (_compile(tuple(_amount_patterns(facts.bottom_line))), _REMOVED)]
    redactor = Redactor(first, tuple((c, r) for c, r in then if c is not None), secrets, facts.reference,
                        facts.phone)
    return redactor, EmployerMask(employer, facts.employer_description)
