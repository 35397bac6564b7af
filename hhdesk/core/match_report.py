"""``hhdesk match``: a ranking printed as a table or as JSON (the window's Match tab, without the window)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from hhdesk.core.matching import MatchResult

if TYPE_CHECKING:
    from hhdesk.core.services import Services


def result_json(result: MatchResult) -> dict[str, object]:
    return {"total": result.total, "known_share": round(result.known_share, 3),
            "capped_by_missing_must_haves": list(result.capped_by),
            "criteria": [{"key": c.key, "weight": c.weight,
                          "score": None if c.score is None else round(c.score, 4), "sentence": c.explanation}
                         for c in result.criteria]}


def print_match(services: Services, position_id: int | None, candidate_id: int | None, top: int | None,
                lang: str, as_json: bool) -> int:
    """Print the ranking; ``top`` None means everyone. Unknown ids raise NotFoundError."""
    if position_id is not None:
        ranked = services.matches.rank(position_id, lang, top=top)
        rows = [{"candidate_id": r.candidate.id, "name": r.candidate.full_name, "stage": r.stage,
                 **result_json(r.result)} for r in ranked]
        heading = ("candidate", "name")
    else:
        assert candidate_id is not None
        positions = services.matches.rank_positions(candidate_id, lang)[:top]
        rows = [{"position_id": r.position.id, "title": r.position.title, "company": r.position.company_name,
                 "stage": r.stage, **result_json(r.result)} for r in positions]
        heading = ("position", "title")
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for i, row in enumerate(rows, start=1):
        ident = row.get("candidate_id", row.get("position_id"))
        label = row.get("name") or f"{row.get('title')} — {row.get('company')}"
        print(f"{i:>3}. {row['total']:>3}  #{ident} {label}" + (f"  [{row['stage']}]" if row["stage"] else ""))
        for c in row["criteria"]:  # type: ignore[union-attr]
            score = "  ?" if c["score"] is None else f"{round(c['score'] * 100):>3}"
            print(f"       {score}  {c['key']:<12} {c['sentence']}")
    if not rows:
        print(f"No {heading[0]}s to rank.")
    return 0
