"""Update the Chinese translation of the window: extract the messages, then compile them for Qt.

Usage: python scripts/update_translations.py [--no-release]

1. ``pyside6-lupdate`` reads every translatable string in ``hhdesk/ui/*.py``, ``hhdesk/app.py``, the
   modules of ``hhdesk/core`` that mark messages (context "Core", see ``hhdesk/core/i18n.py``) and
   ``forms/*.ui`` (``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``,
   ``QT_TRANSLATE_NOOP("Context", "…")`` and Designer's strings) into
   ``resources/translations/hhdesk_zh_CN.ts``. Translations already there are kept; new messages arrive
   marked unfinished, and messages no longer in the code are dropped (``-no-obsolete``).
2. Translate the new messages: open the .ts in Qt Linguist (``pyside6-linguist``) or edit the XML, and
   remove ``type="unfinished"`` from each message you translated. Keep ``%1``…``%9`` (and the core's
   ``{name}`` placeholders exactly as they are) and write a keyboard
   accelerator at the end in parentheses with the English letter ("候选人(&N)" for "Ca&ndidates").
3. Run this script again: ``pyside6-lrelease`` compiles the .ts into ``hhdesk_zh_CN.qm``, the file the
   application loads (``hhdesk/app.py``). ``--no-release`` stops after step 1.

Commit both files: ``tests/test_translations_fresh.py`` fails when the .ts misses a message of the code,
has an unfinished one, or when the .qm was not compiled from the committed .ts.
Try the result with ``HHDESK_UI_LANGUAGE=zh hhdesk --demo``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "hhdesk_zh_CN.ts"
QM_FILE = TRANSLATIONS / "hhdesk_zh_CN.qm"
TARGET_LANGUAGE = "zh_CN"


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease): next to this Python, else on PATH.

    FileNotFoundError when it is not installed."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found next to {sys.executable} or on PATH: pip install PySide6")
    return found


_MARKED = re.compile(r"QT_TRANSLATE_NOOP\(\s*[\"']")


def sources() -> list[Path]:
    """Every file with translatable strings, relative to the repository (the .ts records relative paths).

    Of the core (which has no Qt), only the modules that mark messages with ``QT_TRANSLATE_NOOP("Core", …)``
    (see ``hhdesk/core/i18n.py``)."""
    core = [f for f in sorted((ROOT / "hhdesk" / "core").rglob("*.py"))
            if _MARKED.search(f.read_text(encoding="utf-8"))]
    files = [*sorted((ROOT / "hhdesk" / "ui").glob("*.py")), ROOT / "hhdesk" / "app.py", *core,
             *sorted((ROOT / "forms").glob("*.ui"))]
    return [f.relative_to(ROOT) for f in files]


def lupdate(ts_file: Path = TS_FILE) -> None:
    """Extract the messages into ``ts_file`` (created, or updated keeping its translations)."""
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-source-language", "en",
                    "-target-language", TARGET_LANGUAGE, "-ts", str(ts_file)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    """Compile ``ts_file`` into ``qm_file`` (unfinished messages are left out of it)."""
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract the window's messages into the .ts, compile the .qm.")
    parser.add_argument("--no-release", action="store_true", help="update the .ts only")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate()
    text = TS_FILE.read_text(encoding="utf-8")
    messages, unfinished = text.count("<message"), text.count('type="unfinished"')
    print(f"{TS_FILE.relative_to(ROOT)}: {messages} messages, {unfinished} unfinished")
    if not args.no_release:
        lrelease()
        print(f"{QM_FILE.relative_to(ROOT)} compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
