"""Read-only charts for the match view, painted with QPainter (Qt here comes without QtCharts): a radar of the match
criteria, and the salary triangle, the candidate's current, expected and bottom-line salaries against the budget."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTextLayout,
)
from PySide6.QtWidgets import QWidget

from hhdesk.core.money import currency_sign
from hhdesk.ui.formatting import score_text

_GREY, _BLUE, _ORANGE, _GREEN, _WARNING = (QColor(c) for c in ("#888", "#1f6fd1", "#e07b00", "#2e9e4f", "#b00020"))
_LEFT, _RIGHT, _CENTRE = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter

Labels = list[tuple[str, QRectF]]


def short_money(minor: int, currency: str = "CNY") -> str:
    """``¥468k`` or ``¥1.2M``: an amount in minor units (fen, cents), short enough for a chart label."""
    sign = currency_sign(currency)
    major = minor / 100
    if abs(major) >= 999_500:  # from here "k" would round to 1000k
        return f"{sign}{round(major / 1e6, 1):g}M"
    if abs(major) >= 1000:
        return f"{sign}{round(major / 1000)}k"
    return f"{sign}{major:.0f}"


def _scaled(font: QFont, factor: float) -> QFont:
    """The widget's font, ``factor`` times its size, however the size was set."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(max(6, round(font.pixelSize() * factor)))
    return scaled


def _wrap(text: str, font: QFont, width: float, suffix: str = "", max_lines: int = 2) -> list[str]:
    """``text + suffix`` broken at word boundaries (between any two ideographs in Chinese) into at most ``max_lines``
    lines no wider than ``width``; what does not fit is elided, but never the suffix."""
    full = text + suffix
    layout = QTextLayout(full, font)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) < max_lines and (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    metrics = QFontMetricsF(font)
    lines = [full[start:start + length].strip() for start, length in spans[:-1]]
    last = full[spans[-1][0]:].strip() if spans else full
    if metrics.horizontalAdvance(last) > width:  # the rest does not fit on the last line: elide it, keep the suffix
        rest = last.removesuffix(suffix) if suffix else last
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(suffix)) + suffix
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] + [last]


def _readable(colour: QColor, widget: QWidget) -> QColor:
    """``colour`` for text, lighter on a dark palette."""
    return colour.lighter(170) if widget.palette().color(QPalette.ColorRole.Window).lightness() < 128 else colour


