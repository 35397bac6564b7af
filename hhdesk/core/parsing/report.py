"""The ``hhdesk parse`` report: parse resume files and print their fields, as JSON or as text."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from hhdesk.core.parsing.resume_parser import ParsedResume, parse_resume
from hhdesk.core.parsing.text_extract import ResumeReadError

__all__ = ["parse_report", "print_parse_report"]

REPORT_FIELDS = ("full_name", "email", "phone", "city", "current_title", "current_company", "years_experience",
                 "education_level", "school", "skills")


def _fields(parsed: ParsedResume) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(parsed, name) for name in REPORT_FIELDS}
    out["skills"] = list(parsed.skills)
    return out


def parse_report(files: list[Path], region: str = "CN") -> list[dict[str, Any]]:
    """One ``{"file", "ok", "error", "fields"}`` entry per file; a file that cannot be read gets ``ok`` false
    and the reason in ``error``. Never raises for a bad file."""
    report = []
    for path in files:
        try:
            parsed = parse_resume(path, region)
        except ResumeReadError as exc:
            report.append({"file": str(path), "ok": False, "error": exc.message, "fields": None})
        except Exception as exc:  # the command must finish the batch whatever one file does
            report.append({"file": str(path), "ok": False, "error": f"unexpected error ({type(exc).__name__})",
                           "fields": None})
        else:
            report.append({"file": str(path), "ok": True, "error": None, "fields": _fields(parsed)})
    return report


def print_parse_report(files: list[Path], as_json: bool, region: str = "CN", out: TextIO | None = None) -> int:
    """Print the report for ``files`` (JSON array, or a readable summary) and return the exit code, 0."""
    stream = out or sys.stdout
    report = parse_report(files, region)
    if as_json:
        json.dump(report, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return 0
    for entry in report:
        stream.write(f"{entry['file']}\n")
        if not entry["ok"]:
            stream.write(f"  error: {entry['error']}\n\n")
            continue
        for name, value in entry["fields"].items():
            shown = ", ".join(value) if isinstance(value, list) else value
            stream.write(f"  {name.replace('_', ' ')}: {shown if shown not in (None, '') else '-'}\n")
        stream.write("\n")
    failed = sum(not e["ok"] for e in report)
    stream.write(f"{len(report)} file(s), {failed} could not be read\n")
    return 0
