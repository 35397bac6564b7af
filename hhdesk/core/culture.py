"""Culture fit: a bilingual vocabulary of workplace-culture concepts, and the fit between two free texts.

The candidate's side is what they want of the next company (requirements, reasons for changing); the
company's side its culture, core values, leadership style and atmosphere. Both are free text in Chinese,
English or both. :meth:`CultureVocabulary.concepts_in` finds the concepts a text names;
:func:`culture_fit` compares the two sides and :func:`explain` says in one sentence which concepts
matched, which conflict and which the company does not mention.

The shipped list is ``resources/culture/concepts.tsv`` (columns ``key``, ``en``, ``zh``, ``spellings``,
``opposes``; lists separated by ``|``; ``#`` lines are comments). A refusal or a complaint is a spelling
of what the speaker wants instead: "不接受996" and "加班太多" are work-life balance, not long hours.

Matching, on text folded to NFKC + casefold with hyphens as spaces and no spaces next to Chinese
characters: at each position the longest spelling wins and its span is consumed, so "不加班" is not also
"加班". A spelling that starts (ends) with a Latin letter or digit must start (end) a word ("flat" is
not in "flatten"); Chinese edges match anywhere. A few phrases that contain a spelling but mean something
else ("machine learning", "机器学习", "自主研发" is innovation, not autonomy) are in :data:`NOT_CULTURE`
and are consumed without naming a concept. No Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CONCEPTS_PATH = Path(__file__).resolve().parents[2] / "resources" / "culture" / "concepts.tsv"
HEADER = ("key", "en", "zh", "spellings", "opposes")
NOT_MENTIONED_WEIGHT = 0.5

# Phrases that contain a spelling of a concept but are about something else (a technology, an industry,
# a job function). They are matched like spellings so that the shorter spelling inside cannot match.
NOT_CULTURE: tuple[str, ...] = (
    "machine learning", "deep learning", "reinforcement learning", "transfer learning", "federated learning",
    "supervised learning", "unsupervised learning", "e-learning", "learning management system",
    "机器学习", "深度学习", "强化学习", "迁移学习", "联邦学习", "学习机",
    "user growth", "growth hacking", "growth hacker", "growth marketing", "growth team",
    "model training", "training data", "distributed training", "培训机构", "教育培训", "培训行业",
    "autonomous driving", "autonomous vehicle", "autonomous vehicles", "autonomous systems",
    "自主品牌", "自主知识产权", "自主可控",
    "fast-moving consumer goods", "fmcg", "stable diffusion", "sales promotion", "trade promotion",
    "创业板", "多元化业务", "业务多元化", "多元化经营", "期权交易", "期权定价",
    "hybrid cloud", "hybrid vehicle", "hybrid vehicles", "remote sensing", "remote control",
)

_KEY = re.compile(r"[a-z][a-z0-9_]*")
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(r"[a-z0-9]")
# What NFKC does to the full-width punctuation of a Chinese keyboard, done cheaply so that most texts
# need no full NFKC pass afterwards (normalising 300 characters costs ~12 µs, this check < 1 µs).
_FULL_WIDTH = (("，", ","), ("；", ";"), ("：", ":"), ("！", "!"), ("？", "?"), ("（", "("), ("）", ")"),
               ("～", "~"), ("％", "%"), ("\u3000", " "))
_SPACES = re.compile(r"\s+")
# Hyphens and underscores are spaces ("work-life" = "work life"); so is a slash between two words.
_HYPHENS = re.compile(r"[-‐‑‒–_]+")
_SLASH = re.compile(r"(?<=[a-z])/(?=[a-z])")
# Chinese is written without spaces: one next to a Chinese character is noise ("不接受 996").
_SPACE_BEFORE_CJK = re.compile(f" (?=[{_CJK_CHARS}])")
_SPACE_AFTER_CJK = re.compile(f"([{_CJK_CHARS}]) ")
_RIGHT = r"(?![a-z0-9])"
_GROUP = 24  # first characters per group in the pattern (see _pattern): 8 is slower, more is no faster


def normalise(text: str) -> str:
    """The form texts and spellings are matched in: NFKC, casefold, hyphens as spaces, whitespace collapsed
    and dropped next to Chinese characters."""
    for full, half in _FULL_WIDTH:
        if full in text:
            text = text.replace(full, half)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    if "-" in text or "_" in text or not text.isascii():
        text = _HYPHENS.sub(" ", text)
    if "/" in text:
        text = _SLASH.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if " " in text and not text.isascii():
        text = _SPACE_AFTER_CJK.sub(r"\1", _SPACE_BEFORE_CJK.sub("", text))
    return text


@dataclass(frozen=True)
class Concept:
    """One culture concept: its key, display names, spellings (as written in the TSV) and opposites."""

    key: str
    en: str
    zh: str
    spellings: tuple[str, ...]
    opposes: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        """The display name in ``lang`` ("zh" gives Chinese, anything else English)."""
        return self.zh if lang.lower().startswith("zh") else self.en


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _rest_trie(words: Iterable[str]) -> str:
    """A regex for ``words`` once their first character has been consumed: a trie over the rest, longest
    first; where a word ends, a lookbehind checks the first character (and a lookahead the word end)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word[1:]:
            node = node.setdefault(ch, {})
        node.setdefault("", {})[word[0]] = _WORD.match(word[-1]) is not None

    def build(node: dict[str, dict], depth: int) -> str:
        alts = [re.escape(ch) + build(child, depth + 1) for ch, child in sorted(node.items()) if ch]
        for right in (False, True):  # words ending in a Latin letter or digit must end a word
            firsts = [first for first, needs in node.get("", {}).items() if needs is right]
            if firsts:
                alts.append(f"(?<={_char_class(firsts)}{'.' * depth})" + (_RIGHT if right else ""))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie, 0)


