"""Checks for what people type into forms: e-mail, phone, website, company names. Messages are for users."""

from __future__ import annotations

import re
import unicodedata

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import ValidationError

_LEGAL_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司",
    "co ltd", "co., ltd.", "co., ltd", "co ltd.", "company limited", "limited", "ltd", "inc", "incorporated",
    "corporation", "corp", "gmbh", "llc", "plc", "group", "holdings", "holding", "ag", "sa",
)


def check_email(field_name: str, value: str) -> str:
    """The address normalised, or :class:`ValidationError`; empty stays empty."""
    value = value.strip()
    if not value:
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(field_name, msg(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not an e-mail address: {problem}"),
            value=value, problem=str(exc))) from None


def check_phone(field_name: str, value: str, region: str = "CN") -> str:
    """The number in international form (+86 138 0013 8000), or :class:`ValidationError`; empty stays empty."""
    value = value.strip()
    if not value:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ValidationError(field_name, msg(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a phone number."), value=value))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z\u00a1-\uffff]{2,}$", re.IGNORECASE)


def check_website(field_name: str, value: str) -> str:
    """A web address with its scheme (https:// added when missing), or :class:`ValidationError`."""
    value = value.strip()
    if not value:
        return ""
    from urllib.parse import urlsplit

    url = value if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.IGNORECASE) else f"https://{value}"
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(parts.hostname or "") or " " in value:
        raise ValidationError(field_name, msg(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a website address (e.g. www.example.com)."), value=value))
    return url


def fold_company_name(name: str) -> str:
    """A key under which spellings of one company meet: width, case, spaces, punctuation, legal suffixes."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = re.sub(r"[\s\u3000]+", " ", text)
    changed = True
    while changed:  # "阿里巴巴集团有限公司" → "阿里巴巴"; "Acme Co., Ltd." → "acme"; "Visa" stays "visa"
        changed = False
        for suffix in _LEGAL_SUFFIXES:
            latin = suffix.isascii()
            pattern = (r"[\s,.(（]+" if latin else "") + re.escape(suffix) + r"[\s.)）]*$"
            match = re.search(pattern, text)
            if match and match.start() > 0:
                text = text[: match.start()].rstrip(" ,.()（）")
                changed = True
    return re.sub(r"[\W_]+", "", text)
