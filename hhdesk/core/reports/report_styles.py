"""The look of a report: brand colours, paragraph styles and the small building blocks every section uses.

Styles are built once per brand colour and font and cached: a batch of reports pays for them once.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from hhdesk.core.reports.fonts import CjkFonts, cjk_fonts
from hhdesk.core.reports.mixed_wrap import MixedParagraph
from hhdesk.core.reports.report_model import DEFAULT_BRAND_COLOUR
from hhdesk.core.reports.report_text import CJK

PAGE_WIDTH, PAGE_HEIGHT = 595.2755905511812, 841.8897637795277  # A4 in points
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")

INK = colors.HexColor("#1E2630")
GREY = colors.HexColor("#5B6673")
LIGHT_GREY = colors.HexColor("#8A94A0")
RULE = colors.HexColor("#D5DCE4")
TRACK = colors.HexColor("#E6EAEF")
AMBER = colors.HexColor("#C98A2B")


def brand_colour(value: str | None) -> colors.Color:
    """The agency's colour from a "#1F3A5F" setting; anything else falls back to the default navy."""
    match = _HEX.match((value or "").strip())
    return colors.HexColor("#" + (match.group(1) if match else DEFAULT_BRAND_COLOUR[1:]))


def _tint(colour: colors.Color, keep: float) -> colors.Color:
    """``colour`` mixed with white (``keep`` of the colour)."""
    return colors.Color(*(1 - keep + keep * c for c in (colour.red, colour.green, colour.blue)))


class RoomFor(CondPageBreak):
    """A page break unless the flowables after it fit on this page — or ``cap`` points of them, when they
    can flow on (long text): a heading never ends a page alone, and a long section does not leave half a
    page blank. Measured at layout time, at the frame's width."""

    def __init__(self, flowables: list[Flowable], cap: float | None = None) -> None:
        super().__init__(0)
        self._following, self._cap = flowables, cap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102
        needed = 0.0
        for item in self._following:
            needed += item.wrap(avail_width, 10_000)[1] + item.getSpaceBefore() + item.getSpaceAfter()
            if self._cap is not None and needed >= self._cap:
                needed = self._cap
                break
        self.height = needed
        return super().wrap(avail_width, avail_height)


class SectionHeading(Flowable):
    """A section title in the brand colour over a hairline rule; drawn directly (no wrapping needed)."""

    def __init__(self, text: str, styles: ReportStyles) -> None:
        super().__init__()
        self.text, self.styles = text, styles
        self.spaceBefore, self.spaceAfter = 11, 5

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102
        self.width = avail_width
        return avail_width, 19

    def draw(self) -> None:  # noqa: D102
        canvas, s = self.canv, self.styles
        canvas.setFillColor(s.brand)
        canvas.setFont(s.fonts.bold, 12.5)
        canvas.drawString(0, 6, self.text)
        canvas.setStrokeColor(s.brand)
        canvas.setLineWidth(0.8)
        canvas.line(0, 0, self.width, 0)


@dataclass(frozen=True)
class ReportStyles:
    """Fonts, colours and paragraph styles of one brand."""

    fonts: CjkFonts
    brand: colors.Color
    pale: colors.Color  # backgrounds of label cells and key figures
    mid: colors.Color  # the radar's fill, secondary rules
    styles: dict[str, ParagraphStyle]
    cjk_styles: dict[str, ParagraphStyle]

    def para(self, text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        """A Paragraph of already escaped ``text``; one with Chinese wraps between characters, not words."""
        if CJK.search(text):
            return MixedParagraph(text, self.cjk_styles[style], bulletText=bullet)
        return Paragraph(text, self.styles[style], bulletText=bullet)

    def heading(self, text: str) -> SectionHeading:
        return SectionHeading(text, self)

    def table(self, rows: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]] | None = None,
              padding: float = 5) -> Table:
        """A left-aligned table, top-aligned cells, the report font everywhere (the cell default is Helvetica)."""
        table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
        base = [("FONTNAME", (0, 0), (-1, -1), self.fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), padding - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
        table.setStyle(TableStyle(base + (style or [])))
        return table

    def section(self, title: str, blocks: list[Flowable], keep: int = 1, cap: float | None = None) -> list[Flowable]:
        """A heading that starts a page unless the first ``keep`` blocks of its section fit below it (or
        ``cap`` points of them, for text that may flow on): never alone at the foot of a page."""
        if not blocks:
            return []
        heading = self.heading(title)
        return [RoomFor([heading, *blocks[:keep]], cap), heading, *blocks]


def _build(fonts: CjkFonts, brand: colors.Color) -> ReportStyles:
    regular, bold = fonts.regular, fonts.bold
    base = ParagraphStyle("body", fontName=regular, bulletFontName=regular, fontSize=9.5, leading=14,
                          textColor=INK, allowWidows=0, allowOrphans=0)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=12, textColor=GREY),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11.5),
        "cell_strong": ParagraphStyle("cell_strong", base, fontName=bold, fontSize=9, leading=11.5, textColor=brand),
        "cell_bullet": ParagraphStyle("cell_bullet", base, fontSize=8, leading=10.5, leftIndent=7, bulletIndent=0,
                                      spaceAfter=2),
        "cell_head": ParagraphStyle("cell_head", base, fontName=bold, fontSize=8, leading=10.5, textColor=GREY),
        "label": ParagraphStyle("label", base, fontName=bold, fontSize=8.5, leading=12, textColor=GREY),
        "sublabel": ParagraphStyle("sublabel", base, fontName=bold, fontSize=9.5, leading=13, textColor=brand,
                                   spaceBefore=6, spaceAfter=1),
        "bullet": ParagraphStyle("bullet", base, leftIndent=11, bulletIndent=1, spaceAfter=1),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=19, leading=24, textColor=INK),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10.5, leading=15, textColor=GREY),
        "figure": ParagraphStyle("figure", base, fontName=bold, fontSize=13.5, leading=17, textColor=brand),
        "figure_label": ParagraphStyle("figure_label", base, fontSize=7.5, leading=10, textColor=GREY),
        "big": ParagraphStyle("big", base, fontName=bold, fontSize=26, leading=30, textColor=brand),
        "job_title": ParagraphStyle("job_title", base, fontName=bold, fontSize=9.5, leading=13),
        "period": ParagraphStyle("period", base, fontSize=8.5, leading=13, textColor=GREY),
    }
    cjk = {name: ParagraphStyle(f"{name}-cjk", style, wordWrap="CJK") for name, style in styles.items()}
    return ReportStyles(fonts, brand, _tint(brand, 0.07), _tint(brand, 0.35), styles, cjk)


_lock = threading.Lock()
_cache: dict[tuple[str, str], ReportStyles] = {}


def report_styles(colour: str | None = None) -> ReportStyles:
    """The (cached) styles for a brand colour such as "#1F3A5F"; an invalid colour gives the default navy."""
    fonts = cjk_fonts()
    brand = brand_colour(colour)
    key = (fonts.regular, brand.hexval())
    with _lock:
        if key not in _cache:
            _cache[key] = _build(fonts, brand)
        return _cache[key]
