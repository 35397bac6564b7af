"""The bilingual skill vocabulary: canonical skills with English and Chinese aliases, and lookups over it.

The shipped list is ``resources/skills/vocabulary.tsv`` (columns ``canonical``, ``category``, ``aliases``
separated by ``|``). A user's own aliases (kept in the database) are layered on top with
:meth:`SkillVocabulary.with_user_aliases`, which returns a new vocabulary: instances never change.
No Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

VOCABULARY_PATH = Path(__file__).resolve().parents[2] / "resources" / "skills" / "vocabulary.tsv"

FUZZY_CUTOFF = 90.0  # fuzz.ratio: one slip in a 6+ letter word passes, Product vs Project Management does not
CJK_FUZZY_CUTOFF = 95.0  # one wrong character in a Chinese term usually means another term
MIN_FUZZY_LENGTH = 4  # "C", "R", "Go", "SQL": a typo of a short name is more often another name

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")
_TRAILING = ".,;:!?。，；：！？、…"
_LEADING = "•·▪●◆■*"
_COMPACT = re.compile(r"[\s\-_.]")
# Words people add to a skill that do not change which skill it is ("SQL skills", "沟通能力").
_FILLER = re.compile(r"(?:\s+(?:skills?|experience|knowledge)|能力|经验|技能|技术)$")

# Aliases that are everyday words (or letters) as well as skills. In free text (suggest) they count only
# when written exactly as the canonical spelling ("Excel", "Go", "C"); plain aliases among them are skipped.
_PLAIN_WORDS = frozenset({
    "go", "c", "r", "swift", "rust", "spring", "react", "excel", "dart", "unity", "julia", "spark", "helm",
    "sketch", "airflow", "hive", "snowflake", "flask", "looker", "transformers", "sales", "marketing", "audit",
    "compliance", "insurance", "node", "rest", "rails", "express", "shell", "es", "cv", "chinese", "tax",
    "office", "word", "lean", "arm", "var", "ib", "ir", "transformer", "bert", "maya", "blender", "招聘",
})
# Latin terms in casefolded text: not glued to letters, digits, + or # (C vs C++), nor to "x." (three.js).
_LEFT = r"(?<![a-z0-9_+#])(?<![a-z0-9]\.)"
_RIGHT = r"(?![a-z0-9_+#])(?!\.[a-z0-9])"
# Plain words, case-sensitive: also not hyphenated or possessive (Go-getter, R&D).
_LEFT_CS = r"(?<![A-Za-z0-9_+#&'’\-])(?<![A-Za-z0-9]\.)"
_RIGHT_CS = r"(?![A-Za-z0-9_+#&'’\-])(?!\.[A-Za-z0-9])"
# Single letters: also not C端 / C轮 (consumer side, funding round) nor C/S (client/server).
_LEFT_LETTER = r"(?<![A-Za-z0-9_+#&'’\-./])"
_RIGHT_LETTER = r"(?![A-Za-z0-9_+#&'’\-端轮位级类])(?!/[Ss](?![A-Za-z]))"


@dataclass(frozen=True)
class SkillEntry:
    """One skill: its canonical (English) name, category and every other spelling of it."""

    canonical: str
    category: str | None
    aliases: tuple[str, ...] = ()


def clean(text: str) -> str:
    """Tidy a written skill for display: NFKC, whitespace collapsed, bullets and trailing punctuation dropped."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return text.lstrip(_LEADING + " ").rstrip(_TRAILING + " ")


def fold(text: str) -> str:
    """Comparison key: NFKC (full width to half width), casefold, trimmed, whitespace collapsed."""
    return clean(unicodedata.normalize("NFKC", clean(text).casefold()))


def is_cjk(text: str) -> bool:
    """True when ``text`` contains a Chinese, Japanese or Korean character."""
    return _CJK.search(text) is not None


