"""Plain text out of a resume file (PDF, DOCX, TXT, RTF, legacy DOC; scanned PDFs when OCR is installed).

Every failure surfaces as :class:`ResumeReadError` with a short message a user can act on; callers never
need to know which library read the file.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg

MAX_FILE_BYTES = 50 * 1024 * 1024
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".rtf", ".doc")
# A DOCX whose parts inflate past this, or by more than this ratio, is refused before it is unpacked.
MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_DOCX_RATIO = 100

# pdfminer warns loudly about harmless font quirks (missing FontBBox...). A NullHandler keeps those
# off stderr when the application has not configured logging, while still letting a configured root
# handler see them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PNG_JPEG_GIF = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8")

# docx2python writes images, footnote and endnote anchors and comments inline as '----...----'.
_DOCX_MARKERS = re.compile(
    r"----Image alt text---->.*?<----media/[^\n]*?----"
    r"|----media/[^\n]*?----"
    r"|----(?:footnote|endnote|comment)\d+----",
)
# pdfminer renders glyphs it cannot map (icon fonts) as '(cid:123)'.
_CID = re.compile(r"\(cid:\d+\)")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


class ResumeReadError(ValueError):
    """A resume file could not be turned into text; ``message`` is fit to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def extract_text(path: Path) -> str:
    """Return the text of the resume at ``path``, lightly cleaned (one space between words, at most one
    blank line in a row, icon-font garbage and DOCX image markers removed).

    Raises :class:`ResumeReadError` for anything that prevents reading: a missing or unreadable file, an
    empty or oversized one, an unsupported extension, an encrypted or corrupt document, or a PDF that has
    no text layer. No other exception type escapes.
    """
    try:
        path = Path(path)
        _check_size(path)
        reader = _reader_for(path)
        text = _clean(reader(path))
    except ResumeReadError:
        raise
    except MemoryError as exc:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "file is too complex to read"))) from exc
    except Exception as exc:  # a library failing in a way we did not foresee
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "could not read file ({error})"), error=type(exc).__name__)) from exc
    if not text and path.suffix.lower() == ".pdf":
        text = _ocr(path)
    if not text:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "file contains no text")))
    return text


def _ocr(path: Path) -> str:
    from hhdesk.core.parsing.extra_formats import ocr_available, ocr_pdf

    if not ocr_available():
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "image-only PDF: no text layer; OCR is not available")))
    try:
        text = _clean(ocr_pdf(path))
    except ResumeReadError:
        raise
    except Exception as exc:
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "OCR of the scanned PDF failed ({error})"), error=type(exc).__name__)) from exc
    if not text:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "image-only PDF: OCR found no text")))
    return text


def _reader_for(path: Path) -> Callable[[Path], str]:
    suffix = path.suffix.lower()
    from hhdesk.core.parsing.extra_formats import read_doc, read_rtf

    readers: dict[str, Callable[[Path], str]] = {
        ".pdf": _read_pdf, ".docx": _read_docx, ".txt": _read_txt, ".rtf": read_rtf,
        ".doc": lambda p: read_doc(p, _read_docx),
    }
    if suffix not in readers:
        shown = suffix or "(none)"
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "unsupported file type {suffix}; use PDF, DOCX, TXT or RTF"), suffix=shown))
    return readers[suffix]


def _check_size(path: Path) -> None:
    try:
        if not path.exists():
            raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "file not found")))
        if not path.is_file():
            raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "not a regular file")))
        size = path.stat().st_size
        readable = os.access(path, os.R_OK)
    except OSError as exc:
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "cannot access file: {reason}"), reason=exc.strerror or str(exc))) from exc
    if size == 0:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "file is empty")))
    if size > MAX_FILE_BYTES:
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "file is larger than {megabytes} MB"), megabytes=MAX_FILE_BYTES // (1024 * 1024)))
    if not readable:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "no permission to read this file")))


def _head(path: Path, size: int = 1024) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "cannot open file: {reason}"), reason=exc.strerror or str(exc))) from exc


def _describe_wrong_content(head: bytes, expected: str) -> str:
    if head.startswith(_PNG_JPEG_GIF):
        return msg(QT_TRANSLATE_NOOP("Core", "file is an image, not a {expected}"), expected=expected)
    if head.startswith(b"%PDF"):
        return msg(QT_TRANSLATE_NOOP("Core", "file is a PDF, not a {expected}; rename it to .pdf"), expected=expected)
    if head.startswith(_OLE_MAGIC):
        return msg(QT_TRANSLATE_NOOP("Core", "file is a legacy Word .doc or a password-protected document, not a DOCX"))
    return msg(QT_TRANSLATE_NOOP("Core", "file is damaged or not a {expected}"), expected=expected)


