"""Readers for the formats that need more than one library: RTF (striprtf, GBK code pages), legacy Word
.doc (LibreOffice, else antiword) and scanned PDFs (tesseract through pytesseract, when installed).

Each raises :class:`~hhdesk.core.parsing.text_extract.ResumeReadError` with a message that says what is
missing; the optional tools are found at run time, never required.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg

__all__ = ["ocr_pdf", "read_doc", "read_rtf", "rtf_to_text"]

CONVERT_TIMEOUT_SECONDS = 60
OCR_DPI = 300
OCR_MAX_PAGES = 10
_ANSICPG = re.compile(rb"\\ansicpg(\d+)")


def _error(message: str) -> Exception:
    from hhdesk.core.parsing.text_extract import ResumeReadError

    return ResumeReadError(message)


def rtf_to_text(data: bytes) -> str:
    """The text of an RTF document. ``\\'xx`` escapes are decoded with the document's ``\\ansicpg`` code
    page (936 = GBK for Chinese), so Chinese RTF from Word or WPS reads correctly."""
    from striprtf.striprtf import rtf_to_text as strip

    if not data.lstrip().startswith(b"{\\rtf"):
        raise _error(msg(QT_TRANSLATE_NOOP("Core", "file is damaged or not an RTF document")))
    found = _ANSICPG.search(data[:4096])
    encoding = f"cp{found.group(1).decode()}" if found else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    # RTF is 7-bit ASCII by definition; latin-1 keeps any stray 8-bit byte instead of failing.
    return strip(data.decode("latin-1"), encoding=encoding, errors="replace")


def read_rtf(path: Path) -> str:
    """Read an RTF resume."""
    return rtf_to_text(path.read_bytes())


def read_doc(path: Path, docx_reader: Callable[[Path], str]) -> str:
    """Read a legacy Word .doc: converted to DOCX by LibreOffice when installed, else read by antiword."""
    if not path.read_bytes()[:8].startswith(b"\xd0\xcf\x11\xe0"):
        from hhdesk.core.parsing.text_extract import _describe_wrong_content, _head

        raise _error(_describe_wrong_content(_head(path), "Word .doc"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        with tempfile.TemporaryDirectory(prefix="hhdesk-doc-") as folder:
            try:
                subprocess.run(
                    [soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                     "--convert-to", "docx", "--outdir", folder, str(path)],
                    check=True, capture_output=True, timeout=CONVERT_TIMEOUT_SECONDS,
                )
            except (subprocess.SubprocessError, OSError) as exc:
                raise _error(msg(QT_TRANSLATE_NOOP("Core", "LibreOffice could not convert this .doc file"))) from exc
            converted = Path(folder) / (path.stem + ".docx")
            if not converted.is_file():
                raise _error(msg(QT_TRANSLATE_NOOP("Core", "LibreOffice could not convert this .doc file")))
            return docx_reader(converted)
    antiword = shutil.which("antiword")
    if antiword:
        try:
            done = subprocess.run([antiword, "-m", "UTF-8.txt", str(path)], check=True, capture_output=True,
                                  timeout=CONVERT_TIMEOUT_SECONDS)
        except (subprocess.SubprocessError, OSError) as exc:
            raise _error(msg(QT_TRANSLATE_NOOP("Core", "antiword could not read this .doc file"))) from exc
        return done.stdout.decode("utf-8", errors="replace")
    raise _error(msg(
        QT_TRANSLATE_NOOP("Core", "Legacy .doc files need LibreOffice or antiword installed; save it as DOCX or PDF.")))


def ocr_available() -> bool:
    """True when pytesseract imports and the tesseract program is on the PATH."""
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return shutil.which("tesseract") is not None


def ocr_pdf(path: Path) -> str:
    """OCR an image-only PDF (Chinese and English) page by page, rendered with pypdfium2."""
    if not ocr_available():
        raise _error(msg(QT_TRANSLATE_NOOP(
            "Core", "image-only PDF: no text layer; OCR is not available (install tesseract with chi_sim)")))
    import pypdfium2
    import pytesseract

    languages = "chi_sim+eng"
    try:
        installed = set(pytesseract.get_languages(config=""))
        languages = "+".join(lang for lang in ("chi_sim", "eng") if lang in installed) or "eng"
    except Exception:  # an old tesseract without --list-langs: try both
        pass
    pages = []
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(min(len(pdf), OCR_MAX_PAGES)):
            image = pdf[index].render(scale=OCR_DPI / 72).to_pil()
            pages.append(pytesseract.image_to_string(image, lang=languages))
    finally:
        pdf.close()
    return "\n".join(pages)
