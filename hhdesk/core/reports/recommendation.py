"""The confidential candidate recommendation PDF an agency sends to its client.

The input deliberately has no bottom-line salary: the lowest offer a candidate would accept must never
reach a client, so it cannot even be passed in. reportlab is imported lazily (only stdlib at module level).
"""

from __future__ import annotations

import datetime
import math
import pathlib
import re
from dataclasses import dataclass
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Confidential candidate recommendation", "client": "Client", "position": "Position",
        "city": "City", "consultant": "Consultant", "date": "Date", "summary": "Candidate summary",
        "name": "Candidate", "current_title": "Current title", "current_company": "Current company",
        "years": "Experience", "email": "E-mail", "phone": "Phone", "current_salary": "Current salary",
        "expected_salary": "Expected salary", "facts": "Key facts", "current_status": "Current status",
        "reasons": "Reasons for change", "next_reqs": "Requirements for next company",
        "skills": "Main skills", "intention": "Intention", "assessment": "Consultant's assessment",
        "match": "Match with the position", "overall": "Overall match", "criterion": "Criterion",
        "score": "Score", "explanation": "Explanation", "unknown": "—", "colon": ": ",
        "page": "Page {page} of {total}",
        "footer": "Confidential — prepared by {agency} for {client} only. Do not forward.",
    },
    "zh": {
        "report": "候选人推荐报告（保密）", "client": "客户", "position": "职位", "city": "城市",
        "consultant": "顾问", "date": "日期", "summary": "候选人概况", "name": "候选人",
        "current_title": "目前职位", "current_company": "目前公司", "years": "工作年限",
        "email": "邮箱", "phone": "电话", "current_salary": "目前薪资", "expected_salary": "期望薪资",
        "facts": "关键信息", "current_status": "目前状况", "reasons": "换工作原因",
        "next_reqs": "对下一家公司的要求", "skills": "主要技能", "intention": "求职意向",
        "assessment": "顾问评估", "match": "职位匹配度", "overall": "总体匹配度", "criterion": "评估项",
        "score": "得分", "explanation": "说明", "unknown": "未知", "colon": "：",
        "page": "第 {page} / {total} 页",
        "footer": "保密文件 — 由 {agency} 专为 {client} 准备，请勿转发。",
    },
}

_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NAVY, _ACCENT, _PALE, _RULE = "#1F3A5F", "#2E7D9A", "#F2F5F8", "#D5DCE4"


@dataclass(frozen=True)
class CriterionLine:
    """One line of the match table: a criterion, its score in 0..1 (None = unknown) and why."""

    label: str
    score: float | None
    explanation: str


@dataclass(frozen=True)
class RecommendationInput:
    """Everything printed in a recommendation; strings are shown as given (already formatted)."""

    language: str  # "en" or "zh": labels and headings in that language
    agency_name: str
    consultant_name: str
    report_date: datetime.date
    client_company: str
    position_title: str
    position_city: str
    candidate_name: str  # already anonymised by the caller when anonymous
    anonymous: bool  # no e-mail/phone printed, no name in the PDF metadata
    email: str
    phone: str
    city: str
    current_title: str
    current_company: str
    years_experience: str
    current_status: str
    reasons_for_change: str
    next_company_requirements: str
    main_skills: str
    current_salary: str
    expected_salary: str
    intention: str
    assessment: str
    match_total: int | None
    criteria: tuple[CriterionLine, ...]


def _clean(value: object) -> str:
    """Stripped text; None (or a stringified None) becomes empty so 'None' never reaches the page."""
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value)).strip()
    return "" if text in ("None", "null") else text


def _markup(value: object) -> str:
    """User text made safe for a Paragraph: XML-escaped, line breaks kept."""
    text = escape(_clean(value))
    return re.sub(r"\r?\n", "<br/>", text)