def _read_pdf(path: Path) -> str:
    # Imported lazily: pdfminer is slow to import and only needed for PDFs.
    from pdfminer.high_level import extract_text as pdfminer_extract
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect, PDFTextExtractionNotAllowed

    head = _head(path)
    # The PDF spec lets the header sit anywhere in the first 1024 bytes.
    if b"%PDF-" not in head:
        raise ResumeReadError(_describe_wrong_content(head, "PDF"))
    try:
        return pdfminer_extract(str(path), laparams=LAParams())
    except (PDFPasswordIncorrect, PDFEncryptionError, PDFTextExtractionNotAllowed) as exc:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "PDF is encrypted or password-protected"))) from exc
    except Exception as exc:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "PDF is damaged and cannot be read"))) from exc


def _read_docx(path: Path) -> str:
    from docx2python import docx2python

    head = _head(path)
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise ResumeReadError(_describe_wrong_content(head, "DOCX"))
    try:
        with zipfile.ZipFile(path) as zf:
            if "word/document.xml" not in zf.namelist():
                raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "file is a ZIP archive but not a Word document")))
            _refuse_zip_bomb(zf, path.stat().st_size)
            document_xml = zf.read("word/document.xml")
    except (zipfile.BadZipFile, OSError) as exc:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "DOCX is damaged and cannot be read"))) from exc
    try:
        # duplicate_merged_cells=False: otherwise text in merged table cells is repeated.
        with docx2python(path, duplicate_merged_cells=False) as content:
            return _DOCX_MARKERS.sub("", content.text)
    except Exception:
        # docx2python trips over files that are valid but unusual (e.g. written by small tools that omit
        # namespace declarations Word always writes); the body paragraphs alone beat a refusal.
        return _docx_body_text(document_xml)


def _refuse_zip_bomb(zf: zipfile.ZipFile, packed_size: int) -> None:
    # The sizes in the central directory are what the parts claim; reading more than they claim fails
    # in zipfile itself, so checking them before docx2python unpacks anything is enough.
    unpacked = sum(info.file_size for info in zf.infolist())
    if unpacked > MAX_DOCX_UNCOMPRESSED_BYTES or unpacked > MAX_DOCX_RATIO * max(packed_size, 1):
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "DOCX unpacks to far more than its size (zip bomb); refused")))


def _docx_body_text(document_xml: bytes) -> str:
    from xml.etree import ElementTree

    word = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        root = ElementTree.fromstring(document_xml)
    except ElementTree.ParseError as exc:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "DOCX is damaged and cannot be read"))) from exc
    paragraphs = []
    for para in root.iter(f"{word}p"):
        parts = [
            node.text or "" if node.tag == f"{word}t" else "\t"
            for node in para.iter()
            if node.tag in (f"{word}t", f"{word}tab")
        ]
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _read_txt(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ResumeReadError(msg(
            QT_TRANSLATE_NOOP("Core", "cannot open file: {reason}"), reason=exc.strerror or str(exc))) from exc
    return decode_text_bytes(data)


def decode_text_bytes(data: bytes) -> str:
    """Decode a plain-text resume: a BOM (UTF-8, UTF-16, UTF-32) wins, else UTF-8, else GB18030.

    Raises :class:`ResumeReadError` when the bytes are evidently binary.
    """
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ResumeReadError(msg(
                    QT_TRANSLATE_NOOP("Core", "text file is damaged ({encoding} with errors)"),
                    encoding=encoding)) from exc
    if b"\x00" in data:
        raise ResumeReadError(msg(QT_TRANSLATE_NOOP("Core", "file is binary, not a text file")))
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    # Mostly GB text with a few bad bytes reads better than a refusal.
    return data.decode("gb18030", errors="replace")


def _clean(text: str) -> str:
    # Word-exported PDFs separate words with '\t\r\xa0'; a lone CR is a word gap, not a line break.
    text = text.replace("\r\n", "\n").replace("\r", " ").replace("\x0c", "\n")
    text = text.replace("\u00ad", "").replace("\ufeff", "")
    text = _CID.sub(" ", text)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
