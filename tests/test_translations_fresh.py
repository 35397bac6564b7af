"""The committed Chinese translation matches the code: every message the code has is in the .ts, translated,
with the same placeholders, and the .qm the application loads is the one compiled from that .ts.

Regenerate with ``python scripts/update_translations.py`` (see its docstring).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import update_translations as updater
finally:
    sys.path.pop(0)

PLACEHOLDER = re.compile(r"%[1-9]")
NAMED_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # the core's str.format fields ({low}, {name!r}; hhdesk/core/i18n.py)
ACCELERATOR = re.compile(r"&([^&\s])")


def _messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → the <message> element."""
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or ""):
            message for context in root.iter("context") for message in context.iter("message")}


def _run(step, *args: Path) -> None:  # noqa: ANN001
    try:
        step(*args)
    except FileNotFoundError as exc:
        pytest.fail(f"{exc} — the PySide6 translation tools are needed to check the translation")
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"{' '.join(exc.cmd)} failed:\n{exc.stdout}{exc.stderr}")


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str, str], ET.Element]:
    assert updater.TS_FILE.exists(), "no .ts: run python scripts/update_translations.py"
    return _messages(updater.TS_FILE)


def test_every_message_of_the_code_is_in_the_ts(tmp_path: Path, committed: dict) -> None:
    fresh = tmp_path / "fresh.ts"
    _run(updater.lupdate, fresh)
    found = set(_messages(fresh))
    missing, stale = found - set(committed), set(committed) - found
    assert not missing, f"messages not in the .ts (run python scripts/update_translations.py): {sorted(missing)}"
    assert not stale, f"messages no longer in the code (run python scripts/update_translations.py): {sorted(stale)}"


def test_every_message_is_translated_with_its_placeholders(committed: dict) -> None:
    problems = []
    for (context, source, _comment), message in committed.items():
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type') if translation is not None else 'missing'}")
        elif not (text or "").strip():
            problems.append(f"{where} has an empty translation")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text or "")):
            problems.append(f"{where}: the placeholders differ in {text!r}")
        elif set(NAMED_PLACEHOLDER.findall(source)) != set(NAMED_PLACEHOLDER.findall(text or "")):
            problems.append(f"{where}: the {{name}} placeholders differ in {text!r}")
        elif [a.lower() for a in ACCELERATOR.findall(source.replace("&&", ""))] != [
                a.lower() for a in ACCELERATOR.findall((text or "").replace("&&", ""))]:
            problems.append(f"{where}: the keyboard accelerator differs in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    assert updater.QM_FILE.exists(), "no .qm: run python scripts/update_translations.py"
    compiled = tmp_path / "fresh.qm"
    _run(updater.lrelease, updater.TS_FILE, compiled)
    assert compiled.read_bytes() == updater.QM_FILE.read_bytes(), (
        "the .qm is not compiled from the committed .ts: run python scripts/update_translations.py")
