"""The confidential candidate recommendation PDF an agency sends to its client.

The input (``report_model``) deliberately has no bottom-line salary and no fee: what a client must never see
cannot even be passed in. reportlab is imported lazily (only the standard library at module level), so the
app does not pay for it at start-up.
"""

from __future__ import annotations

import pathlib
from typing import BinaryIO

from hhdesk.core.reports.report_model import CareerLine, CriterionLine, RecommendationInput, ShortlistInput
from hhdesk.core.reports.report_text import clean, format_date, join, labels

__all__ = ["CareerLine", "CriterionLine", "RecommendationInput", "ShortlistInput", "page_text",
           "render_recommendation", "report_metadata"]


def page_text(language: str, agency: str, consultant: str, date_text: str, client: str, report_name: str,
              running_title: str, contact: str, logo_path: str) -> object:
    """The header and footer words (a ``report_page.PageText``)."""
    from hhdesk.core.reports.report_page import PageText

    lab = labels(language)
    return PageText(
        agency=clean(agency), report_name=report_name, date=date_text,
        consultant_line=f"{lab['consultant']}{lab['colon']}{clean(consultant)}" if clean(consultant) else "",
        confidential=lab["confidential"], running_title=running_title,
        contact=clean(contact) or clean(agency),
        footer=lab["footer"].format(agency=clean(agency) or "—", client=clean(client) or "—"),
        page=lab["page"], logo_path=clean(logo_path),
    )


def report_metadata(language: str, agency: str, report_name: str, who: str, position: str) -> object:
    """PDF metadata naming only the agency, the kind of report, the position and ``who`` (a name, or the
    anonymous reference): never contact details, the employer or the consultant."""
    from hhdesk.core.reports.report_page import Metadata

    return Metadata(title=join([report_name, who, position], " – "), author=clean(agency),
                    subject=join([report_name, position], " – "), keywords=join([report_name, position, who], ", "),
                    lang="zh-CN" if language == "zh" else "en")


def render_recommendation(data: RecommendationInput, out: pathlib.Path | BinaryIO) -> None:
    """Render one candidate's recommendation as an A4 PDF to a path or a binary file object.

    Every user-supplied string is escaped, so markup in names or notes prints literally. An anonymous
    input already carries the reference instead of the name and no contact details; the metadata names
    the reference only.
    """
    from hhdesk.core.reports.report_page import build_pdf
    from hhdesk.core.reports.report_sections import SectionWriter
    from hhdesk.core.reports.report_styles import report_styles

    styles = report_styles(data.brand_colour)
    lab = labels(data.language)
    text = page_text(data.language, data.agency_name, data.consultant_name,
                     format_date(data.report_date, data.language), data.client_company, lab["report"],
                     join([data.candidate_name, data.position_title]), data.agency_contact, data.logo_path)
    meta = report_metadata(data.language, data.agency_name, lab["report"], data.candidate_name, data.position_title)
    target = str(out) if isinstance(out, pathlib.Path) else out
    build_pdf(target, SectionWriter(data, styles).story(), text, styles, meta)  # type: ignore[arg-type]
