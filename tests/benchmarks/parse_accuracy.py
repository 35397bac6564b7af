"""Accuracy of the resume parser's contact fields on the shared corpus, against MANIFEST.tsv.

Run from the repository root: ``python tests/benchmarks/parse_accuracy.py [--region CN] [--verbose]``.
The corpus lives beside the repository (``../shared/corpus``); nothing is copied into the repo, and
misses are reported by file name only, so no personal data reaches the terminal log.

Matching: e-mail case-insensitive; phone on the last 10 digits; name case-insensitive, spaces ignored.
Only rows that state the field (not '-') and do not mask it count towards accuracy; notes the manifest
adds in brackets ('(masked)', '(fake, 13 digits)', a Chinese name after an English one) are cut off.
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
FIELDS = ("name", "email", "phone")
_NOTE = re.compile(r"\s*\((?=[^)]*[A-Za-z\u4e00-\u9fff\\]).*$")


def _truth(row: dict[str, str], field: str) -> str | None:
    """The manifest's value for ``field``, without annotations; ``None`` when absent or masked."""
    value = row[f"gt_{field}"].strip()
    if not value or value.startswith("-") or "masked" in value.lower():
        return None
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
    return {"name": parsed.full_name, "email": parsed.email, "phone": parsed.phone}[field]


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
    correct = dict.fromkeys(FIELDS, 0)
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
            if truth is not None:
                stated[field] += 1
                if _key(field, truth) == _key(field, guess):
                    correct[field] += 1
                else:
                    misses[field].append(row["file"])
            elif row[f"gt_{field}"].strip() in ("", "-") or row[f"gt_{field}"].startswith("- "):
                absent[field] += 1
                spurious[field] += guess is not None

    print(f"corpus: {CORPUS} ({len(rows)} files, region {args.region})\n")
    print(f"{'field':<7}{'stated':>8}{'correct':>9}{'accuracy':>10}   {'spurious on files without it':>28}")
    for field in FIELDS:
        accuracy = correct[field] / stated[field] if stated[field] else float("nan")
        print(
            f"{field:<7}{stated[field]:>8}{correct[field]:>9}{accuracy:>10.3f}   "
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
