"""The fast path of the match engine: every candidate's match facts as numpy columns, ranked at once.

Ranking 100 000 candidates takes a few milliseconds: required skills are looked up in per-skill postings
(boolean columns built on first use), the other criteria are vector arithmetic, and each criterion is
computed with the same operations, in the same order, as the reference in ``hhdesk.core.match_criteria``
— so the totals are equal to the last bit and the ranking is the same (tests and the benchmark check it).
The index is kept current row by row (:meth:`MatchIndex.put`, :meth:`MatchIndex.remove`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from hhdesk.core import match_criteria as mc
from hhdesk.core.culture import default_culture
from hhdesk.core.matching import MUST_HAVE_CAP, CandidateProfile, PositionProfile, effective_weights
from hhdesk.core.money import RATES_TO_CNY

_INTENTIONS = mc.INTENTION_SCORE
_F = np.float64
_NAN = np.nan


@dataclass(frozen=True)
class Ranking:
    """Candidate ids best first (ties by name), with their totals and whether a must-have is missing."""

    ids: np.ndarray
    totals: np.ndarray
    capped: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


class _Codes:
    """Small integer codes for strings (cities, currencies, languages, culture concepts)."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.codes: dict[str, int] = {}
        for key in known:
            self.code(key)

    def code(self, key: str) -> int:
        return self.codes.setdefault(key, len(self.codes))

    def get(self, key: str | None) -> int:
        return self.codes.get(key, -1) if key is not None else -1