def _pattern(words: Iterable[str]) -> str:
    """One regex finding any of ``words``: at each position the longest; Latin edges on word boundaries.

    re tries alternatives one after the other, and a trie with hundreds of different first characters
    is slow. So the pattern starts with the set of first characters (re then skips other positions fast)
    and, once one is consumed, picks a group of about 24 first characters by lookbehind, then walks a trie
    of the rest of the words. A Latin word must start a word: its first character is [a-z0-9], the one
    before it is not.
    """
    words = sorted(set(words))
    if not words:
        return r"(?!)"
    latin = [w for w in words if _WORD.match(w)]
    other = [w for w in words if not _WORD.match(w)]
    parts = []
    if latin:
        parts.append(r"(?<=[a-z0-9])(?<![a-z0-9].)" + _rest_trie(latin))
    if other:
        firsts = sorted({w[0] for w in other})
        groups = [firsts[i:i + _GROUP] for i in range(0, len(firsts), _GROUP)]
        alts = [f"(?<={_char_class(g)})" + _rest_trie(w for w in other if w[0] in g) for g in groups]
        parts.append(r"(?<![a-z0-9])" + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"))
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return _char_class({w[0] for w in words}) + body


class CultureVocabulary:
    """Culture concepts and their spellings; instances never change."""

    def __init__(self, concepts: Iterable[Concept], ignored: Iterable[str] = NOT_CULTURE, *,
                 origins: Sequence[str] | None = None) -> None:
        """Check and index ``concepts`` (ValueError on a repeated key or spelling, or an unknown opposite).

        ``ignored`` are phrases consumed without naming a concept (see :data:`NOT_CULTURE`); a spelling
        of a concept wins over them. ``origins`` (one per concept, such as "concepts.tsv:12") start the
        error messages.
        """
        given = tuple(concepts)
        where = list(origins) if origins is not None else [f"concept {c.key!r}" for c in given]
        if len(where) != len(given):
            raise ValueError("origins must name one place per concept")
        first: dict[str, str] = {}
        for concept, place in zip(given, where, strict=True):
            if not _KEY.fullmatch(concept.key):
                raise ValueError(f"{place}: key {concept.key!r} is not snake_case")
            if concept.key in first:
                raise ValueError(f"{place}: concept {concept.key!r} is already defined ({first[concept.key]})")
            if not concept.en.strip() or not concept.zh.strip():
                raise ValueError(f"{place}: concept {concept.key!r} needs an English and a Chinese name")
            first[concept.key] = place
        owner: dict[str, str] = {}
        opposites: dict[str, dict[str, None]] = {c.key: {} for c in given}
        for concept, place in zip(given, where, strict=True):
            if not concept.spellings:
                raise ValueError(f"{place}: concept {concept.key!r} has no spellings")
            for spelling in concept.spellings:
                norm = normalise(spelling)
                if not norm:
                    raise ValueError(f"{place}: concept {concept.key!r} has an empty spelling")
                if owner.setdefault(norm, concept.key) != concept.key:
                    raise ValueError(f"{place}: spelling {spelling!r} of {concept.key!r} is already a spelling of "
                                     f"{owner[norm]!r} ({first[owner[norm]]})")
            for other in concept.opposes:
                if other not in opposites:
                    raise ValueError(f"{place}: {concept.key!r} opposes unknown concept {other!r}")
                if other == concept.key:
                    raise ValueError(f"{place}: {concept.key!r} opposes itself")
                opposites[concept.key][other] = None
                opposites[other][concept.key] = None
        order = {c.key: i for i, c in enumerate(given)}
        self._concepts: dict[str, Concept] = {
            c.key: Concept(c.key, c.en.strip(), c.zh.strip(), c.spellings,
                           tuple(sorted(opposites[c.key], key=order.__getitem__)))
            for c in given
        }
        self._owner: dict[str, str | None] = dict(owner)
        for phrase in ignored:
            if norm := normalise(phrase):
                self._owner.setdefault(norm, None)
        self._pattern = self._compile(self._owner)

    @staticmethod
    def _compile(spellings: Iterable[str]) -> re.Pattern[str]:
        return re.compile(_pattern(spellings))

    @classmethod
    def load(cls, path: Path = CONCEPTS_PATH) -> CultureVocabulary:
        """Read a concepts TSV (header ``key en zh spellings opposes``; ``#`` lines are comments)."""
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        if not lines or tuple(f.strip() for f in lines[0].split("\t")) != HEADER:
            raise ValueError(f"{path.name}:1: expected the header {' '.join(HEADER)!r} (tab-separated)")
        concepts, origins = [], []
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split("\t")]
            if len(fields) == 4:
                fields.append("")
            if len(fields) != 5:
                raise ValueError(f"{path.name}:{number}: expected 5 tab-separated columns, found {len(fields)}")
            key, en, zh, spellings, opposes = fields
            concepts.append(Concept(key, en, zh, _split(spellings), _split(opposes)))
            origins.append(f"{path.name}:{number}")
        return cls(concepts, origins=origins)

    def __len__(self) -> int:
        return len(self._concepts)

    def __contains__(self, key: object) -> bool:
        return key in self._concepts

    def concepts(self) -> tuple[Concept, ...]:
        """Every concept, in the order of the TSV; ``opposes`` is symmetric (both sides list each other)."""
        return tuple(self._concepts.values())

    def concept(self, key: str) -> Concept:
        """The concept ``key`` (KeyError when unknown)."""
        return self._concepts[key]

    def opposed(self, a: str, b: str) -> bool:
        """True when concepts ``a`` and ``b`` conflict (either way round)."""
        concept = self._concepts.get(a)
        return concept is not None and b in concept.opposes

    def find(self, text: str) -> tuple[tuple[str, str], ...]:
        """``(concept key, phrase)`` for each spelling found in ``text``, in order; the phrase is normalised."""
        owner = self._owner
        found = []
        for m in self._pattern.finditer(normalise(text)):
            key = owner[m.group()]
            if key is not None:
                found.append((key, m.group()))
        return tuple(found)

    def concepts_in_order(self, text: str) -> tuple[str, ...]:
        """The concept keys ``text`` names, each once, in order of first appearance."""
        return tuple(dict.fromkeys(key for key, _ in self.find(text)))

    def concepts_in(self, text: str) -> frozenset[str]:
        """The concept keys ``text`` names."""
        return frozenset(key for key, _ in self.find(text))


