"""Gates that keep the architecture honest: ruff, a core without Qt, forms compiled from the .ui files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run([ruff, "check", "hhdesk", "tests", "scripts"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_no_qt() -> None:
    code = (
        "import sys, json, pkgutil, importlib, hhdesk.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'hhdesk.core.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "print(json.dumps(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'hhdesk.ui')))))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_window_module_imports_nothing_heavy() -> None:
    """The window must paint before SQLAlchemy, Alembic, reportlab or PDF readers are imported."""
    code = (
        "import sys, json, hhdesk.app, hhdesk.ui.main_window, hhdesk.cli\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'pdfminer', 'pypdfium2', 'docx2python', 'phonenumbers')\n"
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules if n.startswith(heavy)})))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def _strip_header(text: str) -> list[str]:
    skip = ("Created by:", "Qt User Interface Compiler")
    return [line for line in text.splitlines() if not any(s in line for s in skip)]


def test_generated_forms_are_fresh(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from compile_forms import compile_forms
    finally:
        sys.path.pop(0)
    generated = compile_forms(tmp_path)
    assert generated, "no forms/*.ui found"
    committed = ROOT / "hhdesk" / "ui" / "forms"
    for path in generated:
        target = committed / path.name
        assert target.exists(), f"{path.name} is not committed: run python scripts/compile_forms.py"
        assert _strip_header(path.read_text()) == _strip_header(target.read_text()), (
            f"{path.name} is stale: run python scripts/compile_forms.py")
    stray = {p.name for p in committed.glob("ui_*.py")} - {p.name for p in generated}
    assert not stray, f"generated forms without a .ui source: {stray}"


@pytest.mark.parametrize("form", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_forms_name_widgets_in_snake_case(form: Path) -> None:
    import re
    import xml.etree.ElementTree as ET

    tree = ET.parse(form)
    top = tree.getroot().find("widget")
    for widget in tree.getroot().iter("widget"):
        name = widget.get("name", "")
        if widget is top:
            continue
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{form.name}: widget {name!r} is not snake_case"