def _format_date(day: datetime.date, language: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh" else day.isoformat()


def _score_text(score: float | None, labels: dict[str, str]) -> tuple[float | None, str]:
    if score is None or not isinstance(score, int | float) or math.isnan(score):
        return None, labels["unknown"]
    clamped = min(1.0, max(0.0, float(score)))
    return clamped, f"{round(clamped * 100)}%"


class _Builder:
    """Holds styles and fonts while the story is assembled; reportlab is imported by the caller."""

    def __init__(self, data: RecommendationInput) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        from hhdesk.core.reports.fonts import cjk_fonts

        self.data = data
        self.labels = _LABELS.get(data.language, _LABELS["en"])
        self.fonts = cjk_fonts()
        self.colors, self.mm = colors, mm
        font, bold = self.fonts.regular, self.fonts.bold
        # Every style names the CJK font, bullets included, so no unembedded base-14 font is referenced.
        base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=9.5, leading=13.5)
        grey, navy = colors.HexColor("#4A5868"), colors.HexColor(_NAVY)
        self.styles = {
            "body": base,
            "label": ParagraphStyle("label", base, fontName=bold, fontSize=8.5, leading=12, textColor=grey),
            "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=12.5, leading=16, spaceBefore=12,
                                 spaceAfter=5, textColor=navy),
            "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=21, textColor=navy),
            "sub": ParagraphStyle("sub", base, fontSize=10, leading=14, textColor=grey),
            "big": ParagraphStyle("big", base, fontName=bold, fontSize=20, leading=24,
                                  textColor=colors.HexColor(_ACCENT)),
        }

    def para(self, markup: str, style: str = "body") -> Any:
        """A Paragraph; CJK wrapping only when needed, since it may split English words mid-word."""
        from reportlab.platypus import Paragraph

        base = self.styles[style]
        if _CJK.search(markup):
            base = base.clone(f"{base.name}-cjk", wordWrap="CJK")
        return Paragraph(markup, base)

    def heading(self, key: str) -> list[Any]:
        """A section heading that never sits alone at the foot of a page.

        Not KeepTogether/keepWithNext: those push a long section (pasted call notes) to the next page
        whole, leaving half a page blank.
        """
        from reportlab.platypus import CondPageBreak

        return [CondPageBreak(30 * self.mm), self.para(escape(self.labels[key]), "h2")]

    def value(self, raw: object) -> Any:
        return self.para(_markup(raw) or "—")

    def table(self, rows: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]]) -> Any:
        from reportlab.platypus import Table, TableStyle

        # splitInRow: a pasted page of notes must flow onto the next page, not raise LayoutError.
        table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
        base = [("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),  # cell default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
        table.setStyle(TableStyle(base + style))
        return table

    def story(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer

        d, lab, mm, c = self.data, self.labels, self.mm, self.colors
        position = " · ".join(p for p in (_markup(d.position_title), _markup(d.position_city)) if p)
        prepared = " · ".join(p for p in (_markup(d.consultant_name), _format_date(d.report_date, d.language)) if p)
        out: list[Any] = [self.para(_markup(d.candidate_name) or "—", "title"),
                          self.para(f"{lab['position']}{lab['colon']}{position or '—'}", "sub"),
                          self.para(f"{lab['client']}{lab['colon']}{_markup(d.client_company) or '—'}", "sub"),
                          self.para(f"{lab['consultant']}{lab['colon']}{prepared}", "sub"),
                          Spacer(1, 2 * mm)]

        # The name is the page title, so the table starts with the job; contact details last.
        pairs = [("current_title", d.current_title), ("current_company", d.current_company),
                 ("city", d.city), ("years", d.years_experience),
                 ("current_salary", d.current_salary), ("expected_salary", d.expected_salary)]
        if not d.anonymous:
            pairs += [("email", d.email), ("phone", d.phone)]
        cells = [[self.para(escape(lab[key]), "label"), self.value(val)] for key, val in pairs]
        if len(cells) % 2:
            cells.append(["", ""])
        rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
        grid = [("BACKGROUND", (0, 0), (0, -1), c.HexColor(_PALE)),
                ("BACKGROUND", (2, 0), (2, -1), c.HexColor(_PALE)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, c.HexColor(_RULE)),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, c.HexColor(_RULE))]
        out += [*self.heading("summary"),
                self.table(rows, [30 * mm, 55 * mm, 30 * mm, 55 * mm], grid)]

        facts = [("current_status", d.current_status), ("reasons", d.reasons_for_change),
                 ("next_reqs", d.next_company_requirements), ("skills", d.main_skills),
                 ("intention", d.intention)]
        fact_rows = [[self.para(escape(lab[k]), "label"), self.para(_markup(v))] for k, v in facts if _clean(v)]
        if fact_rows:
            out += [*self.heading("facts"),
                    self.table(fact_rows, [42 * mm, 128 * mm],
                               [("LINEBELOW", (0, 0), (-1, -1), 0.5, c.HexColor(_RULE))])]

        if _clean(d.assessment):
            box = self.table([[self.para(_markup(d.assessment))]], [170 * mm],
                             [("BACKGROUND", (0, 0), (-1, -1), c.HexColor(_PALE)),
                              ("LINEBEFORE", (0, 0), (0, -1), 2.5, c.HexColor(_ACCENT)),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                              ("LEFTPADDING", (0, 0), (-1, -1), 10)])
            out += [*self.heading("assessment"), box]

        if d.match_total is not None or d.criteria:
            # Kept on one page when it fits: a lone criteria row on page 2 reads badly.
            out.append(KeepTogether(self.match_section()))
        return out

    def match_section(self) -> list[Any]:
        d, lab, mm, c = self.data, self.labels, self.mm, self.colors
        total = f"{d.match_total} / 100" if d.match_total is not None else lab["unknown"]
        head = [*self.heading("match"),
                self.table([[self.para(escape(lab["overall"]), "label"), self.para(escape(total), "big")]],
                           [42 * mm, 128 * mm], [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])]
        if not d.criteria:
            return head
        rows: list[list[Any]] = [[self.para(escape(lab[k]), "label")
                                  for k in ("criterion", "score", "explanation")]]
        for line in d.criteria:
            rows.append([self.para(_markup(line.label) or "—"), self.score_bar(line.score, 34 * mm),
                         self.para(_markup(line.explanation) or "—")])
        style = [("BACKGROUND", (0, 0), (-1, 0), c.HexColor(_PALE)),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.5, c.HexColor(_RULE)),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.5, c.HexColor(_RULE))]
        table = self.table(rows, [44 * mm, 40 * mm, 86 * mm], style)
        table.repeatRows = 1
        return [*head, table]

    def score_bar(self, score: float | None, width: float) -> Any:
        from reportlab.graphics.shapes import Drawing, Rect, String

        value, text = _score_text(score, self.labels)
        bar_w, height = width - 30, 12
        drawing = Drawing(width, height)
        drawing.initialFontName = self.fonts.regular  # else renderPDF selects (unembedded) Times-Roman
        drawing.add(Rect(0, 2, bar_w, 8, fillColor=self.colors.HexColor("#E3E8EE"), strokeColor=None))
        if value is not None:
            fill = _ACCENT if value >= 0.5 else "#C98A2B"
            drawing.add(Rect(0, 2, bar_w * value, 8, fillColor=self.colors.HexColor(fill), strokeColor=None))
        drawing.add(String(bar_w + 4, 2.5, text, fontName=self.fonts.regular, fontSize=8.5,
                           fillColor=self.colors.HexColor("#333333")))
        return drawing


