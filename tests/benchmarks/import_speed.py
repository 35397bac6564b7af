"""Import speed: parse + store one typical 2-page PDF (median), and a batch of 200 resume files.

Run from the repository root: ``python tests/benchmarks/import_speed.py``. Targets (issue 4):
≤ 100 ms median for one PDF, ≤ 20 s for 200 files on 2 cores. Everything happens in temporary folders;
the batch uses copies of the shared corpus with one byte appended, so every file hash differs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hhdesk.core.parsing.resume_parser import parse_resume  # noqa: E402
from hhdesk.core.services import build_services  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "resumes"


def _two_page_pdf(path: Path) -> Path:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [Paragraph("Maria Gonzalez", styles["Title"]),
             Paragraph("maria@example.org | (415) 555-0142 | Location: Seattle", styles["Normal"]),
             Paragraph("EXPERIENCE", styles["Heading2"])]
    for year in range(2022, 2010, -2):
        story.append(Paragraph(f"Senior Engineer, Company {year} Inc., Seattle, Mar {year - 2} – Feb {year}",
                               styles["Heading4"]))
        story.extend(Paragraph("Built and ran services in Python, Go and PostgreSQL on Kubernetes; led a team "
                               "of five engineers and cut costs by a fifth.", styles["Normal"]) for _ in range(3))
        if year == 2016:
            story.append(PageBreak())
    story += [Paragraph("EDUCATION", styles["Heading2"]),
              Paragraph("Bachelor of Science in Computer Science, University of Washington", styles["Normal"]),
              Paragraph("SKILLS", styles["Heading2"]), Paragraph("Python, Go, SQL, Docker, AWS", styles["Normal"])]
    SimpleDocTemplate(str(path)).build(story)
    return path


def single_pdf(folder: Path, runs: int = 21) -> tuple[float, float]:
    """Median ms to parse, and to parse + store, a 2-page PDF (a fresh copy per run: no duplicate hits)."""
    source = _two_page_pdf(folder / "typical.pdf")
    services = build_services(folder / "data")
    parse_times, import_times = [], []
    try:
        for run in range(runs):
            copy = folder / f"typical_{run}.pdf"
            copy.write_bytes(source.read_bytes() + b"\n%" + str(run).encode())
            started = time.perf_counter()
            parse_resume(copy)
            parse_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            outcome = services.candidates.import_resume(copy)
            import_times.append(time.perf_counter() - started)
            assert outcome.status in ("created", "attached"), outcome  # copies are one person
    finally:
        services.close()
    return statistics.median(parse_times[1:]) * 1000, statistics.median(import_times[1:]) * 1000


def batch(folder: Path, count: int) -> tuple[float, int]:
    """Seconds to import ``count`` files sequentially through the service (parse + store, one transaction
    per file) — the path the GUI's import worker takes."""
    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in (".pdf", ".docx"))
    files = []
    for index in range(count):
        source = sources[index % len(sources)]
        copy = folder / f"b{index:03d}{source.suffix}"
        shutil.copyfile(source, copy)
        with copy.open("ab") as fh:
            fh.write(b"\n%" + str(index).encode())  # PDF and ZIP readers both ignore trailing bytes
        files.append(copy)
    services = build_services(folder / "batch-data")
    started = time.perf_counter()
    try:
        outcomes = [services.candidates.import_resume(path) for path in files]
    finally:
        services.close()
    return time.perf_counter() - started, sum(o.status in ("created", "attached") for o in outcomes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hhdesk-speed-") as tmp:
        folder = Path(tmp)
        parse_ms, import_ms = single_pdf(folder)
        print(f"2-page PDF: parse {parse_ms:.0f} ms, parse + store {import_ms:.0f} ms median (target ≤ 100 ms)")
        if not CORPUS.is_dir():
            print(f"corpus not found at {CORPUS}; batch skipped")
            return 0
        seconds, created = batch(folder, args.count)
        print(f"batch of {args.count} files, one process: {seconds:.1f} s, {created} stored (target ≤ 20 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
