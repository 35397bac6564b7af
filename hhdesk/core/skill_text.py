"""Skills as people type them in a list."""

from __future__ import annotations

import re


def split_skills(text: str) -> list[str]:
    """Skills separated by commas, semicolons, 、, slashes or new lines, in either language."""
    return [p.strip() for p in re.split(r"[,;，；、\n/]+", text) if p.strip()]