def _split(field: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in field.split("|") if p.strip()))


@cache
def default_culture() -> CultureVocabulary:
    """The shipped vocabulary, loaded once."""
    return CultureVocabulary.load()


@dataclass(frozen=True)
class CultureFit:
    """How the company's culture fits what the candidate wants; see :func:`culture_fit` for the score."""

    score: float | None
    wanted: tuple[str, ...]
    offered: tuple[str, ...]
    matched: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...]

    @property
    def not_mentioned(self) -> tuple[str, ...]:
        """The wanted concepts the company neither offers nor contradicts."""
        settled = set(self.matched) | {w for w, _ in self.conflicts}
        return tuple(w for w in self.wanted if w not in settled)


def fit_of(wanted: Iterable[str], offered: Iterable[str], vocabulary: CultureVocabulary | None = None) -> CultureFit:
    """The fit of concept keys already found (see :func:`culture_fit`); repeated keys count once."""
    vocabulary = vocabulary or default_culture()
    w, o = tuple(dict.fromkeys(wanted)), tuple(dict.fromkeys(offered))
    offered_set = set(o)
    matched = tuple(k for k in w if k in offered_set)
    conflicts = tuple((a, b) for a in w for b in o if vocabulary.opposed(a, b))
    if not w or not o:
        return CultureFit(None, w, o, matched, conflicts)
    in_conflict = {a for a, _ in conflicts}
    not_mentioned = sum(1 for k in w if k not in offered_set and k not in in_conflict)
    value = (len(matched) + NOT_MENTIONED_WEIGHT * not_mentioned - len(in_conflict)) / len(w)
    return CultureFit(max(0.0, min(1.0, value)), w, o, matched, conflicts)