def _fit(canvas: Any, text: str, font: str, size: float, width: float) -> str:
    """Trim text with an ellipsis so it fits in width points (canvas text does not wrap)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _page_decorator(builder: _Builder, first: bool) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        from reportlab.lib.pagesizes import A4

        c, mm, fonts, lab = builder.colors, builder.mm, builder.fonts, builder.labels
        page_w, page_h = A4
        left, right = 20 * mm + 6, page_w - 20 * mm - 6  # the frame's 6 pt padding: align with the body
        agency = _clean(builder.data.agency_name)
        canvas.saveState()
        if first:
            canvas.setFillColor(c.HexColor(_NAVY))
            canvas.rect(0, page_h - 26 * mm, page_w, 26 * mm, stroke=0, fill=1)
            canvas.setFillColor(c.white)
            canvas.setFont(fonts.bold, 15)
            canvas.drawString(left, page_h - 13 * mm, _fit(canvas, agency, fonts.bold, 15, 95 * mm))
            canvas.setFont(fonts.regular, 10)
            canvas.drawRightString(right, page_h - 13 * mm, lab["report"])
            canvas.setFillColor(c.HexColor("#BFD0E0"))
            canvas.setFont(fonts.regular, 8.5)
            canvas.drawRightString(right, page_h - 19 * mm,
                                   _format_date(builder.data.report_date, builder.data.language))
        else:
            canvas.setStrokeColor(c.HexColor(_NAVY))
            canvas.setLineWidth(1.5)
            canvas.line(left, page_h - 14 * mm, right, page_h - 14 * mm)
            canvas.setFillColor(c.HexColor(_NAVY))
            canvas.setFont(fonts.regular, 8.5)
            canvas.drawString(left, page_h - 12 * mm, _fit(canvas, agency, fonts.regular, 8.5, 80 * mm))
            canvas.drawRightString(right, page_h - 12 * mm, lab["report"])
        canvas.restoreState()

    return draw


def _numbered_canvas(builder: _Builder) -> type:
    """A canvas that knows the page count, for 'Page 1 of 3' footers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c, mm, fonts, lab = builder.colors, builder.mm, builder.fonts, builder.labels
    footer = lab["footer"].format(agency=_clean(builder.data.agency_name) or "—",
                                  client=_clean(builder.data.client_company) or "—")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                page_w = A4[0]
                self.saveState()
                self.setStrokeColor(c.HexColor(_RULE))
                self.setLineWidth(0.5)
                self.line(20 * mm + 6, 15 * mm, page_w - 20 * mm - 6, 15 * mm)
                self.setFillColor(c.HexColor("#6B7785"))
                self.setFont(fonts.regular, 7.5)
                self.drawString(20 * mm + 6, 10.5 * mm, _fit(self, footer, fonts.regular, 7.5, 135 * mm))
                self.drawRightString(page_w - 20 * mm - 6, 10.5 * mm,
                                     lab["page"].format(page=self._pageNumber, total=total))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def render_recommendation(data: RecommendationInput, out: pathlib.Path | BinaryIO) -> None:
    """Render the recommendation as an A4 PDF to a path or a binary file object.

    Every user-supplied string is escaped, so markup in names or notes prints literally. In anonymous
    mode e-mail and phone are left out and the PDF metadata names neither candidate nor consultant.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    builder = _Builder(data)
    candidate, position = _clean(data.candidate_name), _clean(data.position_title)
    title_parts = ["Recommendation"] + ([] if data.anonymous else [candidate]) + [position]
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, pathlib.Path) else out,
        pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=34 * mm, bottomMargin=22 * mm,
        title=" – ".join(p for p in title_parts if p),
        author=_clean(data.agency_name),
        subject=" – ".join(p for p in (builder.labels["report"], _clean(data.client_company)) if p),
        creator="hhdesk",
        initialFontName=builder.fonts.regular,
        lang="zh-CN" if data.language == "zh" else "en",
    )
    doc.build(builder.story(), onFirstPage=_page_decorator(builder, True),
              onLaterPages=_page_decorator(builder, False), canvasmaker=_numbered_canvas(builder))
