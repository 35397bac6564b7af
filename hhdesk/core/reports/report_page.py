"""The page around the story: agency header (logo, name, consultant, date, "confidential"), running header on
later pages, and the footer with the agency's contact line, "Page n of N" and a confidentiality line."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from hhdesk.core.reports.report_styles import (
    CONTENT_WIDTH,
    GREY,
    INK,
    LIGHT_GREY,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    ReportStyles,
)

log = logging.getLogger(__name__)

LOGO_HEIGHT = 14 * mm
LOGO_MAX_WIDTH = 48 * mm
_LOGO_MAX_PIXELS = 240  # the logo's height kept in the PDF: ~400 dpi at 14 mm, and a small file
FIRST_TOP = 36 * mm  # the story starts below the agency header on page 1 …
LATER_TOP = 21 * mm  # … and below the running header on the pages after
BOTTOM = 22 * mm


@dataclass(frozen=True)
class PageText:
    """The words around the story (all plain text: the canvas draws them literally)."""

    agency: str
    consultant_line: str  # "Consultant: Mia Zhou"
    report_name: str  # "Candidate recommendation"
    date: str
    confidential: str  # "CONFIDENTIAL"
    running_title: str  # later pages, right: "Candidate HH-0042 · Senior Backend Engineer"
    contact: str  # agency phone · e-mail · web
    footer: str  # "Confidential — prepared by … for … only."
    page: str  # "Page {page} of {total}"
    logo_path: str = ""


_logo_lock = threading.Lock()
_logos: dict[tuple[str, float, int], ImageReader | None] = {}


def load_logo(path: str) -> ImageReader | None:
    """The agency logo, scaled down for print and cached; None when missing or unreadable (never raises)."""
    if not path:
        return None
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    key = (path, stat.st_mtime, stat.st_size)
    with _logo_lock:
        if key in _logos:
            return _logos[key]
    reader = _read_logo(path)
    with _logo_lock:
        _logos[key] = reader
    return reader


def _read_logo(path: str) -> ImageReader | None:
    try:
        from PIL import Image

        with Image.open(path) as image:
            image.load()  # a truncated or corrupt file fails here, not half-way through a page
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            if image.mode in ("RGBA", "LA"):  # transparent margins would push the agency's name aside
                box = image.getchannel("A").getbbox()
                if box is None:
                    return None
                image = image.crop(box)
            if image.height > _LOGO_MAX_PIXELS:
                ratio = _LOGO_MAX_PIXELS / image.height
                image = image.resize((max(1, round(image.width * ratio)), _LOGO_MAX_PIXELS), Image.LANCZOS)
            else:
                image = image.copy()
        if image.width < 1 or image.height < 1:
            return None
        return ImageReader(image)
    except Exception as exc:  # PIL raises many kinds; a bad logo must never stop a report
        log.info("Logo %s skipped: %s", path, exc)
        return None


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Trim ``text`` with an ellipsis to fit ``width`` points (canvas text does not wrap)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Decorator:
    def __init__(self, text: PageText, styles: ReportStyles) -> None:
        self.text, self.styles = text, styles
        self.logo = load_logo(text.logo_path)

    def first(self, canvas: Canvas, _doc: Any) -> None:
        s, t, fonts = self.styles, self.text, self.styles.fonts
        left, right, top = MARGIN, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12 * mm
        canvas.saveState()
        x = left
        if self.logo is not None:
            width_px, height_px = self.logo.getSize()
            width = min(LOGO_MAX_WIDTH, LOGO_HEIGHT * width_px / height_px)
            height = width * height_px / width_px
            try:
                canvas.drawImage(self.logo, left, top - LOGO_HEIGHT + (LOGO_HEIGHT - height) / 2, width, height,
                                 mask="auto")
                x = left + width + 4 * mm
            except Exception as exc:  # a logo reportlab cannot embed is left out, like a missing one
                log.info("Logo not drawn: %s", exc)
        right_block = 6 * mm + max(stringWidth(t.report_name, fonts.regular, 10.5),
                                   stringWidth(t.date, fonts.regular, 8.5), 40 * mm)
        room = max(30 * mm, right - right_block - x)
        size = next((sz for sz in (15, 14, 13, 12) if stringWidth(t.agency, fonts.bold, sz) <= room), 11)
        canvas.setFillColor(s.brand)
        canvas.setFont(fonts.bold, size)
        canvas.drawString(x, top - 6.5 * mm, fit_text(t.agency, fonts.bold, size, room))
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawString(x, top - 12 * mm, fit_text(t.consultant_line, fonts.regular, 8.5, room))
        canvas.setFillColor(s.brand)
        canvas.setFont(fonts.bold, 8)
        canvas.drawRightString(right, top - 2.5 * mm, t.confidential, charSpace=1.2)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.regular, 10.5)
        canvas.drawRightString(right, top - 8 * mm, fit_text(t.report_name, fonts.regular, 10.5, right_block))
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawRightString(right, top - 12.5 * mm, t.date)
        canvas.setStrokeColor(s.brand)
        canvas.setLineWidth(1.4)
        canvas.line(left, PAGE_HEIGHT - 30 * mm, right, PAGE_HEIGHT - 30 * mm)
        canvas.restoreState()

    def later(self, canvas: Canvas, _doc: Any) -> None:
        s, t, fonts = self.styles, self.text, self.styles.fonts
        left, right, y = MARGIN, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12 * mm
        canvas.saveState()
        canvas.setFillColor(s.brand)
        canvas.setFont(fonts.bold, 8.5)
        agency = fit_text(t.agency, fonts.bold, 8.5, CONTENT_WIDTH * 0.42)
        canvas.drawString(left, y, agency)
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.regular, 8)
        canvas.drawRightString(right, y, fit_text(t.running_title, fonts.regular, 8, CONTENT_WIDTH * 0.55))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        canvas.restoreState()


def _numbered_canvas(text: PageText, styles: ReportStyles) -> type[Canvas]:
    """A canvas that knows the page count, for "Page 1 of 3" footers."""
    fonts = styles.fonts

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
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            left, right = MARGIN, PAGE_WIDTH - MARGIN
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, 16 * mm, right, 16 * mm)
            self.setFillColor(GREY)
            self.setFont(fonts.regular, 7.5)
            self.drawString(left, 11.5 * mm, fit_text(text.contact, fonts.regular, 7.5, CONTENT_WIDTH - 30 * mm))
            self.drawRightString(right, 11.5 * mm, text.page.format(page=self._pageNumber, total=total))
            self.setFillColor(LIGHT_GREY)
            self.setFont(fonts.regular, 6.5)
            self.drawString(left, 7.5 * mm, fit_text(text.footer, fonts.regular, 6.5, CONTENT_WIDTH))
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    lang: str


def build_pdf(out: str | BinaryIO, story: list[Any], text: PageText, styles: ReportStyles,
              meta: Metadata) -> None:
    """Lay ``story`` out on A4 pages with the header, running header and footer, and write the PDF."""
    decorator = _Decorator(text, styles)
    first = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - FIRST_TOP - BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - LATER_TOP - BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=LATER_TOP, bottomMargin=BOTTOM,
        pageTemplates=[PageTemplate("first", [first], onPage=decorator.first, autoNextPageTemplate="later"),
                       PageTemplate("later", [later], onPage=decorator.later)],
        title=meta.title, author=meta.author, subject=meta.subject, keywords=meta.keywords,
        creator="hhdesk", producer="hhdesk", initialFontName=styles.fonts.regular, lang=meta.lang,
    )
    doc.build(story, canvasmaker=_numbered_canvas(text, styles))