def _paint_empty(widget: QWidget, painter: QPainter, text: str) -> None:
    painter.setPen(_GREY)
    painter.drawText(QRectF(widget.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class RadarChart(QWidget):
    """A radar of the match criteria: one axis per criterion (3 to 8), the score from the centre (0) to the rim (1).

    An unknown score sits at the centre, on a dashed axis whose grey label ends in "?".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, float | None]] = []
        self._labels: Labels = []

    def set_criteria(self, items: list[tuple[str, float | None]]) -> None:
        """(label, score from 0 to 1 or None for unknown); only the first eight are drawn, and none below three."""
        self._items = [(label, None if s is None else min(1.0, max(0.0, s))) for label, s in items[:8]]
        unknown = self.tr("unknown")
        tip = [f"{label}: {unknown if s is None else score_text(s)}" for label, s in self._items]
        self.setToolTip("\n".join(tip) if len(self._items) >= 3 else "")
        self.update()

    def clear(self) -> None:
        self.set_criteria([])

    def label_rects(self) -> Labels:
        """Each axis label of the last paint, with the rectangle it was drawn in (for tests and accessibility)."""
        return list(self._labels)

    def sizeHint(self) -> QSize:
        return QSize(260, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 160)

    def _layout(self) -> tuple[QPointF, float, QFont, list[tuple[list[str], QRectF, Qt.AlignmentFlag]]]:
        """The centre, the radius, the labels' font and the labels: the widest labels, in the widget's font if there
        is room, that leave a fair radar and do not touch each other; a smaller font rather than elided labels."""
        pad, width, n = 3.0, self.width() - 6.0, len(self._items)
        best: tuple = ((math.inf,),)
        for factor, share in ((1.0, 0.3), (1.0, 0.22), (0.85, 0.36), (0.85, 0.28), (0.85, 0.2), (0.85, 0.12)):
            font = _scaled(self.font(), factor)
            metrics = QFontMetricsF(font)
            step, gap = metrics.lineSpacing(), metrics.height() * 0.35
            shapes, elided = [], 0  # per axis: cos, sin, lines, label size, offset from its anchor, alignment
            for i, (label, score) in enumerate(self._items):
                angle = -math.pi / 2 + 2 * math.pi * i / n
                c, s = math.cos(angle), math.sin(angle)
                room = max(width * share * (1.5 if abs(c) <= 0.3 else 1.0), 3 * step)
                lines = _wrap(label, font, room, "" if score is not None else "\u00a0?")
                elided += "…" in "".join(lines).replace("…", "", label.count("…"))
                w, h = max(metrics.horizontalAdvance(line) for line in lines) + 1, step * len(lines)
                ox, align = (0.0, _LEFT) if c > 0.3 else (-w, _RIGHT) if c < -0.3 else (-w / 2, _CENTRE)
                oy = 0.0 if s > 0.3 else -h if s < -0.3 else -h / 2
                shapes.append((c, s, lines, w, h, ox, oy, align))
            centre, radius, labels = self._fit(shapes, gap, step, pad)
            rects = [rect for _, rect, _ in labels]
            overlap = any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
            score = (overlap, elided + 2 * (radius < 0.22 * min(self.width(), self.height())), -radius)
            best = min(best, (score, centre, radius, font, labels), key=lambda candidate: candidate[0])
            if score[:2] == (False, 0):
                break
        return best[1:]

    def _fit(self, shapes: list, gap: float, step: float, pad: float) -> tuple[QPointF, float, list]:
        """The largest radar whose labels all fit in the widget: its centre, radius and labels."""
        width, height = self.width() - 2 * pad, self.height() - 2 * pad

        def bounds(radius: float) -> tuple[float, float, float, float]:
            """Left, top, right, bottom of the radar and its labels around a centre at (0, 0)."""
            t = radius + gap
            xs = [x for c, _, _, w, _, ox, _, _ in shapes for x in (radius * c, t * c + ox, t * c + ox + w)]
            ys = [y for _, s, _, _, h, _, oy, _ in shapes for y in (radius * s, t * s + oy, t * s + oy + h)]
            return min(xs), min(ys), max(xs), max(ys)

        low, high = 0.0, max(width, height)
        for _ in range(30):  # the extent grows with the radius: bisect for the largest that fits
            mid = (low + high) / 2
            left, top, right, bottom = bounds(mid)
            low, high = (mid, high) if right - left <= width and bottom - top <= height else (low, mid)
        radius = max(low, step)
        left, top, right, bottom = bounds(radius)
        centre = QPointF(pad + (width - right - left) / 2, pad + (height - bottom - top) / 2)
        area = QRectF(self.rect())
        labels = []
        for c, s, lines, w, h, ox, oy, align in shapes:
            rect = QRectF(centre.x() + (radius + gap) * c + ox, centre.y() + (radius + gap) * s + oy, w, h)
            rect.moveLeft(max(area.left(), min(rect.left(), area.right() - w)))  # a widget too small: never clip
            rect.moveTop(max(area.top(), min(rect.top(), area.bottom() - h)))
            labels.append((lines, rect, align))
        return centre, radius, labels

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._labels = []
        if len(self._items) < 3:
            _paint_empty(self, painter, self.tr("No breakdown yet"))
            return
        text = self.palette().color(QPalette.ColorRole.WindowText)
        guide, axis = QColor(text), QColor(text)
        guide.setAlphaF(0.16)
        axis.setAlphaF(0.35)
        centre, radius, font, labels = self._layout()
        n = len(self._items)

        def point(i: int, fraction: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / n
            return centre + QPointF(math.cos(angle), math.sin(angle)) * radius * fraction

        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(guide, 1))
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(n)]))
        for i, (_, score) in enumerate(self._items):
            known = score is not None
            painter.setPen(QPen(axis if known else _GREY, 1, Qt.PenStyle.SolidLine if known else Qt.PenStyle.DashLine))
            painter.drawLine(centre, point(i, 1.0))
        line_width = max(1.5, QFontMetricsF(self.font()).height() / 8)
        fill = QColor(_BLUE)
        fill.setAlphaF(0.28)
        painter.setPen(QPen(_BLUE, line_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF([point(i, score or 0.0) for i, (_, score) in enumerate(self._items)]))
        dot = line_width * 1.6
        for i, (_, score) in enumerate(self._items):
            painter.setPen(QPen(_BLUE if score is not None else _GREY, 1))
            painter.setBrush(_BLUE if score is not None else self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(point(i, score or 0.0), dot, dot)
        painter.setFont(font)
        step = QFontMetricsF(font).lineSpacing()
        for (lines, rect, align), (_, score) in zip(labels, self._items, strict=True):
            painter.setPen(text if score is not None else _GREY)
            for k, line in enumerate(lines):
                painter.drawText(QRectF(rect.x(), rect.y() + k * step, rect.width(), step), align, line)
            self._labels.append(("\n".join(lines), rect))


class SalaryBandChart(QWidget):
    """The salary triangle: the budget band shaded green on an axis of annual salaries, and on rows of their own the
    candidate's current (grey circle), expected (blue diamond) and bottom-line (orange triangle) salaries.

    Figures above the budget's top are drawn in the warning colour. For the consultant only: it shows the bottom line.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget: tuple[int | None, int | None] = (None, None)
        self._marks: list[tuple[str, str, int]] = []  # kind, label, amount
        self._currency = "CNY"
        self._labels: Labels = []

    def set_salaries(self, budget_min: int | None, budget_max: int | None, current: int | None,
                     expected: int | None, bottom_line: int | None, currency: str = "CNY") -> None:
        """Annual amounts in minor units (fen, cents); None for what is not known."""
        if budget_min is not None and budget_max is not None and budget_min > budget_max:
            budget_min, budget_max = budget_max, budget_min
        self._budget, self._currency = (budget_min, budget_max), currency
        names = {"current": self.tr("Current"), "expected": self.tr("Expected"), "bottom": self.tr("Bottom line")}
        amounts = {"current": current, "expected": expected, "bottom": bottom_line}
        self._marks = [(kind, names[kind], amount) for kind, amount in amounts.items() if amount is not None]
        tip = [self._budget_text()] if budget_min is not None or budget_max is not None else []
        for _, name, amount in self._marks:
            above = self.tr(" (above budget)") if self._above(amount) else ""
            tip.append(f"{name}: {short_money(amount, currency)}{above}")
        self.setToolTip("\n".join(tip))
        self.update()

    def clear(self) -> None:
        self.set_salaries(None, None, None, None, None)

    def label_rects(self) -> Labels:
        """Each text of the last paint, with the rectangle it was drawn in (for tests and accessibility)."""
        return list(self._labels)

    def sizeHint(self) -> QSize:
        return QSize(360, max(110, round(self._height_for(4))))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, round(self._height_for(4)))

    def _height_for(self, rows: int) -> float:
        small = QFontMetricsF(_scaled(self.font(), 0.85))
        return 12 + rows * (QFontMetricsF(self.font()).height() + 4) + small.height() + 8

    def _above(self, amount: int) -> bool:
        return self._budget[1] is not None and amount > self._budget[1]

    def _budget_text(self) -> str:
        low, high = ("" if v is None else short_money(v, self._currency) for v in self._budget)
        if low and high:
            return self.tr("Budget %1 – %2").replace("%1", low).replace("%2", high)
        return (self.tr("Budget from %1") if low else self.tr("Budget up to %1")).replace("%1", low or high)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._labels = []
        low, high = self._budget
        values = [v for v in (low, high, *(amount for _, _, amount in self._marks)) if v is not None]
        if not values:
            _paint_empty(self, painter, self.tr("No salary figures yet"))
            return
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics, small = QFontMetricsF(self.font()), _scaled(self.font(), 0.85)
        has_budget = low is not None or high is not None
        rows = max(len(self._marks), 1) + has_budget  # a band without figures still needs some height
        fixed = self._height_for(rows) - rows * (metrics.height() + 4)
        row = max(metrics.height() + 4, min((self.height() - fixed) / rows, (metrics.height() + 4) * 1.4))
        top = max(0.0, (self.height() - fixed - rows * row) / 2) + 6
        axis_y, pad = top + rows * row, 10.0
        left, right = pad, self.width() - pad
        lo, hi = min(values), max(values)
        span = hi - lo or max(abs(hi) * 0.2, 100.0)
        lo, hi = lo - span * 0.1, hi + span * 0.1

        def x(amount: float) -> float:
            return left + (amount - lo) / (hi - lo) * (right - left)

        if has_budget:
            self._paint_band(painter, x(low) if low is not None else left, x(high) if high is not None else right,
                             top, row, axis_y)
        size = metrics.height() * 0.32
        for r, (kind, name, amount) in enumerate(self._marks):
            colour = _WARNING if self._above(amount) else {"current": _GREY, "expected": _BLUE}.get(kind, _ORANGE)
            centre = QPointF(x(amount), top + (r + has_budget + 0.5) * row)
            guide = QColor(colour)
            guide.setAlphaF(0.35)
            painter.setPen(QPen(guide, 1, Qt.PenStyle.DotLine))
            painter.drawLine(centre, QPointF(centre.x(), axis_y))
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
            painter.setBrush(colour)
            if kind == "current":
                painter.drawEllipse(centre, size, size)
            else:
                s = size * 1.3
                diamond = kind == "expected"
                corners = ((0, -s), (s, 0), (0, s), (-s, 0)) if diamond else ((0, -s), (s, s * .8), (-s, s * .8))
                painter.drawPolygon(QPolygonF([centre + QPointF(dx, dy) for dx, dy in corners]))
            label = f"{name} {short_money(amount, self._currency)}"
            width = metrics.horizontalAdvance(label) + 1
            after, before = self.width() - 2 - (centre.x() + size * 1.7 + 3), centre.x() - size * 1.7 - 3 - 2
            if width > max(after, before):  # too narrow a widget: keep the amount, elide the name
                label = metrics.elidedText(label, Qt.TextElideMode.ElideLeft, max(after, before))
                width = metrics.horizontalAdvance(label) + 1
            at = self.width() - 2 - after if width <= after or after >= before else 2 + before - width
            rect = QRectF(at, centre.y() - metrics.height() / 2, width, metrics.height())
            painter.setPen(_readable(_WARNING, self) if self._above(amount) else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            self._labels.append((label, rect))
        self._paint_axis(painter, small, lo, hi, x, axis_y)

    def _paint_band(self, painter: QPainter, x0: float, x1: float, top: float, row: float, bottom: float) -> None:
        """The budget: shaded between its bounds, fading out towards the end of the axis where a bound is missing."""
        low, high = self._budget
        band = QRectF(x0, top + row, max(x1 - x0, 1.0), bottom - top - row)
        strong, faint = QColor(_GREEN), QColor(_GREEN)
        strong.setAlphaF(0.22)
        faint.setAlphaF(0.22 if low is not None and high is not None else 0.0)
        gradient = QLinearGradient(band.topLeft() if low is not None else band.topRight(),
                                   band.topRight() if low is not None else band.topLeft())
        gradient.setColorAt(0.0, strong)
        gradient.setColorAt(0.5, strong)
        gradient.setColorAt(1.0, faint)
        painter.fillRect(band, gradient)
        painter.setPen(QPen(_GREEN, 1.5))
        for bound, edge in ((low, x0), (high, x1)):
            if bound is not None:
                painter.drawLine(QPointF(edge, band.top()), QPointF(edge, bottom))
        caption = self._budget_text()
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(caption) + 1
        at = max(2.0, min(band.center().x() - width / 2, self.width() - 2 - width))
        rect = QRectF(at, top + (row - metrics.height()) / 2, width, metrics.height())
        painter.setPen(_readable(_GREEN.darker(140), self))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, caption)
        self._labels.append((caption, rect))

    def _paint_axis(self, painter: QPainter, font: QFont, lo: float, hi: float, x: Callable[[float], float],
                    y: float) -> None:
        """The axis with round amounts as ticks, as many as fit without their labels touching."""
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlphaF(0.55)
        painter.setPen(QPen(colour, 1))
        painter.drawLine(QPointF(x(lo), y), QPointF(x(hi), y))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        room = metrics.horizontalAdvance(short_money(round(hi), self._currency)) + 3 * metrics.height()
        raw = (hi - lo) / max(2, int((x(hi) - x(lo)) / room))
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        last = -math.inf
        for k in range(math.ceil(lo / step), math.floor(hi / step) + 1):
            label = short_money(round(k * step), self._currency)
            width = metrics.horizontalAdvance(label) + 1
            rect = QRectF(x(k * step) - width / 2, y + 4, width, metrics.height())
            if rect.left() < last + metrics.height() or rect.left() < 0 or rect.right() > self.width():
                continue
            painter.drawLine(QPointF(x(k * step), y), QPointF(x(k * step), y + 3))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            self._labels.append((label, rect))
            last = rect.right()