class MatchIndex:
    """Column arrays of the candidates' match facts, for ranking; rows are reused after removals."""

    def __init__(self) -> None:
        self._row_of: dict[int, int] = {}
        self._free: list[int] = []
        self._size = 0
        self._cities = _Codes()
        self._currencies = _Codes(RATES_TO_CNY)
        self._languages = _Codes()
        culture = default_culture()
        self._concepts = _Codes(c.key for c in culture.concepts())
        if len(self._concepts.codes) > 64:
            raise ValueError("the culture vocabulary has more than 64 concepts: widen the culture masks")
        self._opposes = np.zeros(len(self._concepts.codes), dtype=np.uint64)
        for key, bit in self._concepts.codes.items():
            for other in culture.concept(key).opposes:
                self._opposes[bit] |= np.uint64(1 << self._concepts.codes[other])
                self._opposes[self._concepts.codes[other]] |= np.uint64(1 << bit)
        self._postings: dict[str, set[int]] = {}
        self._dense: dict[str, np.ndarray] = {}
        self._names: list[str] = []
        self._name_rank: np.ndarray | None = None
        self.profiles: list[CandidateProfile | None] = []
        self._availability_cache: np.ndarray | None = None
        self._alloc(1024)

    # -- storage ------------------------------------------------------------------------------------------
    def _alloc(self, capacity: int) -> None:
        def grow(name: str, dtype: object, fill: object) -> None:
            old = getattr(self, name, None)
            new = np.full(capacity, fill, dtype=dtype)
            if old is not None:
                new[: len(old)] = old
            setattr(self, name, new)

        grow("alive", bool, False)
        grow("ids", np.int64, 0)
        grow("years", _F, _NAN)
        grow("city", np.int32, -1)
        grow("relocate", np.int8, -1)
        grow("expected", _F, _NAN)
        grow("bottom", _F, _NAN)
        grow("currency", np.int16, -1)
        grow("edu", np.int8, -1)
        grow("langs", np.uint64, 0)
        grow("n_langs", np.int16, 0)
        grow("status_now", bool, False)
        grow("notice", _F, _NAN)
        grow("intention", _F, _NAN)
        grow("wanted", np.uint64, 0)
        grow("n_wanted", np.int16, 0)
        self._capacity = capacity
        self._dense.clear()

    def __len__(self) -> int:
        return len(self._row_of)

    def __contains__(self, candidate_id: object) -> bool:
        return candidate_id in self._row_of

    def put(self, candidate_id: int, profile: CandidateProfile, name: str) -> None:
        """Add or replace one candidate (``name`` orders ties)."""
        if candidate_id in self._row_of:
            self.remove(candidate_id)
        row = self._free.pop() if self._free else self._size
        if row == self._size:
            self._size += 1
            if self._size > self._capacity:
                self._alloc(self._capacity * 2)
            self._names.append("")
            self.profiles.append(None)
        self._row_of[candidate_id] = row
        self.alive[row] = True
        self.ids[row] = candidate_id
        self._names[row] = name.casefold()
        self.profiles[row] = profile
        self._name_rank = None
        self._availability_cache = None
        p = profile
        self.years[row] = _NAN if p.years_experience is None else p.years_experience
        key = mc.city_key(p.city)
        self.city[row] = -1 if key is None else self._cities.code(key)
        self.relocate[row] = -1 if p.willing_to_relocate is None else int(p.willing_to_relocate)
        self.expected[row] = _NAN if p.expected_annual is None else p.expected_annual
        self.bottom[row] = _NAN if p.bottom_line_annual is None else p.bottom_line_annual
        self.currency[row] = self._currencies.code(p.currency.strip().upper())
        self.edu[row] = mc.EDUCATION_RANK.get(p.education_level, -1)
        mask = 0
        for language in p.languages:
            mask |= 1 << min(self._languages.code(language), 63)
        self.langs[row] = np.uint64(mask)
        self.n_langs[row] = len(p.languages)
        self.status_now[row] = p.current_status in ("available", "unemployed")
        self.notice[row] = _NAN if p.notice_days is None else p.notice_days
        self.intention[row] = _INTENTIONS.get(p.intention, _NAN)
        wanted = 0
        for concept in p.culture:  # keys of the culture vocabulary (an unknown one cannot match: ValueError)
            if concept not in self._concepts.codes:
                raise ValueError(f"unknown culture concept {concept!r}")
            wanted |= 1 << self._concepts.codes[concept]
        self.wanted[row] = np.uint64(wanted)
        self.n_wanted[row] = len(p.culture)
        for skill in {mc.normalise_skill(s) for s in p.skills}:
            self._postings.setdefault(skill, set()).add(row)
            self._dense.pop(skill, None)

    def remove(self, candidate_id: int) -> None:
        row = self._row_of.pop(candidate_id, None)
        if row is None:
            return
        self.alive[row] = False
        profile = self.profiles[row]
        self.profiles[row] = None
        if profile is not None:
            for skill in {mc.normalise_skill(s) for s in profile.skills}:
                self._postings.get(skill, set()).discard(row)
                self._dense.pop(skill, None)
        self._free.append(row)
        self._name_rank = None
        self._availability_cache = None

    def profile(self, candidate_id: int) -> CandidateProfile | None:
        row = self._row_of.get(candidate_id)
        return None if row is None else self.profiles[row]

    def _has(self, skill: str) -> np.ndarray:
        dense = self._dense.get(skill)
        if dense is None:
            dense = np.zeros(self._capacity, dtype=bool)
            rows = self._postings.get(skill)
            if rows:
                dense[np.fromiter(rows, dtype=np.int64, count=len(rows))] = True
            self._dense[skill] = dense
        return dense[: self._size]

    def _ranks(self) -> np.ndarray:
        if self._name_rank is None:
            order = sorted(range(self._size), key=lambda r: (self._names[r], int(self.ids[r])))
            ranks = np.empty(self._size, dtype=np.int64)
            ranks[np.asarray(order, dtype=np.int64)] = np.arange(self._size, dtype=np.int64)
            self._name_rank = ranks
        return self._name_rank

    # -- scoring --------------------------------------------------------------------------------------------
    def criterion_scores(self, position: PositionProfile) -> tuple[dict[str, np.ndarray | None], np.ndarray]:
        """Each criterion's scores (NaN = unknown; None = unknown for every row) and the must-have flags."""
        n = self._size
        capped = np.zeros(n, dtype=bool)
        scores = {"skills": self._skills(position, capped), "years": self._years(position),
                  "salary": self._salary(position), "location": self._location(position),
                  "education": self._education(position), "availability": self._availability(),
                  "culture": self._culture(position)}
        return scores, capped

    def totals(self, position: PositionProfile) -> tuple[np.ndarray, np.ndarray]:
        """The total 0..100 of every row (as the reference ``score`` computes it) and the must-have flags."""
        weights = effective_weights(position.weights)
        scores, capped = self.criterion_scores(position)
        n = self._size
        numerator = np.zeros(n, dtype=_F)
        known_weight = np.zeros(n, dtype=_F)
        for key in weights:  # the order of CRITERIA, as in matching.score: the same sums to the last bit
            s = scores[key]
            if s is None or weights[key] == 0.0:  # unknown for all, or weighs nothing: adds 0.0 to both sums
                continue
            known = ~np.isnan(s)
            known_weight += known * weights[key]  # w where known, else 0.0: adding 0.0 changes nothing
            numerator += np.nan_to_num(s * weights[key], nan=0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            total = np.floor(100 * numerator / known_weight + 0.5)
        total[~(known_weight > 0)] = 0.0
        np.minimum(total, MUST_HAVE_CAP, out=total, where=capped)
        return np.clip(total, 0, 100).astype(np.int64), capped

    def rank(self, position: PositionProfile, keep: np.ndarray | None = None, top: int | None = None,
             by_name: bool = False, reverse: bool = False) -> Ranking:
        """Rows best first (ties by name, then id) — or by name — ``reverse`` flips the order; ``keep``
        (bool per candidate, see :meth:`mask`) filters."""
        total, capped = self.totals(position)
        chosen = self.alive[: self._size].copy()
        if keep is not None:
            chosen &= keep
        rows = np.flatnonzero(chosen)
        names = self._ranks()[rows]
        key = names if by_name else (100 - total[rows]) * (self._size + 1) + names
        if reverse:
            key = -key
        if top is not None and top < len(rows):
            part = np.argpartition(key, top)[:top]
            rows, key = rows[part], key[part]
        order = rows[np.argsort(key, kind="stable")]
        return Ranking(self.ids[order], total[order], capped[order])

    def mask(self, candidate_ids: Iterable[int]) -> np.ndarray:
        """A ``keep`` mask selecting the given candidates."""
        keep = np.zeros(self._size, dtype=bool)
        rows = [self._row_of[c] for c in candidate_ids if c in self._row_of]
        keep[np.asarray(rows, dtype=np.int64)] = True
        return keep

    def city_mask(self, city: str) -> np.ndarray:
        return self.city[: self._size] == self._cities.get(mc.city_key(city))

    # -- the criteria, vectorised --------------------------------------------------------------------------
    def _skills(self, position: PositionProfile, capped: np.ndarray) -> np.ndarray:
        reqs = mc.skill_requirements(position)
        if not reqs:
            return None
        total = sum(r.weight for r in reqs.values())
        matched = np.zeros(self._size, dtype=_F)
        for key, req in reqs.items():
            has = self._has(key)
            matched += np.where(has, float(req.weight), 0.0)
            if req.must_have:
                capped |= ~has
        return matched / total

    def _years(self, position: PositionProfile) -> np.ndarray:
        lo, hi = position.min_years, position.max_years
        y = self.years[: self._size]
        if lo is None and hi is None:
            return None
        out = np.ones(self._size, dtype=_F)
        below = np.zeros(self._size, dtype=bool)
        if lo is not None:
            below = y < lo
            half = lo / 2
            value = np.maximum(0.0, np.minimum(1.0, (y - half) / half)) if half > 0 else np.zeros(self._size)
            out = np.where(below, value, out)
        if hi is not None:
            above = (y > hi) & ~below
            out = np.where(above, np.maximum(0.6, 1.0 - 0.1 * (y - hi)), out)
        return np.where(np.isnan(y), _NAN, out)

    def _converted(self, amounts: np.ndarray, target: str) -> np.ndarray:
        """Amounts in the budget's currency (NaN when a currency has no reference rate)."""
        out = np.full(self._size, _NAN)
        codes = self.currency[: self._size]
        for currency, code in self._currencies.codes.items():
            rows = codes == code
            if not rows.any():
                continue
            if currency == target:
                out[rows] = amounts[rows]
            elif currency in RATES_TO_CNY and target in RATES_TO_CNY:
                out[rows] = np.round(amounts[rows] * RATES_TO_CNY[currency] / RATES_TO_CNY[target])
        return out

    def _salary(self, position: PositionProfile) -> np.ndarray:
        bmin, bmax = position.budget_min_annual, position.budget_max_annual
        n = self._size
        if bmin is None and bmax is None:
            return None
        target = position.currency.strip().upper()
        raw_e, raw_b = self.expected[:n], self.bottom[:n]
        exp, bottom = self._converted(raw_e, target), self._converted(raw_b, target)
        has_e, has_b = ~np.isnan(exp), ~np.isnan(bottom)
        lost = (~np.isnan(raw_e) & ~has_e) | (~np.isnan(raw_b) & ~has_b)
        if bmax is None:
            fits = np.ones(n, dtype=bool)
            out = np.ones(n, dtype=_F)
        else:
            below_min = has_e & (exp < bmin) if bmin is not None else np.zeros(n, dtype=bool)
            fits = below_min | (has_e & (exp <= bmax))
            negotiable = ~fits & has_b & (bottom <= bmax)
            out = np.where(fits, 1.0, np.where(negotiable, 0.6, 0.0))
        return np.where((~has_e & ~has_b) | lost, _NAN, out)

    def _location(self, position: PositionProfile) -> np.ndarray:
        n = self._size
        if position.remote:
            return np.ones(n, dtype=_F)
        pkey = mc.city_key(position.city)
        if pkey is None:
            return None
        city = self.city[:n]
        scores = mc.LOCATION_SCORES
        other = scores["hybrid"] if position.hybrid else scores["other"]
        out = np.where(city == self._cities.get(pkey), scores["same"],
                       np.where(self.relocate[:n] == 1, scores["relocate"], other))
        return np.where(city < 0, _NAN, out)

    def _education(self, position: PositionProfile) -> np.ndarray:
        n = self._size
        needs_level = position.education_level in mc.EDUCATION_RANK
        if not needs_level and not position.languages:
            return None
        total = np.zeros(n, dtype=_F)
        count = np.zeros(n, dtype=_F)
        if needs_level:
            required = position.education_level
            table = np.array([0.0] + [mc.education_level_score(required, level)  # index 0: unknown
                                      for level in sorted(mc.EDUCATION_RANK, key=mc.EDUCATION_RANK.get)])
            edu = self.edu[:n]
            total = total + table[edu + 1]  # 0.0 + x == x: as the reference's sum
            count += edu >= 0
        if position.languages:
            langs = self.langs[:n]
            have = np.zeros(n, dtype=_F)
            for language in position.languages:
                code = self._languages.get(language)
                if code >= 0:
                    have += ((langs >> np.uint64(min(code, 63))) & np.uint64(1)).astype(_F)
            known = self.n_langs[:n] > 0
            total = np.where(known, total + have / len(position.languages), total)
            count += known
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(count > 0, total / count, _NAN)

    def _availability(self) -> np.ndarray:
        """Depends on the candidate only: computed once per change of the index."""
        if self._availability_cache is None or len(self._availability_cache) != self._size:
            self._availability_cache = self._compute_availability()
        return self._availability_cache

    def _compute_availability(self) -> np.ndarray:
        n = self._size
        notice = self.notice[:n]
        steps = np.full(n, mc.NOTICE_LONG)
        for limit, value in reversed(mc.NOTICE_STEPS):
            steps = np.where(notice <= limit, value, steps)
        now = self.status_now[:n]
        first = np.where(now, 1.0, np.where(np.isnan(notice), _NAN, steps))
        intent = self.intention[:n]
        known_1, known_2 = ~np.isnan(first), ~np.isnan(intent)
        total = np.where(known_1, 0 + np.where(known_1, first, 0.0), 0.0)
        total = np.where(known_2, total + np.where(known_2, intent, 0.0), total)
        count = known_1.astype(_F) + known_2
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(count > 0, total / count, _NAN)

    def _culture(self, position: PositionProfile) -> np.ndarray:
        n = self._size
        if not position.culture:
            return None
        offered = 0
        for key in position.culture:
            offered |= 1 << self._concepts.codes[key]
        conflicting = 0  # the concepts that oppose something the company offers
        for bit in range(len(self._opposes)):
            if int(self._opposes[bit]) & offered:
                conflicting |= 1 << bit
        wanted = self.wanted[:n]
        o, c = np.uint64(offered), np.uint64(conflicting)
        matched = np.bitwise_count(wanted & o).astype(_F)
        conflicted = np.bitwise_count(wanted & c).astype(_F)
        missing = np.bitwise_count(wanted & ~o & ~c).astype(_F)
        size = self.n_wanted[:n].astype(_F)
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.maximum(0.0, np.minimum(1.0, (matched + 0.5 * missing - conflicted) / size))
        return np.where(size > 0, value, _NAN)
