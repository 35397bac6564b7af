"""Original resume files, kept content-addressed by SHA-256 under the data folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from hhdesk.core.paths import RESUMES_DIRNAME


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ResumeStore:
    """Copies resumes into ``<data>/resumes/ab/<sha256><ext>`` atomically (temporary file, then rename)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.root = data_dir / RESUMES_DIRNAME

    def relative_path(self, sha256: str, suffix: str) -> str:
        return f"{RESUMES_DIRNAME}/{sha256[:2]}/{sha256}{suffix.lower()}"

    def absolute(self, relative: str) -> Path:
        return self.data_dir / relative

    def put(self, source: Path, sha256: str) -> str:
        """Store a copy of ``source`` (an external drop is always copied); returns its relative path."""
        relative = self.relative_path(sha256, source.suffix)
        target = self.absolute(relative)
        if target.exists():
            return relative
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return relative

    def discard(self, relative: str) -> None:
        """Remove a stored copy (used when the database transaction that referenced it failed)."""
        self.absolute(relative).unlink(missing_ok=True)