def _compact(key: str) -> str:
    return _COMPACT.sub("", key)


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternative for many words, factored by common prefixes; longer words are tried first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _case_preserving_fold(text: str) -> str:
    """Casefold character by character, keeping offsets (a character that folds to several stays)."""
    return "".join(f if len(f := ch.casefold()) == 1 else ch for ch in text)


class SkillVocabulary:
    """Canonical skills and their aliases; lookups are exact, then compact (no spaces/dots), then fuzzy."""

    def __init__(self, entries: Iterable[SkillEntry], user_aliases: Iterable[tuple[str, str]] = ()) -> None:
        """``entries`` must not share a spelling (ValueError); ``user_aliases`` (alias, canonical) win over them."""
        self._shipped = tuple(entries)
        self._entries: dict[str, SkillEntry] = {}
        self._keys: dict[str, str] = {}
        for entry in self._shipped:
            if entry.canonical in self._entries:
                raise ValueError(f"skill {entry.canonical!r} is listed twice")
            self._entries[entry.canonical] = entry
            for name in (entry.canonical, *entry.aliases):
                key = fold(name)
                if self._keys.setdefault(key, entry.canonical) != entry.canonical:
                    raise ValueError(f"{name!r} is a spelling of both {self._keys[key]!r} and {entry.canonical!r}")
        self._user: list[tuple[str, str]] = []
        for alias, canonical in user_aliases:
            self._add_user_alias(clean(alias), clean(canonical))
        self._compact_keys = self._build_compact()
        self._latin_keys = [k for k in self._keys if not is_cjk(k)]
        self._cjk_keys = [k for k in self._keys if is_cjk(k)]

    def _add_user_alias(self, alias: str, canonical: str) -> None:
        if not alias or not canonical:
            return
        canonical = self._keys.get(fold(canonical), canonical)  # attach to a known skill when it is one
        entry = self._entries.get(canonical) or SkillEntry(canonical, None)
        self._entries[canonical] = replace(entry, aliases=(*entry.aliases, alias))
        self._keys.setdefault(fold(canonical), canonical)
        self._keys[fold(alias)] = canonical
        self._user.append((alias, canonical))

    def _build_compact(self) -> dict[str, str]:
        found: dict[str, str | None] = {}
        for key, canonical in self._keys.items():
            compact = _compact(key)
            if len(compact) >= MIN_FUZZY_LENGTH:
                found[compact] = canonical if found.get(compact, canonical) == canonical else None
        return {k: v for k, v in found.items() if v is not None}

    @classmethod
    def load(cls, path: Path = VOCABULARY_PATH) -> SkillVocabulary:
        """Read a vocabulary TSV (header ``canonical, category, aliases``; ``#`` lines are comments)."""
        entries = []
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 3 or not fields[0].strip():
                raise ValueError(f"{path.name}:{number}: expected canonical, category and aliases")
            aliases = tuple(a.strip() for a in fields[2].split("|") if a.strip())
            entries.append(SkillEntry(fields[0].strip(), fields[1].strip() or None, aliases))
        return cls(entries)

    def with_user_aliases(self, pairs: Iterable[tuple[str, str]]) -> SkillVocabulary:
        """A new vocabulary: this one plus ``(alias, canonical)`` pairs; a new canonical is a new skill."""
        return SkillVocabulary(self._shipped, [*self._user, *pairs])

    @property
    def entries(self) -> tuple[SkillEntry, ...]:
        """Every skill, shipped and user-added, with its aliases."""
        return tuple(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and fold(name) in self._keys

    def exact(self, name: str) -> str | None:
        """The canonical skill ``name`` spells exactly (after folding), without fuzzy matching."""
        return self._keys.get(fold(name))

    def canonical(self, name: str) -> str | None:
        """The canonical skill ``name`` means: exact alias, then spacing/punctuation-free, then a close typo."""
        key = fold(name)
        if not key:
            return None
        if hit := self._keys.get(key) or self._compact_keys.get(_compact(key)):
            return hit
        bare = _FILLER.sub("", key)
        if bare != key and (hit := self._keys.get(bare)):
            return hit
        if len(key) < MIN_FUZZY_LENGTH:
            return None
        return self._fuzzy(key)

    def _fuzzy(self, key: str) -> str | None:
        cjk = is_cjk(key)
        choices = self._cjk_keys if cjk else self._latin_keys
        found = process.extract(key, choices, scorer=fuzz.ratio, limit=2,
                                score_cutoff=CJK_FUZZY_CUTOFF if cjk else FUZZY_CUTOFF)
        if not found and not cjk and len(key) > MIN_FUZZY_LENGTH:
            # fuzz.ratio counts swapped letters ("Pytohn") as two edits; allow one swap and nothing else.
            near = process.extract(key, choices, scorer=OSA.distance, limit=3, score_cutoff=1)
            found = [f for f in near if sorted(f[0]) == sorted(key)]
        canonicals = {self._keys[f[0]] for f in found if f[1] == found[0][1]} if found else set()
        return canonicals.pop() if len(canonicals) == 1 else None  # equally close to two skills: no guess

    def normalise(self, name: str) -> str:
        """The canonical name, or the cleaned input (original case) when the skill is unknown."""
        return self.canonical(name) or clean(name)

    def spellings(self, name: str) -> tuple[str, ...]:
        """The shipped aliases of the skill spelled exactly ``name`` (its canonical name), else none."""
        entry = self._entries.get(name)
        return entry.aliases if entry else ()

    def category(self, name: str) -> str | None:
        """The category of the skill ``name`` means, or None (unknown skill or user skill)."""
        canonical = self.canonical(name)
        return self._entries[canonical].category if canonical else None

    def completions(self) -> list[str]:
        """Canonical names and Chinese aliases, sorted, for a completer."""
        names = {e.canonical for e in self._entries.values()}
        names.update(a for e in self._entries.values() for a in e.aliases if is_cjk(a))
        return sorted(names, key=lambda n: (n.casefold(), n))

    def suggest(self, text: str) -> list[str]:
        """Canonical skills mentioned in free text (a job description, either language), in order of appearance.

        Latin spellings count as whole terms (C++ is not C, Node.js is not JS); Chinese ones anywhere.
        """
        norm = _SPACES.sub(" ", unicodedata.normalize("NFKC", text))
        low = _case_preserving_fold(norm)
        spans: list[tuple[int, int, str]] = []
        for pattern, case_sensitive in self._suggest_patterns:
            for m in pattern.finditer(norm if case_sensitive else low):
                if canonical := self._keys.get(fold(m.group())):
                    spans.append((m.start(), m.end(), canonical))
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))
        found: dict[str, None] = {}
        end = 0
        for start, stop, canonical in spans:
            if start >= end:  # overlapping terms: the longest at the first position wins
                found.setdefault(canonical)
                end = stop
        return list(found)

    @cached_property
    def _suggest_patterns(self) -> list[tuple[re.Pattern[str], bool]]:
        groups: dict[tuple[bool, bool], list[str]] = {}
        words: list[str] = []
        letters: list[str] = []
        for key, canonical in self._keys.items():
            if key in _PLAIN_WORDS:
                if key == fold(canonical):
                    (letters if len(canonical) == 1 else words).append(canonical)
                continue
            groups.setdefault((not is_cjk(key[0]), not is_cjk(key[-1])), []).append(key)
        patterns = []
        for (left, right), keys in groups.items():
            body = f"{_LEFT if left else ''}(?:{_trie_pattern(keys)}){_RIGHT if right else ''}"
            patterns.append((re.compile(body), False))
        if words:
            patterns.append((re.compile(f"{_LEFT_CS}(?:{_trie_pattern(words)}){_RIGHT_CS}"), True))
        if letters:
            patterns.append((re.compile(f"{_LEFT_LETTER}(?:{_trie_pattern(letters)}){_RIGHT_LETTER}"), True))
        return patterns


@cache
def default_vocabulary() -> SkillVocabulary:
    """The shipped vocabulary, loaded once."""
    return SkillVocabulary.load()
