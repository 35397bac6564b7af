"""Which dropped paths are resumes to import."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".doc", ".txt", ".rtf"})


def expand_resume_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given (whatever their type: a bad one is reported by the import), folders opened
    recursively for resume files, in name order; hidden files and folders skipped."""
    files: list[Path] = []
    for path in (Path(p) for p in paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RESUME_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            files.append(path)
    return files
