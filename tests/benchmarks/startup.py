"""Cold start of the window: time to first paint and time to data shown (a benchmark, not a test).

Run from the repository root: ``python tests/benchmarks/startup.py [--runs 7] [--keep]``.

The demo agency is loaded once into a temporary data folder with ``hhdesk load-demo`` (so no first-run
prompt appears); then the app is started ``--runs`` times, each in a fresh interpreter with
``QT_QPA_PLATFORM=offscreen`` and ``HHDESK_BENCH_STARTUP=1``. Each run goes through a small bootstrap
(``python -c``) that takes ``t0`` before anything of hhdesk is imported, creates the ``QApplication``
itself (``run_gui`` reuses ``QApplication.instance()``), installs an event filter catching the first
paint of the main window or any of its children, polls every 5 ms until the candidates table has rows,
prints both figures as JSON and quits. It then calls ``hhdesk.cli.main`` — the same path as
``python -m hhdesk --data-dir DIR``.

It also lists the heavy modules (SQLAlchemy, Alembic, reportlab, pdfminer, pypdfium2, docx2python) that
were already imported at the first paint: the issue asks for none ("nothing heavy imported before the
window shows") and for a first paint within 0.6 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_FIRST_PAINT = 0.6
HEAVY = ("sqlalchemy", "alembic", "reportlab", "pdfminer", "pypdfium2", "docx2python")
TIMEOUT = 60.0

BOOTSTRAP = r"""
import time
t0 = time.perf_counter()
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HEAVY = %(heavy)r
app = QApplication(["hhdesk"] + sys.argv[1:])
result = {"first_paint": None, "data_shown": None, "heavy_at_first_paint": None, "modules_at_first_paint": None}


def main_window():
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow":
            return widget
    return None


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if result["first_paint"] is None and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            if type(obj.window()).__name__ == "MainWindow":
                result["first_paint"] = time.perf_counter() - t0
                loaded = sorted({name.split(".")[0] for name in sys.modules})
                result["heavy_at_first_paint"] = [m for m in HEAVY if m in loaded]
                result["modules_at_first_paint"] = len(sys.modules)
        return False


spy = FirstPaint()
app.installEventFilter(spy)
deadline = t0 + %(timeout)r


def poll():
    window = main_window()
    page = getattr(window, "candidates_page", None) if window is not None else None
    if page is not None and page.model.rowCount() > 0 and result["first_paint"] is not None:
        result["data_shown"] = time.perf_counter() - t0
    elif time.perf_counter() < deadline:
        return
    timer.stop()
    app.removeEventFilter(spy)
    sys.stdout.write("BENCH " + json.dumps(result) + "\n")
    sys.stdout.flush()
    if window is not None:
        window.close()
    app.quit()


timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(poll)
timer.start()

from hhdesk.cli import main

raise SystemExit(main(sys.argv[1:]))
"""


PLATFORM = "offscreen"


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=PLATFORM, HHDESK_BENCH_STARTUP="1")
    for name in ("HHDESK_DATA_DIR", "HHDESK_DATABASE_URL"):  # never touch the user's own data
        env.pop(name, None)
    return env


def prepare(data_dir: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "hhdesk", "--data-dir", str(data_dir), "load-demo"],
                          cwd=REPO, env=bench_env(), capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        sys.exit(f"load-demo failed ({proc.returncode}):\n{proc.stderr}")
    print(proc.stdout.strip())


def one_run(data_dir: Path) -> dict | None:
    code = BOOTSTRAP % {"heavy": HEAVY, "timeout": TIMEOUT}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir)],
                          cwd=REPO, env=bench_env(), capture_output=True, text=True, timeout=TIMEOUT + 30)
    wall = time.perf_counter() - started
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            result = json.loads(line[len("BENCH "):])
            result["wall"] = wall
            result["returncode"] = proc.returncode
            return result
    print(f"  run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}", file=sys.stderr)
    return None


def fmt(value: float | None) -> str:
    return "   —  " if value is None else f"{value * 1000:6.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="how many cold starts (default 7)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin (default offscreen; 'xcb' with $DISPLAY set measures a real X "
                             "server such as Xvfb)")
    args = parser.parse_args()
    global PLATFORM  # noqa: PLW0603
    PLATFORM = args.platform

    tmp = Path(tempfile.mkdtemp(prefix="hhdesk-bench-startup-"))
    data_dir = tmp / "data"
    try:
        prepare(data_dir)
        one_run(data_dir)  # warm the OS file cache and .pyc files; not counted
        results = []
        for i in range(args.runs):
            r = one_run(data_dir)
            if r is None:
                continue
            results.append(r)
            if r["data_shown"] is None:
                print(f"  run {i + 1}: data never shown within {TIMEOUT:.0f} s", file=sys.stderr)
            print(f"  run {i + 1}: first paint {fmt(r['first_paint'])} ms, data shown {fmt(r['data_shown'])} ms, "
                  f"heavy at first paint: {', '.join(r['heavy_at_first_paint'] or []) or 'none'}")
        if not results:
            print("no successful run")
            return 0
        print()
        print(f"platform: {PLATFORM}")
        print(f"{'measure (ms)':<22}{'median':>8}{'min':>8}{'max':>8}   runs={len(results)}")
        for key, label in (("first_paint", "first paint"), ("data_shown", "data shown"),
                           ("wall", "process wall time")):
            values = [r[key] for r in results if r[key] is not None]
            if not values:
                print(f"{label:<22}{'—':>8}{'—':>8}{'—':>8}")
                continue
            print(f"{label:<22}{statistics.median(values) * 1000:8.0f}{min(values) * 1000:8.0f}"
                  f"{max(values) * 1000:8.0f}")
        heavy = sorted({m for r in results for m in (r["heavy_at_first_paint"] or [])})
        median_paint = statistics.median([r["first_paint"] for r in results if r["first_paint"] is not None] or [0])
        print()
        print(f"heavy modules imported at first paint: {', '.join(heavy) if heavy else 'none'} "
              f"(target: none — {'MISSES' if heavy else 'meets'})")
        print(f"modules in sys.modules at first paint (median): "
              f"{statistics.median([r['modules_at_first_paint'] or 0 for r in results]):.0f}")
        verdict = "meets" if median_paint <= TARGET_FIRST_PAINT else "MISSES"
        print(f"target first paint <= {TARGET_FIRST_PAINT * 1000:.0f} ms: {verdict} "
              f"(median {median_paint * 1000:.0f} ms)")
    finally:
        if args.keep:
            print(f"data folder kept: {data_dir}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
