"""PDF pages as images: rasterised with pypdfium2 (off the GUI thread), shown stacked fit-to-width, printed.

QtPdf is not part of PySide6-Essentials, so pages are drawn from images rather than a QPdfView.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# PDFium is not thread-safe: one document at a time, whichever pool thread asks.
_PDFIUM_LOCK = threading.Lock()
PREVIEW_SCALE = 2.0  # 144 dpi: sharp at fit-to-width on an ordinary screen, ~8 MB per A4 page


def rasterise(pdf: bytes, scale: float = PREVIEW_SCALE, first: int = 0, last: int | None = None) -> list[QImage]:
    """Pages ``first``..``last`` (0-based, inclusive; all by default) of ``pdf`` as images, ``scale`` pixels per
    PDF point. Safe off the GUI thread: a QImage (unlike a QPixmap) may be made on any thread."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    images: list[QImage] = []
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            stop = len(document) - 1 if last is None else min(last, len(document) - 1)
            for index in range(max(0, first), stop + 1):
                page = document[index]
                try:
                    bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                                         rev_byteorder=True)  # RGBx: Format_RGBX8888 on every platform
                    try:
                        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                       QImage.Format.Format_RGBX8888)
                        images.append(image.copy())  # own the pixels before PDFium frees its buffer
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    """One image per sheet, as large as the paper allows without distortion, centred horizontally.

    The caller sets ``printer.setFullPage(True)``: the PDF pages carry their own margins."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPages", "The printer could not be opened."))
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = painter.viewport()
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(area.x() + (area.width() - size.width()) // 2, area.y()), size)
            painter.drawImage(target, image)
    finally:
        painter.end()


class PageStack(QWidget):
    """Page images one under the other, each as wide as the view (fit to width), on a grey desk with a
    shadow under every sheet. Height follows width, so it sits in a QScrollArea with ``widgetResizable``."""

    MARGIN, GAP, MAX_WIDTH = 18, 18, 1400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self._scaled: dict[int, QPixmap] = {}
        self._scaled_width = 0
        self._dimmed = False
        self._placeholder = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#e4e7eb"))
        self.setPalette(palette)

    # -- what the dialog calls ---------------------------------------------------------------------------
    def set_pages(self, images: list[QImage]) -> None:
        self._images = list(images)
        self._scaled.clear()
        self._dimmed = False
        self.updateGeometry()
        self.update()

    def images(self) -> list[QImage]:
        return list(self._images)

    def page_count(self) -> int:
        return len(self._images)

    def set_dimmed(self, dimmed: bool) -> None:
        """Pages shown faded while a fresher version is being made."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.update()

    def set_placeholder(self, text: str) -> None:
        """Shown in the middle while there are no pages."""
        self._placeholder = text
        self.update()

    def page_rects(self, width: int | None = None) -> list[QRect]:
        """Where each page is drawn at ``width`` (the widget's own by default)."""
        width = self.width() if width is None else width
        page_width = max(1, min(width - 2 * self.MARGIN, self.MAX_WIDTH))
        left = max(self.MARGIN, (width - page_width) // 2)
        rects, top = [], self.MARGIN
        for image in self._images:
            height = round(image.height() * page_width / max(1, image.width()))
            rects.append(QRect(left, top, page_width, height))
            top += height + self.GAP
        return rects

    # -- Qt overrides ------------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self.page_rects(width)
        return rects[-1].bottom() + 1 + self.MARGIN if rects else 200

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._images:
            if self._placeholder:
                painter.setPen(QColor("#5f6b7a"))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return
        rects = self.page_rects()
        if rects and rects[0].width() != self._scaled_width:
            self._scaled.clear()
            self._scaled_width = rects[0].width()
        for index, rect in enumerate(rects):
            if not rect.adjusted(-8, -8, 8, 8).intersects(event.rect()):
                continue
            self._paint_shadow(painter, rect)
            painter.setOpacity(0.45 if self._dimmed else 1.0)
            painter.drawPixmap(rect, self._pixmap(index, rect.size()))
            painter.setOpacity(1.0)
            painter.setPen(QColor("#b9c0c8"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(-0.5, -0.5, 0.5, 0.5))

    # -- helpers -----------------------------------------------------------------------------------------
    def _pixmap(self, index: int, size: QSize) -> QPixmap:
        """Scaled once per width (smoothly, for the screen's pixel density), then reused while scrolling."""
        cached = self._scaled.get(index)
        if cached is None:
            ratio = self.devicePixelRatioF()
            scaled = self._images[index].scaled(size * ratio, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)
            cached = QPixmap.fromImage(scaled)
            cached.setDevicePixelRatio(ratio)
            self._scaled[index] = cached
        return cached

    @staticmethod
    def _paint_shadow(painter: QPainter, rect: QRect) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for spread, alpha in ((6, 10), (4, 18), (2, 30)):
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRoundedRect(QRectF(rect.adjusted(-spread + 2, -spread + 3, spread + 2, spread + 3)),
                                    spread, spread)