def culture_fit(candidate_text: str, company_text: str, vocabulary: CultureVocabulary | None = None) -> CultureFit:
    """How well the company's culture text fits what the candidate's text says they want.

    With W the concepts the candidate names and O those the company names, ``score`` is ``None`` (unknown)
    when W or O is empty, else ``clamp((matched + 0.5 * not_mentioned - conflicting) / len(W), 0, 1)``:
    a wanted concept the company names counts 1, one it does not mention ½ ("not mentioned" is not "no"),
    and one that a concept of the company opposes (work-life balance against 996) −1. ``conflicting``
    counts wanted concepts, not pairs: startup against a company that is both stable and large is one
    conflict, as in the match engine (``hhdesk.core.match_criteria.culture_counts``). A wanted concept
    that is both offered and opposed (a company that says both) counts 1 − 1 = 0.
    """
    vocabulary = vocabulary or default_culture()
    return fit_of(vocabulary.concepts_in_order(candidate_text), vocabulary.concepts_in_order(company_text),
                  vocabulary)


_UNKNOWN_WANTS = ("Culture fit unknown: no culture preferences recorded for the candidate.",
                  "文化契合未知：未记录候选人的文化偏好。")
_UNKNOWN_COMPANY = ("Culture fit unknown: the company's culture is not described.", "文化契合未知：未描述公司文化。")


def _join(items: Sequence[str], zh: bool) -> str:
    if zh:
        return "、".join(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def explain(fit: CultureFit, lang: str, vocabulary: CultureVocabulary | None = None) -> str:
    """One sentence in English or Chinese ("zh"): what the candidate wants, what matches, what conflicts."""
    vocabulary = vocabulary or default_culture()
    zh = lang.lower().startswith("zh")
    if not fit.wanted:
        return _UNKNOWN_WANTS[zh]
    if not fit.offered:
        return _UNKNOWN_COMPANY[zh]

    def names(keys: Iterable[str]) -> str:
        return _join([vocabulary.concept(k).name(lang) for k in keys], zh)

    clauses = []
    if fit.matched:
        clauses.append(("公司符合" if zh else "the company offers ") + names(fit.matched))
    elif fit.conflicts:
        clauses.append("公司均不符合" if zh else "nothing matches")
    if fit.conflicts:
        versus = " 与 " if zh else " vs "
        pairs = [vocabulary.concept(a).name(lang) + versus + vocabulary.concept(b).name(lang) for a, b in fit.conflicts]
        clauses.append(("冲突：" if zh else "conflict: ") + _join(pairs, zh))
    if missing := fit.not_mentioned:
        if clauses:
            clauses.append(("未提及：" if zh else "not mentioned: ") + names(missing))
        else:
            clauses.append("公司介绍均未提及" if zh else "the company's description mentions none of it")
    if zh:
        return f"候选人看重{names(fit.wanted)}：{'；'.join(clauses)}。"
    return f"Wants {names(fit.wanted)}: {'; '.join(clauses)}."
