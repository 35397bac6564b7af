"""Find and register a font that draws both Chinese and Latin text in reportlab.

A client opening a report may have no Chinese fonts installed, so a TrueType CJK font is embedded (reportlab
subsets it): the one shipped in ``resources/fonts``, else one of the system's. Only if none is found do we
fall back to the built-in ``STSong-Light`` CID font, which is *not* embedded and may show empty boxes on
machines without an Asian font pack.

reportlab is imported inside the functions: the app must not pay for it at start-up.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

REGULAR_NAME = "HHDeskCJK"
BOLD_NAME = "HHDeskCJK-Bold"
CID_FALLBACK = "STSong-Light"
# Set to a .ttf/.ttc path to force a font (tests, unusual installs).
ENV_OVERRIDE = "HHDESK_CJK_FONT"


@dataclass(frozen=True)
class CjkFonts:
    """The registered font names and where they came from."""

    regular: str
    bold: str
    embedded: bool  # False for the CID fallback
    source: str  # file path, or the CID font name


@dataclass(frozen=True)
class _Candidate:
    path: str
    index: int = 0
    bold_path: str | None = None
    bold_index: int = 0


def _windows_fonts() -> str:
    return os.path.join(os.environ.get("WINDIR", "C:/Windows"), "Fonts")


# Shipped with hhdesk (Apache-2.0, see resources/fonts/LICENSE-wqy-microhei.txt): reports render the same
# on every machine, with or without Chinese fonts installed.
BUNDLED = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "wqy-microhei.ttc"


def _candidates() -> Iterator[_Candidate]:
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        yield _Candidate(override)
    yield _Candidate(str(BUNDLED))
    # Linux: WenQuanYi first (sans-serif, good Latin glyphs), then AR PL.
    for folder in (
        "/usr/share/fonts/truetype/wqy",  # Debian/Ubuntu
        "/usr/share/fonts/wqy-microhei",  # Fedora
        "/usr/share/fonts/wenquanyi/wqy-microhei",  # Arch
        "/usr/share/fonts/wqy-zenhei",
        "/usr/share/fonts/wenquanyi/wqy-zenhei",
    ):
        for name in ("wqy-microhei.ttc", "wqy-zenhei.ttc"):
            yield _Candidate(f"{folder}/{name}")
    arphic = Path("/usr/share/fonts/truetype/arphic")
    if arphic.is_dir():
        for path in sorted(arphic.glob("*.tt[fc]")):
            yield _Candidate(str(path))
    # Windows: Microsoft YaHei has a real bold face.
    win = _windows_fonts()
    yield _Candidate(f"{win}/msyh.ttc", 0, f"{win}/msyhbd.ttc", 0)
    yield _Candidate(f"{win}/msyh.ttf", 0, f"{win}/msyhbd.ttf", 0)
    yield _Candidate(f"{win}/Deng.ttf", 0, f"{win}/Dengb.ttf", 0)
    yield _Candidate(f"{win}/simhei.ttf")
    yield _Candidate(f"{win}/simsun.ttc")
    # macOS.
    for folder in ("/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts"):
        yield _Candidate(f"{folder}/STHeiti Light.ttc", 0, f"{folder}/STHeiti Medium.ttc", 0)
        yield _Candidate(f"{folder}/STHeiti Medium.ttc")
        yield _Candidate(f"{folder}/Hiragino Sans GB.ttc", 0, f"{folder}/Hiragino Sans GB.ttc", 1)
        yield _Candidate(f"{folder}/Arial Unicode.ttf")


def _load_ttf(name: str, path: str, index: int) -> object | None:
    """A TTFont covering Latin and CJK, or None (missing file, PostScript outlines, no Latin glyphs...)."""
    from reportlab.pdfbase.ttfonts import TTFont

    if not os.path.isfile(path):
        return None
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception as exc:  # TTFError, OSError, struct errors on odd files
        log.debug("Skipping font %s#%d: %s", path, index, exc)
        return None
    glyphs = font.face.charToGlyph
    # DroidSansFallback and friends have no Latin: reject, the report would print boxes for English.
    if not all(ord(ch) in glyphs for ch in "Aa1中文"):
        log.debug("Skipping font %s#%d: missing Latin or CJK glyphs", path, index)
        return None
    return font


def _register() -> CjkFonts:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for cand in _candidates():
        regular = _load_ttf(REGULAR_NAME, cand.path, cand.index)
        if regular is None:
            continue
        bold = _load_ttf(BOLD_NAME, cand.bold_path, cand.bold_index) if cand.bold_path else None
        pdfmetrics.registerFont(regular)
        bold_name = REGULAR_NAME
        if bold is not None:
            pdfmetrics.registerFont(bold)
            bold_name = BOLD_NAME
        _map_family(REGULAR_NAME, bold_name)
        log.info("CJK report font: %s#%d (bold: %s)", cand.path, cand.index, cand.bold_path or "same")
        return CjkFonts(REGULAR_NAME, bold_name, True, cand.path)

    log.warning(
        "No TrueType CJK font found; falling back to %s, which is not embedded and may show "
        "empty boxes on machines without Chinese fonts. Install e.g. fonts-wqy-microhei.",
        CID_FALLBACK,
    )
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    _map_family(CID_FALLBACK, CID_FALLBACK)
    return CjkFonts(CID_FALLBACK, CID_FALLBACK, False, CID_FALLBACK)


def _map_family(regular: str, bold: str) -> None:
    from reportlab.lib.fonts import addMapping

    # So that <b> inside a Paragraph switches to the bold face (or stays put if there is none).
    for is_bold, is_italic, face in ((0, 0, regular), (1, 0, bold), (0, 1, regular), (1, 1, bold)):
        addMapping(regular, is_bold, is_italic, face)


_lock = threading.Lock()
_cached: CjkFonts | None = None


def cjk_fonts() -> CjkFonts:
    """Register (once per process) and return the CJK report fonts; thread-safe."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = _register()
        return _cached


def register_cjk_font() -> str:
    """Return the name of a registered reportlab font that draws both Chinese and Latin text.

    Prefers an embedded TrueType font found on the system; falls back to the ``STSong-Light`` CID font
    with a logged warning. The result is cached; call :func:`cjk_fonts` for the bold name too.
    """
    return cjk_fonts().regular
