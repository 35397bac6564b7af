"""Read a resume file into text plus the contact fields a headhunter files first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hhdesk.core.parsing.contact_fields import find_email, find_name, find_phone
from hhdesk.core.parsing.text_extract import ResumeReadError, extract_text

__all__ = ["ParsedResume", "ResumeReadError", "parse_resume", "parse_text"]


@dataclass(frozen=True)
class ParsedResume:
    """The text of a resume and the contact fields found in it (``None`` where the resume is silent)."""

    text: str
    full_name: str | None
    email: str | None
    phone: str | None


def parse_text(text: str, default_region: str = "CN") -> ParsedResume:
    """Find name, e-mail and phone in already extracted resume ``text``.

    ``default_region`` (ISO 3166 alpha-2, from the user's settings) says how to read phone numbers
    written without a country code.
    """
    return ParsedResume(
        text=text,
        full_name=find_name(text),
        email=find_email(text),
        phone=find_phone(text, default_region),
    )


def parse_resume(path: Path, default_region: str = "CN") -> ParsedResume:
    """Extract the text of the PDF, DOCX or TXT resume at ``path`` and find its contact fields.

    Raises :class:`ResumeReadError` (with a message fit for the user) when the file cannot be read.
    """
    text = extract_text(path)
    try:
        return parse_text(text, default_region)
    except Exception as exc:  # a heuristic tripping over odd text must not crash an import
        raise ResumeReadError(f"could not analyse resume text ({type(exc).__name__})") from exc
