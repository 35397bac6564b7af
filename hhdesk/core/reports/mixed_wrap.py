"""Line breaking for mixed Chinese and English text.

reportlab's ``wordWrap="CJK"`` cuts between any two characters, so an English word in a Chinese sentence
is split mid-word ("microservi" / "ces") and a full-width comma may start a line; its default wrapping
only breaks at spaces, so a Chinese sentence (which has none) overflows. :class:`MixedParagraph` breaks
between Chinese characters and after spaces, keeps Latin words and numbers whole, applies the common
kinsoku rules (no "，。）" at the start of a line, no "（《" at its end), and cuts a word only when it is
wider than the whole line.
"""

from __future__ import annotations

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus.paragraph import (
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)
from reportlab.rl_config import _FUZZ

_SPACES = frozenset(" \t\u00a0\u2009\u200a\u200b\u3000")
_CANNOT_START = frozenset(ALL_CANNOT_START) | frozenset("，。、；：！？）》」』】〕…—％")
_CANNOT_END = frozenset(ALL_CANNOT_END) | frozenset("（《「『【〔“‘")


def is_wide(ch: str) -> bool:
    """A character of a script written without spaces (CJK ideographs, kana, Hangul, full-width forms)."""
    code = ord(ch) if ch else 0
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF or code >= 0x20000)


def can_break_before(prev: str, cur: str) -> bool:
    """Whether a line may end between ``prev`` and ``cur`` (spaces stay at the end of the first line)."""
    if not prev or not cur:  # an inline image or an empty fragment: free to break around it
        return True
    if cur in _CANNOT_START or prev in _CANNOT_END or cur in _SPACES:
        return False
    return prev in _SPACES or is_wide(prev) or is_wide(cur)


def _width(unit: cjkU, max_width: float) -> float:
    width = unit.width
    if hasattr(width, "normalizedValue"):  # a percentage-sized inline image
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return width


def split_mixed(frags: list, max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """Break paragraph fragments into lines (the ``cjkFragSplit`` contract, with word-aware breaks)."""
    units: list[cjkU] = []
    for frag in frags:
        text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        units.extend([cjkU(ch, frag, "utf8") for ch in text] if text else [cjkU(text, frag, "utf8")])
    lines = []
    count, start = len(units), 0

    def emit(end: int, line_break: bool) -> None:
        last = end
        while last > start and units[last - 1] in _SPACES:
            last -= 1  # trailing spaces neither count nor print
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = sum(_width(u, max_width) for u in units[start:last])
        lines.append(makeCJKParaLine(units[start:last], max_width, used, max_width - used, line_break,
                                     calc_bounds))

    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, breakable, i = 0.0, -1, start
        while i < count:
            unit = units[i]
            if hasattr(unit.frag, "lineBreak"):  # <br/>
                emit(i + 1, True)
                start = i + 1
                break
            if i > start and can_break_before(units[i - 1], unit):
                breakable = i
            used += _width(unit, max_width)
            if used > max_width + _FUZZ and i > start and unit not in _SPACES:
                end = breakable if breakable > start else i  # a word wider than the line: cut it
                if end == i and unit in _CANNOT_START:
                    end = i + 1  # no break allowed before it: let the "，" hang in the margin
                emit(end, False)
                start = end
                while start < count and units[start] in _SPACES and not hasattr(units[start].frag, "lineBreak"):
                    start += 1
                break
            i += 1
        else:
            emit(count, False)
            start = count
    return ParaLines(kind=1, lines=lines)


class MixedParagraph(Paragraph):
    """A Paragraph (style ``wordWrap="CJK"``) that never breaks inside an English word."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803, ANN001, ANN201 - reportlab API
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName, textColor=style.textColor,
                             lines=[], ascent=style.fontSize, descent=-0.2 * style.fontSize)
        # A table wraps its cells twice (to size the rows, then to draw) and the layout may measure a block
        # ahead: the same widths give the same lines.
        key = tuple(maxWidths)
        cached = getattr(self, "_mixed_lines", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        lines = split_mixed(self.frags, list(maxWidths), auto_leading not in ("", "off"))
        self._mixed_lines = (key, lines)
        return lines
