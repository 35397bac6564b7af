"""The real start-up path (hhdesk.cli.main → run_gui) in a fresh interpreter, as a user launches it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BOOTSTRAP = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(["hhdesk"])
seen = {"heavy_at_first_paint": None, "rows": 0, "first_run_asked": False}
HEAVY = ("sqlalchemy", "alembic", "reportlab", "pdfminer", "pypdfium2", "docx2python")

import hhdesk.ui.dialogs as dialogs

def ask(cls, parent):
    seen["first_run_asked"] = True
    return ANSWER
dialogs.FirstRunDialog.ask = classmethod(ask)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if seen["heavy_at_first_paint"] is None and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            if type(obj.window()).__name__ == "MainWindow":
                seen["heavy_at_first_paint"] = sorted({n.split(".")[0] for n in sys.modules if n.startswith(HEAVY)})
        return False

spy = FirstPaint()
app.installEventFilter(spy)
ticks = {"n": 0}

def poll():
    ticks["n"] += 1
    window = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
    rows = window.candidates_page.model.rowCount() if window is not None else 0
    enabled = window is not None and window.ui.main_tabs.isEnabled()
    if (enabled and rows > 0) or (enabled and ticks["n"] > 100) or ticks["n"] > 3000:
        seen["rows"] = rows
        timer.stop()
        window.close() if window is not None else app.quit()

timer = QTimer()
timer.timeout.connect(poll)
timer.start(10)
from hhdesk.cli import main
code = main(sys.argv[1:])
print("RESULT " + json.dumps(dict(seen, code=code)))
"""


def launch(args: list[str], answer: bool, tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("HHDESK_DATABASE_URL", "HHDESK_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HHDESK_DATA_DIR"] = str(tmp_path / "home")  # never the user's real folder
    code = BOOTSTRAP.replace("ANSWER", repr(answer))
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def test_demo_launch_paints_before_loading_the_database_and_shows_the_demo(tmp_path: Path) -> None:
    seen = launch(["--data-dir", str(tmp_path / "data"), "--demo"], answer=False, tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["heavy_at_first_paint"] == []
    assert seen["rows"] >= 25
    assert not seen["first_run_asked"]


@pytest.mark.parametrize("answer, expect_rows", [(True, True), (False, False)])
def test_first_run_offers_the_demo(tmp_path: Path, answer: bool, expect_rows: bool) -> None:
    seen = launch(["--data-dir", str(tmp_path / "data")], answer=answer, tmp_path=tmp_path)
    assert seen["first_run_asked"]
    assert (seen["rows"] >= 25) is expect_rows
