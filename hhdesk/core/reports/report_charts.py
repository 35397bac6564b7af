"""Vector charts of the match: a radar of the criteria and a score bar per criterion (reportlab.graphics)."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String

from hhdesk.core.reports.report_model import CriterionLine
from hhdesk.core.reports.report_page import fit_text
from hhdesk.core.reports.report_styles import AMBER, GREY, INK, LIGHT_GREY, RULE, TRACK, ReportStyles
from hhdesk.core.reports.report_text import CRITERIA_SHORT, clamp_score, score_text

_RINGS = (0.25, 0.5, 0.75, 1.0)


def _axis_label(line: CriterionLine, language: str) -> str:
    short = CRITERIA_SHORT["zh" if language == "zh" else "en"]
    return short.get(line.key) or line.label or "—"


def radar_chart(criteria: tuple[CriterionLine, ...], styles: ReportStyles, language: str,
                width: float, height: float) -> Drawing | None:
    """A radar of the criteria scores (None for fewer than three criteria: no shape to read).

    Each axis is a criterion; the filled shape joins the known scores. An unknown criterion keeps a grey
    axis labelled "?" and the shape skips it rather than pretending it scored zero.
    """
    if len(criteria) < 3:
        return None
    font = styles.fonts.regular
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else renderPDF selects the (unembedded) Times-Roman
    cx, cy = width / 2, height / 2 - 2
    radius = min(width / 2 - 50, height / 2 - 24)
    count = len(criteria)

    def point(index: int, fraction: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * fraction * math.cos(angle), cy + radius * fraction * math.sin(angle)

    for ring in _RINGS:
        ring_points = [c for i in range(count) for c in point(i, ring)]
        drawing.add(Polygon(ring_points, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
    scores = [clamp_score(line.score) for line in criteria]
    for i, score in enumerate(scores):
        x, y = point(i, 1.0)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE if score is not None else LIGHT_GREY, strokeWidth=0.5,
                         strokeDashArray=None if score is not None else [1.5, 1.5]))
    known = [point(i, max(score, 0.02)) for i, score in enumerate(scores) if score is not None]
    flat = [c for xy in known for c in xy]
    if len(known) >= 3:
        drawing.add(Polygon(flat, fillColor=styles.brand, fillOpacity=0.22, strokeColor=styles.brand,
                            strokeWidth=1.2))
    elif len(known) == 2:
        drawing.add(PolyLine(flat, strokeColor=styles.brand, strokeWidth=1.2))
    for x, y in known:
        drawing.add(Circle(x, y, 1.6, fillColor=styles.brand, strokeColor=None))
    for i, (line, score) in enumerate(zip(criteria, scores, strict=True)):
        x, y = point(i, 1.0)
        dx, dy = x - cx, y - cy
        anchor = "middle" if abs(dx) < 4 else ("start" if dx > 0 else "end")
        lx = x + (4 if anchor == "start" else -4 if anchor == "end" else 0)
        ly = y + (13 if dy > radius / 2 else -9 if dy < -radius / 2 else 1)  # the label's baseline; score below
        colour = INK if score is not None else LIGHT_GREY
        label = fit_text(_axis_label(line, language), font, 7.5, 46)
        drawing.add(String(lx, ly, label, fontName=font, fontSize=7.5, fillColor=colour, textAnchor=anchor))
        drawing.add(String(lx, ly - 8, score_text(score, language), fontName=font, fontSize=7,
                           fillColor=styles.brand if score is not None else LIGHT_GREY, textAnchor=anchor))
    return drawing


def score_bar(score: float | None, styles: ReportStyles, language: str, width: float) -> Drawing:
    """A horizontal bar for one criterion with its percentage; amber under 50 %, "?" when unknown."""
    value = clamp_score(score)
    bar_width, height = width - 26, 11
    drawing = Drawing(width, height)
    drawing.initialFontName = styles.fonts.regular
    drawing.add(Rect(0, 2.5, bar_width, 6, fillColor=TRACK, strokeColor=None))
    if value is not None:
        fill = styles.brand if value >= 0.5 else AMBER
        drawing.add(Rect(0, 2.5, bar_width * value, 6, fillColor=fill, strokeColor=None))
    drawing.add(String(bar_width + 4, 2.5, score_text(value, language), fontName=styles.fonts.regular,
                       fontSize=8, fillColor=GREY if value is None else INK))
    return drawing
