"""Test set-up shared by every test: headless Qt, and never the user's real data folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before any Qt import (Picard's habit): tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HHDESK_DATABASE_URL", None)
os.environ["HHDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="hhdesk-test-home-")

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"

_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus) -> None:  # noqa: ANN001
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config) -> None:  # noqa: ANN001
    # PySide6 sometimes crashes while the interpreter tears down Qt objects after the last test (exit 139
    # with every test passed). The results are final here, so leave with pytest's own status instead.
    if _EXIT_STATUS and "PySide6.QtWidgets" in __import__("sys").modules:
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
