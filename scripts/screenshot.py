"""Render the README screenshot of the main window from the demo agency: docs/screenshot-main-window.png.

Usage: python scripts/screenshot.py [--tab companies|candidates|match] [--out PATH] [--size 1320x820]

The demo agency is loaded into a throw-away data folder, the window is started in-process through
``hhdesk.app.run_gui`` on Qt's offscreen platform (the QApplication is created here first, so run_gui
reuses it), and a timer waits until the data is shown, switches to the requested tab, waits for its
content (the ranking filled and its first row selected on the Match tab; the first position selected on
the Companies tab; the first candidate opened on the Candidates tab), clears the status bar (it names the
temporary folder) and saves ``window.grab()``. Chinese text needs a CJK font on the machine
(``apt-get install -y fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "docs" / "screenshot-main-window.png"
TIMEOUT = 60.0
POLL_MS = 20
SETTLE_POLLS = 10  # consecutive quiet polls (≈ 200 ms) before grabbing


def has_cjk_font() -> bool:
    if not shutil.which("fc-list"):
        return True  # cannot tell; assume the platform has one
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(out.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the main-window screenshot from the demo agency.")
    parser.add_argument("--tab", choices=("companies", "candidates", "match"), default="match")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--size", default="1320x820", help="window size WIDTHxHEIGHT (default 1320x820)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("HHDESK_DATA_DIR", "HHDESK_DATABASE_URL"):  # never touch the user's own data
        os.environ.pop(name, None)
    if not has_cjk_font():
        print("warning: no CJK font found (fc-list :lang=zh); Chinese will render as boxes. "
              "Install one: apt-get install -y fonts-noto-cjk", file=sys.stderr)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")  # the same look on every machine

    from hhdesk.app import run_gui

    tmp = Path(tempfile.mkdtemp(prefix="hhdesk-screenshot-"))
    data_dir = tmp / "data"
    state: dict[str, object] = {"phase": "wait-data", "quiet": 0, "error": None}
    deadline = time.monotonic() + TIMEOUT

    def window():  # noqa: ANN202
        return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)

    def busy(win) -> bool:  # noqa: ANN001
        tasks = getattr(win, "_tasks", None)
        return tasks is None or tasks.busy

    def tab_ready(win) -> bool:  # noqa: ANN001
        if args.tab == "match":
            table = win.match_page.ui.ranking_table
            return win.match_page.model.rowCount() > 0 and bool(table.selectionModel().selectedRows())
        if args.tab == "candidates":
            page = win.candidates_page
            return page.ui.detail_stack.currentWidget() is page.ui.detail_page
        page = win.companies_page
        return page.ui.editor_stack.currentWidget() is page.position_form

    def open_tab(win) -> None:  # noqa: ANN001
        tabs = win.ui.main_tabs
        if args.tab == "match":
            tabs.setCurrentWidget(win.match_page)
        elif args.tab == "candidates":
            tabs.setCurrentWidget(win.candidates_page)
            win.candidates_page.ui.candidate_table.selectRow(0)
        else:
            tabs.setCurrentWidget(win.companies_page)
            page = win.companies_page
            if page.current_form() is None:
                page.ui.company_table.selectRow(0)
            elif page.ui.position_list.count():
                page.ui.position_list.setCurrentRow(0)

    def step() -> None:
        win = window()
        if time.monotonic() > deadline:
            state["error"] = f"timed out in phase {state['phase']}"
            finish(win)
            return
        if win is None:
            return
        if state["phase"] == "wait-data":
            if win.candidates_page.model.rowCount() > 0 and not busy(win):
                win.resize(width, height)
                open_tab(win)
                state["phase"] = "wait-tab"
            return
        if state["phase"] == "wait-tab":
            if not tab_ready(win) and not busy(win):
                open_tab(win)  # the Companies tab takes two steps: a company, then its first position
            if tab_ready(win) and not busy(win):
                state["quiet"] = int(state["quiet"]) + 1
            else:
                state["quiet"] = 0
            if int(state["quiet"]) >= SETTLE_POLLS:
                win.statusBar().clearMessage()
                app.processEvents()
                args.out.parent.mkdir(parents=True, exist_ok=True)
                pixmap = win.grab()
                if not pixmap.save(str(args.out)):
                    state["error"] = f"could not write {args.out}"
                else:
                    print(f"{args.out} ({pixmap.width()}×{pixmap.height()}, tab {args.tab})")
                finish(win)

    def finish(win) -> None:  # noqa: ANN001
        timer.stop()
        if win is not None:
            win.close()
        app.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(step)
    timer.start()
    try:
        from hhdesk.app import load_demo
        from hhdesk.core.paths import resolve_data_dir
        from hhdesk.core.services import build_services

        data_dir = resolve_data_dir(data_dir)
        services = build_services(data_dir)
        try:
            load_demo(services)
        finally:
            services.close()
        run_gui(data_dir, demo=False, first_run_prompt=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if state["error"]:
        print(f"screenshot failed: {state['error']}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
