"""Reports carry their own Chinese font: the shipped WenQuanYi Micro Hei comes before any system font."""

from __future__ import annotations

import subprocess
import sys


def test_the_shipped_font_is_used_first() -> None:
    code = ("import os; os.environ.pop('HHDESK_CJK_FONT', None)\n"
            "from hhdesk.core.reports.fonts import BUNDLED, cjk_fonts\n"
            "f = cjk_fonts(); print(f.embedded, f.source == str(BUNDLED), BUNDLED.stat().st_size > 4_000_000)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "True"]
