"""The recommendation PDF, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from hhdesk.core.reports.fonts import cjk_fonts, register_cjk_font
from hhdesk.core.reports.recommendation import CriterionLine, RecommendationInput, render_recommendation

HOSTILE = "<b>&</para>"


def make_input(language: str = "en", **changes: Any) -> RecommendationInput:
    zh = language == "zh"
    data = RecommendationInput(
        language=language,
        agency_name="Falcon Talent Partners",
        consultant_name="Lina Li",
        report_date=datetime.date(2025, 3, 12),
        client_company="上海某某科技" if zh else "Acme Robotics GmbH",
        position_title="高级嵌入式软件工程师" if zh else "Senior Embedded Engineer",
        position_city="上海" if zh else "Munich",
        candidate_name="张伟" if zh else "Zhang Wei",
        anonymous=False,
        email="zhang.wei@example.com",
        phone="+86 138 0013 8000",
        city="上海",
        current_title="嵌入式软件主管" if zh else "Embedded Software Lead",
        current_company="上海某某科技",
        years_experience="9",
        current_status="在职" if zh else "Employed, one month notice",
        reasons_for_change="希望带领团队" if zh else "Wants to lead a team",
        next_company_requirements="技术驱动" if zh else "Technology-driven",
        main_skills="C/C++, RTOS, CAN",
        current_salary="30,000 CNY × 14",
        expected_salary="38,000 CNY × 14",
        intention="强烈" if zh else "Strong",
        assessment="候选人表达清晰，建议安排技术面试。" if zh else "Clear communicator; recommend an interview.",
        match_total=78,
        criteria=(
            CriterionLine("C/C++", 0.95, "9 年经验" if zh else "9 years"),
            CriterionLine("AUTOSAR", None, "未评估" if zh else "Not assessed"),
        ),
    )
    return dataclasses.replace(data, **changes)


def render(data: RecommendationInput, tmp_path: Path) -> tuple[PdfReader, str]:
    path = tmp_path / f"report_{data.language}.pdf"
    render_recommendation(data, path)
    reader = PdfReader(path)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    """Text without whitespace: extraction may break lines anywhere in wrapped or CJK text."""
    return re.sub(r"\s+", "", text)


def test_english_report_has_sections_and_data(tmp_path: Path) -> None:
    reader, text = render(make_input("en"), tmp_path)
    for expected in ("Falcon Talent Partners", "Confidential candidate recommendation", "Candidate summary",
                     "Key facts", "Consultant's assessment", "Match with the position", "78 / 100",
                     "Zhang Wei", "Acme Robotics GmbH", "zhang.wei@example.com", "+86 138 0013 8000",
                     "38,000 CNY × 14", "上海某某科技", "Page 1 of 1", "Confidential"):
        assert expected in text, expected
    assert "95%" in text and "—" in text  # unknown score
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Recommendation – Zhang Wei – Senior Embedded Engineer"
    assert meta.author == "Falcon Talent Partners"
    assert "Acme Robotics GmbH" in (meta.subject or "")


def test_chinese_report_has_sections_and_data(tmp_path: Path) -> None:
    _, text = render(make_input("zh"), tmp_path)
    flat = squash(text)
    for expected in ("候选人推荐报告（保密）", "候选人概况", "关键信息", "顾问评估", "职位匹配度", "总体匹配度",
                     "张伟", "上海某某科技", "高级嵌入式软件工程师", "候选人表达清晰，建议安排技术面试。",
                     "78/100", "未知", "2025年3月12日", "第1/1页", "保密文件"):
        assert expected in flat, expected


def test_anonymous_report_hides_contact_details_and_names(tmp_path: Path) -> None:
    data = make_input("en", anonymous=True, candidate_name="Candidate HH-0042")
    reader, text = render(data, tmp_path)
    assert "Candidate HH-0042" in text
    for secret in ("zhang.wei@example.com", "138 0013", "E-mail", "Phone"):
        assert secret not in text
    meta = reader.metadata
    assert meta is not None
    values = " ".join(str(v) for v in meta.values())
    for name in ("HH-0042", "Zhang", "Lina Li", "example.com"):
        assert name not in values
    assert meta.title == "Recommendation – Senior Embedded Engineer"


def test_hostile_strings_render_literally(tmp_path: Path) -> None:
    data = make_input(
        "en", candidate_name=HOSTILE, agency_name=f"A{HOSTILE}", main_skills="R&D <i>not italic</i> &amp;",
        assessment=f"line one {HOSTILE}\nline two", position_title=HOSTILE,
        criteria=(CriterionLine(HOSTILE, 0.5, "<font size=40>big</font>"),),
    )
    reader, text = render(data, tmp_path)
    assert text.count(HOSTILE) >= 4  # title, assessment, criterion, header band
    assert "R&D <i>not italic</i> &amp;" in text
    assert "<font size=40>big</font>" in text
    assert reader.metadata is not None and HOSTILE in (reader.metadata.title or "")


def test_empty_and_none_fields_never_print_none(tmp_path: Path) -> None:
    data = make_input(
        "en", city="", current_company=None, years_experience="  ", intention="", assessment="",  # type: ignore[arg-type]
        reasons_for_change=None, match_total=None,  # type: ignore[arg-type]
        criteria=(CriterionLine("Mandarin", None, ""), CriterionLine("Leadership", float("nan"), "ok")),
    )
    _, text = render(data, tmp_path)
    assert "None" not in text and "nan" not in text.lower()
    assert "Consultant's assessment" not in text  # empty section omitted
    assert "Reasons for change" not in text
    assert "Current company" in text  # summary keeps its grid, showing a dash
    assert "Match with the position" in text


def test_no_bottom_line_field() -> None:
    names = [f.name for f in dataclasses.fields(RecommendationInput)]
    assert not [n for n in names if "bottom" in n.lower()]


def test_renders_to_binary_stream_and_long_text_flows_over_pages() -> None:
    buffer = io.BytesIO()
    long_notes = "\n".join(f"Observation {i}: " + "solid embedded background. " * 8 for i in range(120))
    render_recommendation(make_input("zh", assessment=long_notes, main_skills=long_notes[:3000]), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) > 2
    assert "Observation 119" in reader.pages[-1].extract_text() + reader.pages[-2].extract_text()


def _fonts(reader: PdfReader) -> list[Any]:
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object().values() if fonts else []):
            found.append(ref.get_object())
    return found


def test_cjk_font_is_embedded(tmp_path: Path) -> None:
    fonts = cjk_fonts()
    assert register_cjk_font() == fonts.regular
    if not fonts.embedded:
        pytest.skip("no TrueType CJK font on this machine: STSong-Light CID fallback is not embedded")
    reader, _ = render(make_input("zh"), tmp_path)
    font_dicts = _fonts(reader)
    assert font_dicts
    for font in font_dicts:  # every font is a subset of the embedded TrueType font, no base-14 leftovers
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_reportlab_is_not_imported_at_module_import() -> None:
    code = ("import sys, hhdesk.core.reports.recommendation, hhdesk.core.reports.fonts; "
            "assert not [m for m in sys.modules if m.startswith('reportlab')]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
