"""The shortlist PDF: several candidates for one position — a comparison table first, then each candidate's
report, section by section, one after another (a new page for each)."""

from __future__ import annotations

import pathlib
from typing import Any, BinaryIO

from hhdesk.core.reports.recommendation import page_text, report_metadata
from hhdesk.core.reports.report_model import ShortlistInput
from hhdesk.core.reports.report_text import format_date, join, labels, markup

__all__ = ["render_shortlist"]

# Comparison columns (mm; they add up to the content width) and the label of each.
_COLUMNS = (("candidate", 25), ("title_col", 24), ("years_col", 10), ("location", 18), ("availability", 21),
            ("expected_package", 21), ("match_col", 17), ("top_reasons", 38.0))


def _comparison(data: ShortlistInput, styles: Any) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from hhdesk.core.reports.report_styles import CONTENT_WIDTH, RULE

    lab = labels(data.language)
    cell = lambda value, style="cell": styles.para(markup(value) or "—", style)  # noqa: E731
    rows: list[list[Any]] = [[styles.para(markup(lab[key]), "cell_head") for key, _ in _COLUMNS]]
    for item in data.candidates:
        reasons = [styles.para(markup(sentence), "cell_bullet", "•") for sentence in item.highlights[:2]]
        rows.append([cell(item.candidate_name, "job_title"), cell(item.current_title),
                     cell(item.years_experience), cell(item.city),
                     cell(item.availability_short or item.current_status), cell(item.expected_salary),
                     cell(f"{item.match_total}\u00a0/\u00a0100" if item.match_total is not None else "", "cell_strong"),
                     reasons or cell("")])
    widths = [w * mm for _, w in _COLUMNS]
    widths[-1] = CONTENT_WIDTH - sum(widths[:-1])
    style = [("BACKGROUND", (0, 0), (-1, 0), styles.pale), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
             ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    table = styles.table(rows, widths, style, padding=5)
    table.repeatRows = 1
    target = join([data.position_title, data.client_company, data.position_city])
    return [styles.para(markup(lab["shortlist"]), "title"),
            styles.para(f"{markup(lab['for'])}{lab['colon']}{markup(target) or '—'}", "subtitle"),
            Spacer(1, 4 * mm), styles.heading(lab["comparison"]), table]


def render_shortlist(data: ShortlistInput, out: pathlib.Path | BinaryIO) -> None:
    """Render the shortlist as an A4 PDF. Anonymity is the caller's: every candidate input is already
    anonymised when ``data.anonymous``."""
    from reportlab.platypus import PageBreak

    from hhdesk.core.reports.report_page import build_pdf
    from hhdesk.core.reports.report_sections import SectionWriter
    from hhdesk.core.reports.report_styles import report_styles

    styles = report_styles(data.brand_colour)
    lab = labels(data.language)
    story = _comparison(data, styles)
    total = len(data.candidates)
    for index, item in enumerate(data.candidates, 1):
        story.append(PageBreak())
        story += SectionWriter(item, styles).story(lab["candidate_n"].format(n=index, total=total))
    text = page_text(data.language, data.agency_name, data.consultant_name,
                     format_date(data.report_date, data.language), data.client_company, lab["shortlist"],
                     join([lab["shortlist"], data.position_title]), data.agency_contact, data.logo_path)
    meta = report_metadata(data.language, data.agency_name, lab["shortlist"], "", data.position_title)
    build_pdf(str(out) if isinstance(out, pathlib.Path) else out, story, text, styles, meta)  # type: ignore[arg-type]
