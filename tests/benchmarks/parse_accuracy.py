"""Accuracy of the resume parser's contact fields on the shared corpus, against MANIFEST.tsv.

Run from the repository root: ``python tests/benchmarks/parse_accuracy.py [--region CN] [--verbose]``.
The corpus lives beside the repository (``../shared/corpus``); nothing is copied into the repo, and
misses are reported by file name only, so no personal data reaches the terminal log.

Matching: e-mail case-insensitive; phone on the last 10 digits; name case-insensitive, spaces ignored.
Title, company and school: case-insensitive, brackets and punctuation ignored, a hit when one contains the
other and their lengths are within 2x. Years: within 1.5 of the stated number ('5+' means 5 or more, up
to twice that). Education level: the level the manifest's degree names. Skills: the share of the manifest's
top-5 skills found (through the skill vocabulary).
Only rows that state the field (not '-') and do not mask it count towards accuracy; notes the manifest
adds in brackets ('(masked)', '(fake, 13 digits)', a Chinese name after an English one) are cut off, and
template placeholders ('Job title (placeholder)') do not count.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hhdesk.core.parsing.resume_parser import ParsedResume, parse_resume  # noqa: E402
from hhdesk.core.parsing.text_extract import ResumeReadError  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
FIELDS = ("name", "email", "phone", "title", "company", "years", "education", "school", "skills")
_GT_COLUMN = {"title": "gt_title", "company": "gt_employer", "years": "gt_years_experience",
              "education": "gt_highest_degree", "school": "gt_school", "skills": "gt_top5_skills"}
_FUZZY = ("title", "company", "school")
_NOTE = re.compile(r"\s*\((?=[^)]*[A-Za-z\u4e00-\u9fff\\]).*$")


def _truth(row: dict[str, str], field: str) -> str | None:
    """The manifest's value for ``field``, without annotations; ``None`` when absent or masked."""
    value = row[_GT_COLUMN.get(field, f"gt_{field}")].strip()
    if not value or value.startswith("-") or "masked" in value.lower() or "placeholder" in value.lower():
        return None
    if field in ("education", "skills", "years"):
        return value
    value = value.split(";")[0]
    return _NOTE.sub("", value).strip() or None


def _key(field: str, value: str | None) -> str:
    if value is None:
        return ""
    if field == "phone":
        return re.sub(r"\D", "", value)[-10:]
    if field == "name":
        return re.sub(r"\s+", "", value).casefold()
    return value.strip().casefold()


def _predicted(parsed: ParsedResume, field: str) -> str | None:
    return {
        "name": parsed.full_name, "email": parsed.email, "phone": parsed.phone, "title": parsed.current_title,
        "company": parsed.current_company, "school": parsed.school, "education": parsed.education_level,
        "years": None if parsed.years_experience is None else str(parsed.years_experience),
        "skills": "; ".join(parsed.skills) or None,
    }[field]


def _loose(value: str) -> str:
    value = re.sub(r"[(（][^)）]*[)）]", " ", value.casefold())
    return re.sub(r"[^\w\u4e00-\u9fff]+", "", value)


def _degree_level(text: str) -> str | None:
    low = text.casefold()
    for level, words in (("phd", ("ph.d", "phd", "博士", "doctor")),
                         ("master", ("master", "m.sc", "m. sc", "mba", "硕士", "研究生", "m.s.")),
                         ("bachelor", ("bachelor", "b.s.", "bs ", "学士", "本科", "b.sc", "ba "))):
        if any(word in low for word in words):
            return level
    return None


def _score(field: str, truth: str, guess: str | None) -> float:
    """1.0 for a hit, 0.0 for a miss (skills: the share of the top five found)."""
    if field in _FUZZY:
        if not guess:
            return 0.0
        t, g = _loose(truth), _loose(guess)
        if not t or not g:
            return 0.0
        return float((t in g or g in t) and max(len(t), len(g)) <= 2 * min(len(t), len(g)))
    if field == "years":
        number = re.search(r"\d+(?:\.\d+)?", truth)
        if number is None or guess is None:
            return 0.0
        stated, found = float(number.group()), float(guess)
        if re.search(r"\d\+", truth):
            return float(stated - 1.5 <= found <= 2 * stated)
        return float(abs(found - stated) <= 1.5)
    if field == "education":
        return float(guess is not None and _degree_level(truth) == guess)
    if field == "skills":
        from hhdesk.core.skills import default_vocabulary

        vocab = default_vocabulary()
        wanted = [w.strip() for w in re.sub(r"\([^)]*\)", "", truth).split(";") if w.strip()]
        found = {x.casefold() for x in (guess or "").split("; ")}
        hits = sum((vocab.canonical(w) or w).casefold() in found for w in wanted)
        return hits / len(wanted) if wanted else 0.0
    return float(_key(field, truth) == _key(field, guess))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--region", default="CN", help="default phone region (default: CN)")
    parser.add_argument("--verbose", action="store_true", help="list the files each field missed")
    args = parser.parse_args()
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        print(f"corpus not found: {manifest}", file=sys.stderr)
        return 2
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))

    stated = dict.fromkeys(FIELDS, 0)
    correct: dict[str, float] = dict.fromkeys(FIELDS, 0.0)
    spurious = dict.fromkeys(FIELDS, 0)
    absent = dict.fromkeys(FIELDS, 0)
    misses: dict[str, list[str]] = {field: [] for field in FIELDS}
    times: list[float] = []
    errors: list[str] = []
    for row in rows:
        started = time.perf_counter()
        try:
            parsed = parse_resume(CORPUS / "resumes" / row["file"], args.region)
        except ResumeReadError as exc:
            errors.append(f"{row['file']}: {exc}")
            continue
        times.append(time.perf_counter() - started)
        for field in FIELDS:
            truth, guess = _truth(row, field), _predicted(parsed, field)
            if field == "education" and truth is not None and _degree_level(truth) is None:
                truth = None
            if truth is not None:
                stated[field] += 1
                score = _score(field, truth, guess)
                correct[field] += score
                if score < 1:
                    misses[field].append(row["file"])
                continue
            column = row[_GT_COLUMN.get(field, f"gt_{field}")].strip()
            if column in ("", "-") or column.startswith("- "):
                absent[field] += 1
                spurious[field] += guess is not None

    print(f"corpus: {CORPUS} ({len(rows)} files, region {args.region})\n")
    print(f"{'field':<10}{'stated':>7}{'correct':>9}{'accuracy':>10}   {'spurious on files without it':>28}")
    for field in FIELDS:
        accuracy = correct[field] / stated[field] if stated[field] else float("nan")
        print(
            f"{field:<10}{stated[field]:>7}{correct[field]:>9.1f}{accuracy:>10.3f}   "
            f"{spurious[field]:>20} of {absent[field]}"
        )
    if times:
        print(
            f"\nmedian parse time per file: {statistics.median(times) * 1000:.0f} ms "
            f"(max {max(times) * 1000:.0f} ms, {len(times)} files)"
        )
    if errors:
        print("\nunreadable:", *errors, sep="\n  ")
    if args.verbose:
        for field in FIELDS:
            if misses[field]:
                print(f"\n{field} missed:", *misses[field], sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
