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
