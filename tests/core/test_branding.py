"""Agency branding and settings: checked before they are stored; the logo copied into the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from hhdesk.core.branding import logo_path, store_logo, validate_settings
from hhdesk.core.records import ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_valid_settings_are_cleaned() -> None:
    assert validate_settings({"agency_name": "  Talent  Bridge ", "brand_colour": "#1F3A5F", "phone_region": "hk",
                              "report_language": "zh"}) == {
        "agency_name": "Talent Bridge", "brand_colour": "#1f3a5f", "phone_region": "HK", "report_language": "zh"}


@pytest.mark.parametrize(("values", "field"), [
    ({"agency_name": " "}, "agency_name"),
    ({"agency_name": "x" * 121}, "agency_name"),
    ({"brand_colour": "navy"}, "brand_colour"),
    ({"brand_colour": "#12345"}, "brand_colour"),
    ({"phone_region": "XX"}, "phone_region"),
    ({"report_language": "fr"}, "report_language"),
    ({"agency_contact": "y" * 201}, "agency_contact"),
])
def test_bad_settings_are_refused(values: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_settings(values)
    assert info.value.field == field


def test_logo_is_copied_and_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    png, jpg = tmp_path / "a.png", tmp_path / "b.jpeg"
    png.write_bytes(PNG)
    jpg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 32)
    assert store_logo(data, png) == "branding/logo.png"
    assert logo_path(data, "branding/logo.png") == data / "branding" / "logo.png"
    assert store_logo(data, jpg) == "branding/logo.jpg"
    assert sorted(p.name for p in (data / "branding").iterdir()) == ["logo.jpg"]  # the old one is gone
    assert logo_path(data, "branding/logo.png") is None and logo_path(data, "") is None


@pytest.mark.parametrize("content", [b"GIF89a....", b"%PDF-1.4", b""])
def test_a_logo_that_is_not_png_or_jpeg_is_refused(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        store_logo(tmp_path / "data", bad)
    assert not (tmp_path / "data" / "branding").exists() or not any((tmp_path / "data" / "branding").iterdir())
    with pytest.raises(ValidationError, match="Cannot read"):
        store_logo(tmp_path / "data", tmp_path / "missing.png")


def test_report_language_may_follow_the_window() -> None:
    from hhdesk.core.services.settings import DEFAULTS

    assert DEFAULTS["report_language"] == ""  # reports in the window's language until the agency chooses
    assert validate_settings({"report_language": ""}) == {"report_language": ""}
