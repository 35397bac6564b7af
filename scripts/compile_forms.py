"""Regenerate hhdesk/ui/forms/ui_*.py from forms/*.ui with pyside6-uic (-a: no auto-connection).

Usage: python scripts/compile_forms.py [OUTPUT_DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return [exe]


def compile_forms(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sorted((ROOT / "forms").glob("*.ui")):
        target = out_dir / f"ui_{ui.stem}.py"
        subprocess.run([*uic_command(), "-a", str(ui), "-o", str(target)], check=True)
        written.append(target)
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "hhdesk" / "ui" / "forms"
    for path in compile_forms(out):
        print(path.relative_to(out.parent.parent) if out.is_relative_to(ROOT) else path)
