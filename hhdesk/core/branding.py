"""The agency's branding for reports (name, consultant, contact line, logo, colour) and other agency
settings, checked before they are stored."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import phonenumbers

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import ValidationError

MAX_LOGO_BYTES = 5_000_000
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}
_TEXT_LIMITS = {"agency_name": 120, "consultant_name": 120, "agency_contact": 200}


def validate_settings(values: dict[str, str]) -> dict[str, str]:
    """The values cleaned (trimmed, colour lower-case, region upper-case); ValidationError(field, message)
    for the first one that cannot be stored."""
    clean = {k: " ".join(str(v).split()) for k, v in values.items()}
    for key, limit in _TEXT_LIMITS.items():
        if key in clean and len(clean[key]) > limit:
            raise ValidationError(key, msg(QT_TRANSLATE_NOOP("Core", "At most {limit} characters."), limit=limit))
    if "agency_name" in clean and not clean["agency_name"]:
        raise ValidationError("agency_name", msg(
            QT_TRANSLATE_NOOP("Core", "The agency's name is printed on every report: enter it.")))
    if clean.get("brand_colour"):
        if not _COLOUR.fullmatch(clean["brand_colour"]):
            raise ValidationError("brand_colour", msg(
                QT_TRANSLATE_NOOP("Core", "Write the colour as #RRGGBB, e.g. #1F3A5F.")))
        clean["brand_colour"] = clean["brand_colour"].lower()
    if "phone_region" in clean:
        region = clean["phone_region"].upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError("phone_region", msg(
                QT_TRANSLATE_NOOP("Core", "Use a two-letter country code such as CN, HK, SG or US.")))
        clean["phone_region"] = region
    if "report_language" in clean and clean["report_language"] not in ("", "en", "zh"):
        raise ValidationError("report_language", msg(
            QT_TRANSLATE_NOOP("Core", "Reports are in English (en) or Chinese (zh).")))
    return clean


def store_logo(data_dir: Path, source: Path) -> str:
    """Copy a PNG or JPEG logo into the data folder (``branding/logo.png``); returns its path relative to the
    data folder. ValidationError("agency_logo", …) for anything else; nothing is changed then."""
    try:
        size = source.stat().st_size
        with source.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ValidationError("agency_logo", msg(
            QT_TRANSLATE_NOOP("Core", "Cannot read the logo: {reason}."), reason=exc.strerror or str(exc))) from exc
    suffix = next((ext for magic, ext in _IMAGE_MAGIC.items() if head.startswith(magic)), None)
    if suffix is None:
        raise ValidationError("agency_logo", msg(QT_TRANSLATE_NOOP("Core", "The logo must be a PNG or JPEG image.")))
    if size > MAX_LOGO_BYTES:
        raise ValidationError("agency_logo", msg(QT_TRANSLATE_NOOP("Core", "The logo is larger than 5 MB.")))
    folder = data_dir / "branding"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"logo{suffix}"
    tmp = folder / f".logo{suffix}.part"
    shutil.copyfile(source, tmp)
    tmp.replace(target)
    for old in folder.glob("logo.*"):
        if old != target:
            old.unlink(missing_ok=True)
    return target.relative_to(data_dir).as_posix()


def logo_path(data_dir: Path, stored: str) -> Path | None:
    """The logo file a setting names (relative to the data folder, or absolute), if it exists."""
    if not stored:
        return None
    path = Path(stored)
    path = path if path.is_absolute() else data_dir / path
    return path if path.is_file() else None
