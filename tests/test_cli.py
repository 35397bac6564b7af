"""The command line, run as a user would: ``python -m hhdesk ...`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hhdesk import __version__

REPO_ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, data_dir: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HHDESK_DATABASE_URL", "HHDESK_DATA_DIR")}
    if data_dir is not None:
        env["HHDESK_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-m", "hhdesk", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=REPO_ROOT, timeout=timeout, check=False)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hhdesk {__version__}"


def test_help_lists_subcommands() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    for command in ("export-data", "import-data", "load-demo", "--data-dir"):
        assert command in result.stdout


def test_load_demo_export_and_import(tmp_path: Path) -> None:
    demo_dir, out = tmp_path / "demo", tmp_path / "out.json"
    loaded = run("load-demo", data_dir=demo_dir)
    assert loaded.returncode == 0, loaded.stderr
    assert "demo agency" in loaded.stdout
    assert (demo_dir / "hhdesk.sqlite3").is_file()

    exported = run("--data-dir", demo_dir, "export-data", out)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "hhdesk-data"
    assert len(document["tables"]["candidate"]) >= 25
    assert str(sum(len(rows) for rows in document["tables"].values())) in exported.stdout

    other = tmp_path / "other"
    imported = run("--data-dir", other, "import-data", out)
    assert imported.returncode == 0, imported.stderr
    assert (other / "hhdesk.sqlite3").is_file()
    again = tmp_path / "again.json"
    assert run("--data-dir", other, "export-data", again).returncode == 0
    redone = json.loads(again.read_text(encoding="utf-8"))
    assert redone["tables"] == document["tables"]

    refused = run("--data-dir", other, "import-data", out)  # not empty any more, no --replace
    assert refused.returncode != 0
    assert "already holds data" in refused.stderr and "Traceback" not in refused.stderr
    assert run("--data-dir", other, "import-data", "--replace", out).returncode == 0


def _assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[:500]
    assert lines[0].startswith("hhdesk: ")
    assert len(lines[0]) > len("hhdesk: ") + 10


@pytest.mark.parametrize(
    ("name", "content"),
    [("garbage.json", "{not json"), ("other.json", '{"format": "something", "version": 1, "tables": {}}'),
     ("future.json", '{"format": "hhdesk-data", "version": 7, "tables": {}}'), ("missing.json", None)],
)
def test_import_bad_file_fails_with_one_line(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run("--data-dir", tmp_path / "data", "import-data", path)
    _assert_one_line_error(result)


def test_import_foreign_key_violation_fails_with_one_line(tmp_path: Path) -> None:
    document = json.loads((REPO_ROOT / "resources" / "demo" / "demo-agency.json").read_text(encoding="utf-8"))
    document["tables"]["position"][0]["company_id"] = 9999
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("--data-dir", tmp_path / "data", "import-data", path)
    _assert_one_line_error(result)


def test_unknown_subcommand_is_refused(tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path / "data", "frobnicate")
    assert result.returncode != 0
    assert "invalid choice" in result.stderr


def test_import_command_imports_files_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Mei Lin\nmei@example.com\n", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Tom Baker\ntom@example.org\n", encoding="utf-8")
    (folder / "notes.png").write_bytes(b"\x89PNG")  # not a resume type: skipped inside a folder
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    result = run("--data-dir", tmp_path / "data", "import", folder, bad)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("created") for line in lines) == 2
    assert any(line.startswith("failed") and "broken.pdf" in line for line in lines)
    assert lines[-1] == "3 files, 1 failed"


def test_match_prints_the_ranking_as_json_and_as_text(tmp_path: Path) -> None:
    assert run("load-demo", data_dir=tmp_path).returncode == 0
    result = run("match", "--position", "1", "--top", "5", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 5 and [r["total"] for r in rows] == sorted((r["total"] for r in rows), reverse=True)
    first = rows[0]
    assert {"candidate_id", "name", "stage", "total", "known_share", "criteria"} <= set(first)
    assert [c["key"] for c in first["criteria"]] == ["skills", "years", "salary", "location", "education",
                                                     "availability", "culture"]
    assert all(isinstance(c["sentence"], str) and c["sentence"] for c in first["criteria"])
    zh = json.loads(run("match", "--position", "1", "--top", "1", "--json", "--lang", "zh", data_dir=tmp_path).stdout)
    assert any("技能" in c["sentence"] for c in zh[0]["criteria"])
    reverse = json.loads(run("match", "--candidate", str(first["candidate_id"]), "--json", data_dir=tmp_path).stdout)
    assert reverse and {"position_id", "title", "company", "total", "criteria"} <= set(reverse[0])
    text = run("match", "--position", "1", "--top", "2", data_dir=tmp_path).stdout
    assert text.startswith("  1.") and "skills" in text
    missing = run("match", "--position", "999", data_dir=tmp_path)
    assert missing.returncode == 2 and "999" in missing.stderr and "Traceback" not in missing.stderr


def test_report_command_writes_named_and_anonymous_pdfs(tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert run("load-demo", data_dir=tmp_path).returncode == 0
    top = json.loads(run("match", "--position", "1", "--top", "1", "--json", data_dir=tmp_path).stdout)[0]
    named, anonymous = tmp_path / "named.pdf", tmp_path / "anon.pdf"
    result = run("report", "--candidate", str(top["candidate_id"]), "--position", "1", "--lang", "zh",
                 "-o", named, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert top["name"] in "".join(p.extract_text() for p in PdfReader(named).pages)
    result = run("report", "--candidate", str(top["candidate_id"]), "--position", "1", "--anonymous",
                 "-o", anonymous, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(anonymous)
    text = "".join(p.extract_text() for p in reader.pages)
    assert f"HH-{top['candidate_id']:04d}" in text
    assert top["name"] not in text and top["name"] not in str(reader.metadata)  # the assessment names him too
    for bad in (["--candidate", "999", "--position", "1"], ["--position", "1"],
                ["--shortlist", "--position", "1", "--candidates", "a,b"],
                ["--candidate", str(top["candidate_id"]), "--position", "1", "--hide-employer"]):
        failed = run("report", *bad, "-o", tmp_path / "x.pdf", data_dir=tmp_path)
        assert failed.returncode == 2 and failed.stderr.startswith("hhdesk: ") and "Traceback" not in failed.stderr
    assert not (tmp_path / "x.pdf").exists()
