"""The recommendation PDF, read back with pypdf: what it shows in each language, what it must never show
(the bottom line, the fee, internal notes, other clients, and in anonymous reports who the candidate is),
hostile text, the embedded font, mixed Chinese/English line breaking and the agency's branding.

Every person and company here is invented."""

from __future__ import annotations

import dataclasses
import datetime
import io
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import update
from test_services import k, make_candidate, make_company, make_position

from hhdesk.core.db.models import Candidate
from hhdesk.core.records import REPORT_SECTIONS, CompanyInput, KeyFacts, ReportOptions, ScreenInput
from hhdesk.core.reports.fonts import cjk_fonts, register_cjk_font
from hhdesk.core.reports.recommendation import (
    CareerLine,
    CriterionLine,
    RecommendationInput,
    render_recommendation,
)
from hhdesk.core.reports.report_text import LABELS
from hhdesk.core.services import Services
from hhdesk.core.services.settings import DEFAULTS

HOSTILE = "<b>&</para>"
LANGS = ("en", "zh")
SECTION_HEADINGS = {lang: {key: LABELS[lang][key] for key in REPORT_SECTIONS} for lang in LANGS}

# --- reading PDFs -------------------------------------------------------------------------------------


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    """Text without whitespace: extraction may break lines anywhere in wrapped or CJK text."""
    return re.sub(r"\s+", "", text)


def metadata_text(reader: PdfReader) -> str:
    meta = reader.metadata or {}
    return " ".join(str(v) for v in meta.values())


def font_dicts(reader: PdfReader) -> list[Any]:
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object().values() if fonts else []):
            found.append(ref.get_object())
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in (xobjects.get_object().values() if xobjects else []):  # drawings may carry their own fonts
            res = ref.get_object().get("/Resources")
            inner = res.get_object().get("/Font") if res else None
            found += [r.get_object() for r in (inner.get_object().values() if inner else [])]
    return found


def images_on(page: Any) -> int:
    resources = page.get("/Resources").get_object()
    xobjects = resources.get("/XObject")
    if not xobjects:
        return 0
    return sum(1 for ref in xobjects.get_object().values() if ref.get_object().get("/Subtype") == "/Image")


# --- a candidate with everything a report can show, and everything it must not ------------------------

RESUME = """Maria Gonzalez
maria@example.org | +86 138 0013 8000 | WeChat: maria_gz88
Address: 88 Nanjing West Road, Shanghai

EXPERIENCE
Backend Engineer, Globex Ltd, Shanghai, Nov 2021 – Present
- Built payment APIs in Python and Django.
Software Engineer, Initech Systems, Beijing, Mar 2018 – Mar 2021
- Maintained PostgreSQL data pipelines.
Junior Developer, Hooli Labs, Beijing, Jul 2016 – Feb 2018
- Wrote internal tools.

EDUCATION
Bachelor of Science in Computer Science, Fudan University, 2012 - 2016

LANGUAGES
English (fluent), Mandarin (native)
"""


@dataclass(frozen=True)
class Scenario:
    cid: int
    pid: int
    other_pid: int
    name: str = "Maria Gonzalez"
    email: str = "maria@example.org"
    phone_forms: tuple[str, ...] = ("13800138000", "138 0013 8000", "138-0013-8000")
    wechat: str = "maria_gz88"
    employer: str = "Globex"
    address: str = "Nanjing West Road"
    other_client: str = "Initrode"
    notes: tuple[str, ...] = ("INTERNAL-SCREEN-NOTE", "INTERNAL-CANDIDATE-NOTE", "INTERNAL-CLIENT-NOTE")
    fee_forms: tuple[str, ...] = ("23.75", "88,888", "88888")
    gap_explanation: str = "cared for a parent"


# Ways a bottom line of 33k × 14 a month could be printed (monthly and annual).
BOTTOM_LINE_FORMS = ("33,000", "33000", "462,000", "462000", "46.2万", "3.3万", "33k", "33K")


def set_wechat(services: Services, cid: int, wechat: str) -> None:
    with services.sessions.begin() as s:
        s.execute(update(Candidate).where(Candidate.id == cid).values(wechat=wechat))


def build_scenario(services: Services, tmp_path: Path, name: str = "Maria Gonzalez", resume: str = RESUME,
                   **candidate: object) -> Scenario:
    """A screened candidate with a resume, a gap explained on the call, a bottom line, a WeChat id; a
    position with a fee; another client whose position the candidate is also in the pipeline (and was
    submitted) for."""
    services.settings.set({"consultant_name": "Lina Li", "agency_contact": "+86 21 5555 0100 · hello@falcon.example",
                           "agency_name": "Falcon Talent Partners"})
    client = services.companies.save_company(CompanyInput(
        name="Acme Robotics", city="Shanghai", core_values="Customers first; ownership.",
        leadership_style="Hands-off, engineering-led.", notes="INTERNAL-CLIENT-NOTE: fee 23.75% agreed")).id
    pid = make_position(services, client, fee_kind="percent", fee_value=23.75)
    other = services.companies.save_company(CompanyInput(name="Initrode Holdings", aliases="Initrode|因尼特")).id
    other_pid = make_position(services, other, title="Platform Architect", fee_kind="fixed", fee_value=88888.0)
    cid = make_candidate(services, name, notes="INTERNAL-CANDIDATE-NOTE", **candidate)
    set_wechat(services, cid, "maria_gz88")
    resume_file = tmp_path / f"resume-{cid}.txt"
    resume_file.write_text(resume, encoding="utf-8")
    assert services.candidates.import_resume(resume_file, attach_to=cid).status == "attached"
    gap = next(d for d in services.candidates.get(cid).doubts if d.kind == "gap")
    facts = KeyFacts(current_status="notice", notice_days=30, reasons_for_change="Wants larger systems",
                     next_company_requirements="Engineering culture, hybrid work", main_skills="Python, Django",
                     current_salary=k(30), expected_salary=k(40), bottom_line=k(33),
                     interview_availability="Weekday evenings")
    services.screens.record(ScreenInput(candidate_id=cid, position_id=other_pid, outcome="recommend",
                                        assessment="Strong fit for Initrode's platform team.", facts=facts))
    services.reports.save(cid, other_pid, tmp_path / f"initrode-{cid}.pdf", ReportOptions())
    services.screens.record(ScreenInput(
        candidate_id=cid, position_id=pid, facts=facts, intention="interested", outcome="recommend",
        job_search_direction="Backend roles in payments",
        relevant_experience="Five years of payment APIs in Python.",
        assessment=(f"{name} is a clear communicator; would accept 33k at the very least. Also interviewing "
                    f"with Initrode. Call her on 138 0013 8000 or maria@example.org."),
        doubt_explanations=((gap.id, "cared for a parent"),),
        notes="INTERNAL-SCREEN-NOTE: she would take 33,000"))
    return Scenario(cid, pid, other_pid, name=name)


@pytest.fixture
def scenario(services: Services, tmp_path: Path) -> Scenario:
    return build_scenario(services, tmp_path)


def render(services: Services, sc: Scenario, **options: Any) -> tuple[PdfReader, str]:
    return read(services.reports.render_bytes(sc.cid, sc.pid, ReportOptions(**options)))


# --- what every report shows ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_section_heading_in_each_language(services: Services, scenario: Scenario, lang: str) -> None:
    reader, text = render(services, scenario, lang=lang)
    flat = squash(text)
    for key, heading in SECTION_HEADINGS[lang].items():
        assert squash(heading) in flat, key
    lab = LABELS[lang]
    for label in ("why", "motivation", "wants", "strengths", "culture_fit", "current_package", "expected_package",
                  "availability"):
        assert squash(lab[label]) in flat, label
    total = services.matches.score(scenario.cid, scenario.pid).total
    assert f"{total}/100" in flat
    assert squash(lab["page"].format(page=1, total=len(reader.pages))) in flat
    assert squash(lab["confidential"]) in flat and "Falcon" in flat and "+862155550100" in flat
    assert "¥40,000×14" in flat  # the expected package; the bottom line never (below)


@pytest.mark.parametrize("lang", LANGS)
def test_sections_left_out_are_absent(services: Services, scenario: Scenario, lang: str) -> None:
    _, text = render(services, scenario, lang=lang, sections=frozenset({"snapshot", "match"}))
    flat = squash(text)
    headings = SECTION_HEADINGS[lang]
    assert squash(headings["snapshot"]) in flat and squash(headings["match"]) in flat
    for key in ("assessment", "career", "education"):
        assert squash(headings[key]) not in flat, key
    assert "clearcommunicator" not in flat and "Fudan" not in flat


@pytest.mark.parametrize("lang", LANGS)
def test_named_report_shows_name_and_contact(services: Services, scenario: Scenario, lang: str) -> None:
    reader, text = render(services, scenario, lang=lang)
    flat = squash(text)
    assert "MariaGonzalez" in flat and scenario.email in flat and "+8613800138000" in flat
    assert scenario.wechat in flat
    assert "Globex" in flat
    assert "Maria Gonzalez" in (reader.metadata.title or "")


@pytest.mark.parametrize("lang", LANGS)
def test_career_history_newest_first_with_explained_gap(services: Services, scenario: Scenario,
                                                         lang: str) -> None:
    _, text = render(services, scenario, lang=lang)
    flat = squash(text)
    order = [flat.index(squash(s)) for s in ("Backend Engineer2021-11".replace("2021-11", ""),
                                             "Software Engineer", "Junior Developer")]
    assert order == sorted(order)
    gap = flat.index("2021-03–2021-11")
    assert order[0] < gap < order[1]
    assert squash(f"{LABELS[lang]['gap']}{LABELS[lang]['colon']}cared for a parent") in flat
    assert squash(f"{LABELS[lang]['reason_current']}{LABELS[lang]['colon']}Wants larger systems") in flat
    assert "FudanUniversity" in flat and "ComputerScience" in flat


def test_without_a_resume_the_career_section_says_so(services: Services) -> None:
    cid, pid = make_candidate(services), make_position(services, make_company(services))
    _, text = read(services.reports.render_bytes(cid, pid, ReportOptions()))
    assert "Career history" in text and "available on request" in text


# --- what a report never shows -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("anonymous", [False, True])
def test_never_bottom_line_fee_notes_or_other_clients(services: Services, scenario: Scenario, lang: str,
                                                      anonymous: bool) -> None:
    reader, text = render(services, scenario, lang=lang, anonymous=anonymous)
    flat = squash(text) + squash(metadata_text(reader))
    for form in BOTTOM_LINE_FORMS:
        assert form not in flat, f"bottom line printed as {form}"
    for secret in (*scenario.fee_forms, *scenario.notes, scenario.other_client, "因尼特", "PlatformArchitect",
                   scenario.address.replace(" ", "")):
        assert secret not in flat, secret
    another = "另一家公司" if lang == "zh" else "anothercompany"
    assert another in flat  # the assessment's mention of the other client, neutralised


def test_an_other_client_that_is_a_former_employer_stays_in_the_cv(services: Services, scenario: Scenario) -> None:
    services.companies.save_company(CompanyInput(name="Hooli Labs"))  # the agency now works for Hooli too
    services.screens.record(ScreenInput(candidate_id=scenario.cid, position_id=scenario.pid, outcome="recommend",
                                        assessment="At Hooli Labs she wrote the tools; Initrode knows her."))
    _, text = render(services, scenario)
    flat = " ".join(text.split())
    assert "At Hooli Labs she wrote the tools; another company knows her." in flat
    assert "Initrode" not in flat


def test_the_bottom_line_in_the_match_sentences_stays_internal(services: Services, scenario: Scenario) -> None:
    internal = " ".join(c.explanation for c in services.matches.score(scenario.cid, scenario.pid).criteria)
    assert any(form in internal.replace(" ", "") for form in BOTTOM_LINE_FORMS)  # the consultant's own view has it
    data = services.reports.build_input(scenario.cid, scenario.pid)
    printed = " ".join(c.explanation for c in data.criteria) + " ".join(data.strengths + data.risks)
    assert not any(form in printed.replace(" ", "") for form in BOTTOM_LINE_FORMS)


def _identity(sc: Scenario) -> tuple[str, ...]:
    return ("Maria", "Gonzalez", sc.email, *(f.replace(" ", "") for f in sc.phone_forms), sc.wechat,
            sc.address.replace(" ", ""))


@pytest.mark.parametrize("lang", LANGS)
def test_anonymous_report_leaks_no_identity(services: Services, scenario: Scenario, lang: str) -> None:
    reader, text = render(services, scenario, lang=lang, anonymous=True)
    flat, meta = squash(text), metadata_text(reader)
    for secret in _identity(scenario):
        assert secret not in flat, secret
        assert secret not in squash(meta), secret
    assert f"HH-{scenario.cid:04d}" in flat and f"HH-{scenario.cid:04d}" in meta
    if lang == "en":
        assert f"Candidate HH-{scenario.cid:04d}" in text
    lab = LABELS[lang]
    for key in ("email", "phone"):  # (WeChat would also match the skill "WeChat Marketing" read from the CV)
        assert squash(lab[key]) not in flat
    assert "Globex" in flat  # employer kept unless hidden
    assert reader.metadata.author == "Falcon Talent Partners"
    for field in ("/Title", "/Subject", "/Keywords"):
        assert "Lina" not in str(reader.metadata.get(field, ""))


@pytest.mark.parametrize("lang", LANGS)
def test_anonymous_without_employer_hides_it_everywhere(services: Services, scenario: Scenario, lang: str) -> None:
    options = {"anonymous": True, "include_employer": False, "employer_description": "a leading payments firm"}
    reader, text = render(services, scenario, lang=lang, **options)
    flat = squash(text) + squash(metadata_text(reader))
    assert "Globex" not in flat
    assert squash("a leading payments firm") in flat
    assert "InitechSystems" in flat and "HooliLabs" in flat  # earlier employers are the candidate's CV
    name = services.reports.suggested_file_name(scenario.cid, scenario.pid, ReportOptions(lang=lang, **options))
    assert "Maria" not in name and "Globex" not in name and f"HH-{scenario.cid:04d}" in name


def test_anonymous_with_empty_description_uses_a_neutral_phrase(services: Services, scenario: Scenario) -> None:
    _, text = render(services, scenario, anonymous=True, include_employer=False)
    assert "Globex" not in text and "a well-known company in its industry" in " ".join(text.split())


def test_chinese_names_are_hidden_in_free_text(services: Services, tmp_path: Path) -> None:
    sc = build_scenario(services, tmp_path, name="李浩然", resume=RESUME.replace("Maria Gonzalez", "李浩然"),
                        email="haoran@example.cn", current_company="星衡支付科技有限公司")
    services.screens.record(ScreenInput(candidate_id=sc.cid, position_id=sc.pid, outcome="recommend",
                                        assessment="浩然在星衡支付负责清算，李浩然沟通清晰。"))
    reader, text = render(services, sc, lang="zh", anonymous=True, include_employer=False,
                          employer_description="某支付公司")
    flat = squash(text) + squash(metadata_text(reader))
    for secret in ("李浩然", "浩然", "星衡", "haoran@example.cn"):
        assert secret not in flat, secret
    assert f"候选人HH-{sc.cid:04d}在某支付公司负责清算" in flat


def test_build_input_never_carries_the_bottom_line(services: Services, scenario: Scenario) -> None:
    data = services.reports.build_input(scenario.cid, scenario.pid)
    assert not [f.name for f in dataclasses.fields(data) if "bottom" in f.name or "fee" in f.name]
    flat = squash(" ".join(str(v) for v in vars(data).values()))
    for form in BOTTOM_LINE_FORMS:
        assert form not in flat


# --- hostile text ---------------------------------------------------------------------------------------


def make_input(language: str = "en", **changes: Any) -> RecommendationInput:
    zh = language == "zh"
    data = RecommendationInput(
        language=language, agency_name="Falcon Talent Partners", consultant_name="Lina Li",
        report_date=datetime.date(2025, 3, 12), client_company="上海某某科技" if zh else "Acme Robotics GmbH",
        position_title="高级嵌入式软件工程师" if zh else "Senior Embedded Engineer",
        position_city="上海" if zh else "Munich", candidate_name="张伟" if zh else "Zhang Wei", anonymous=False,
        email="zhang.wei@example.com", phone="+86 138 0013 8000", city="上海", current_title="Embedded Lead",
        current_company="Mouxin Tech", years_experience="9", current_status="Employed",
        reasons_for_change="Wants to lead a team", next_company_requirements="Technology-driven",
        main_skills="C/C++, RTOS, CAN", current_salary="¥30,000 × 14", expected_salary="¥38,000 × 14",
        intention="Interested", assessment="Clear communicator; recommend an interview.", match_total=78,
        criteria=(CriterionLine("Skills", 0.95, "9 years of C", "skills", 30),
                  CriterionLine("Education", None, "Not assessed", "education", 10),
                  CriterionLine("Location", 0.5, "Relocates", "location", 6)),
        career=(CareerLine("2019-03 – present", "Embedded Lead", "Mouxin Tech", ("Reason for change: growth",)),
                CareerLine("2018-06 – 2019-03", kind="gap", notes=("Travelled",))),
        education="Master's degree · Tongji University", languages="English, Mandarin", skills="C, RTOS",
        strengths=("Deep RTOS experience",), risks=("Long notice period",), culture_fit="Values fit",
    )
    return dataclasses.replace(data, **changes)


def render_input(data: RecommendationInput) -> tuple[PdfReader, str]:
    buffer = io.BytesIO()
    render_recommendation(data, buffer)
    return read(buffer.getvalue())


def test_hostile_strings_render_literally_in_every_section() -> None:
    data = make_input(
        "en", candidate_name=HOSTILE, agency_name=f"A{HOSTILE}", consultant_name=HOSTILE, position_title=HOSTILE,
        client_company=HOSTILE, current_company=HOSTILE, main_skills="R&D <i>not italic</i> &amp;",
        assessment=f"line one {HOSTILE}\nline two", reasons_for_change=HOSTILE, strengths=(HOSTILE,),
        risks=(HOSTILE,), culture_fit=HOSTILE, company_values=HOSTILE,
        criteria=(CriterionLine(HOSTILE, 0.5, "<font size=40>big</font>", "skills"),
                  CriterionLine("Years", 1.0, HOSTILE, "years"), CriterionLine("City", None, "", "location")),
        career=(CareerLine(HOSTILE, HOSTILE, HOSTILE, (HOSTILE,)), CareerLine("2018", kind="gap", notes=(HOSTILE,))),
        education=HOSTILE, languages=HOSTILE, skills="R&D <i>not italic</i> &amp;",
    )
    reader, text = render_input(data)
    # title, snapshot, assessment ×5, criteria ×2, career ×5, education ×2, header/footer
    assert text.count(HOSTILE) >= 18, text.count(HOSTILE)
    assert "R&D <i>not italic</i> &amp;" in text
    assert "<font size=40>big</font>" in text
    assert HOSTILE in (reader.metadata.title or "")


def test_hostile_names_from_the_database_render_literally(services: Services, tmp_path: Path) -> None:
    sc = build_scenario(services, tmp_path, name=f"Eve {HOSTILE}", current_company=f"Evil {HOSTILE} Ltd")
    _, text = render(services, sc)
    assert f"Eve {HOSTILE}" in text and f"Evil {HOSTILE} Ltd" in text


def test_empty_and_none_fields_never_print_none() -> None:
    data = make_input(
        "en", city="", current_company=None, years_experience="  ", intention="", assessment="",  # type: ignore[arg-type]
        reasons_for_change=None, match_total=None, strengths=(), risks=(), culture_fit="",  # type: ignore[arg-type]
        next_company_requirements="", career=(), career_note="", education="", languages="", skills="",
        criteria=(CriterionLine("Mandarin", None, ""), CriterionLine("Leadership", float("nan"), "ok")),
    )
    _, text = render_input(data)
    assert "None" not in text and "nan" not in text.lower()
    assert "Consultant's assessment" not in text  # empty sections are left out
    assert "Career history" not in text and "Education, skills" not in text
    assert "Current company" in text  # the snapshot keeps its grid, with a dash
    assert "Match with the position" in text


def test_long_text_flows_over_pages() -> None:
    long_notes = "\n".join(f"Observation {i}: " + "solid embedded background. " * 8 for i in range(120))
    reader, _ = render_input(make_input("zh", assessment=long_notes, main_skills=long_notes[:3000]))
    assert len(reader.pages) > 3
    tail = "".join(page.extract_text() for page in reader.pages[-3:])
    assert "Observation 119" in tail


# --- fonts and line breaking ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_chinese_glyphs_come_from_an_embedded_truetype_font(lang: str) -> None:
    fonts = cjk_fonts()
    assert register_cjk_font() == fonts.regular
    if not fonts.embedded:
        pytest.skip("no TrueType CJK font on this machine: STSong-Light CID fallback is not embedded")
    reader, text = render_input(make_input(lang))
    assert "上海" in text
    found = font_dicts(reader)
    assert found
    for font in found:  # every font is a subset of the embedded TrueType font: no base-14 leftovers
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert re.match(r"/[A-Z]{6}\+", str(font["/BaseFont"])), font["/BaseFont"]  # a subset
    assert any("WenQuanYi" in str(f["/BaseFont"]) for f in found) or "wqy" not in fonts.source.lower()


MIXED = ("候选人熟悉Kubernetes、PostgreSQL和microservices架构，曾在Shanghai负责internationalization项目，"
         "团队规模twenty engineers，擅长performance tuning与observability。")


def _broken_words(lines: list[str], source: str) -> list[str]:
    """Latin fragments on the lines that are not whole words of ``source``."""
    words = set(re.findall(r"[A-Za-z]+", source))
    return [w for line in lines for w in re.findall(r"[A-Za-z]+", line) if w not in words]


def _lines(paragraph: Any, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [" ".join(words) for _, words in lines]
    return ["".join(frag.text for frag in line.words) for line in lines]


@pytest.mark.parametrize("width", [110, 140, 200, 260])
def test_mixed_text_wraps_between_chinese_characters_never_inside_english_words(width: float) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from hhdesk.core.reports.mixed_wrap import MixedParagraph

    style = ParagraphStyle("t", fontName=cjk_fonts().regular, fontSize=10, leading=13, wordWrap="CJK")
    lines = _lines(MixedParagraph(MIXED, style), width)
    assert len(lines) > 2
    assert not _broken_words(lines, MIXED), lines
    assert "".join(lines).replace(" ", "") == MIXED.replace(" ", "")  # nothing lost or doubled
    assert not [line for line in lines if line[:1] in "，。、"]  # no line starts with closing punctuation
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, style.fontName, 10) <= width + 0.5 for line in lines), lines
    # The check can fail: reportlab's own CJK wrapping splits some of these words.
    stock = _lines(Paragraph(MIXED, style), 110)
    assert _broken_words(stock, MIXED)


def test_mixed_text_in_a_rendered_report_keeps_words_whole() -> None:
    # In the snapshot's narrow value cells and in full-width bullets; shifted by one more character each
    # time, so that line ends fall on every part of the words.
    shifted = ["中" * i + MIXED for i in range(24)]
    cells = ("current_title", "current_company", "city", "email", "interview_availability", "intention",
             "current_salary", "phone")  # (the key figures above them may cut a word wider than their box)
    data = make_input("zh", strengths=tuple(shifted[8:]), career=(), criteria=(),
                      **dict(zip(cells, shifted[:8], strict=True)))
    _, extracted = render_input(data)
    lines = extracted.splitlines()
    words = set(re.findall(r"[A-Za-z]+", MIXED))
    # A word cut at a line end shows up as a piece of one of the text's words on some line.
    pieces = [t for line in lines for t in re.findall(r"[A-Za-z]+", line)
              if t not in words and any(t in w for w in words) and len(t) > 2]
    assert not pieces, pieces
    assert sum(line.count("Kubernetes") for line in lines) == 24


# --- branding ------------------------------------------------------------------------------------------------


def test_branding_settings_have_defaults() -> None:
    assert {"agency_name", "consultant_name", "agency_contact", "agency_logo", "brand_colour"} <= set(DEFAULTS)
    assert DEFAULTS["brand_colour"] == "#1F3A5F"


def test_brand_colour_is_validated() -> None:
    from hhdesk.core.reports.report_styles import brand_colour

    assert brand_colour("#AA0000").hexval() == "0xaa0000"
    assert brand_colour("aa0000").hexval() == "0xaa0000"
    for bad in ("", None, "red", "#12345", "#GGGGGG", "javascript:"):
        assert brand_colour(bad).hexval() == "0x1f3a5f"
    reader, _ = render_input(make_input(brand_colour="not a colour"))
    assert len(reader.pages) >= 1


def test_logo_is_drawn_and_a_missing_or_broken_logo_is_skipped(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (600, 200), (31, 58, 95, 255)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(logo.read_bytes()[:120])
    garbage = tmp_path / "garbage.jpg"
    garbage.write_bytes(b"not an image at all")
    with_logo, _ = render_input(make_input(logo_path=str(logo)))
    assert images_on(with_logo.pages[0]) == 1
    for path in (tmp_path / "missing.png", broken, garbage, tmp_path):
        reader, text = render_input(make_input(logo_path=str(path)))
        assert images_on(reader.pages[0]) == 0 and "Falcon Talent Partners" in text


def test_logo_from_the_settings_is_found_in_the_data_folder(services: Services, scenario: Scenario,
                                                            tmp_path: Path) -> None:
    from PIL import Image

    from hhdesk.core.branding import store_logo

    source = tmp_path / "agency.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(source)
    services.settings.set({"agency_logo": store_logo(services.data_dir, source)})
    assert not Path(services.settings.get("agency_logo")).is_absolute()
    reader, _ = render(services, scenario)
    assert images_on(reader.pages[0]) == 1 and images_on(reader.pages[-1]) == 0  # the first page's header only
    (services.data_dir / services.settings.get("agency_logo")).unlink()
    reader, text = render(services, scenario)
    assert images_on(reader.pages[0]) == 0 and "Falcon Talent Partners" in text


def test_header_and_footer_carry_the_agency(services: Services, scenario: Scenario) -> None:
    services.settings.set({"brand_colour": "#7A1F3D"})
    reader, text = render(services, scenario)
    first = reader.pages[0].extract_text()
    for expected in ("Falcon Talent Partners", "Consultant: Lina Li", "CONFIDENTIAL", "Candidate recommendation"):
        assert expected in first, expected
    last = reader.pages[-1].extract_text()
    assert "+86 21 5555 0100 · hello@falcon.example" in last
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last
    assert "Please do not forward" in " ".join(last.split())
    assert b".478431 .121569 .239216 rg" in reader.pages[0].get_contents().get_data()  # the brand colour


def test_warm_up_loads_fonts_and_styles(services: Services) -> None:
    services.settings.set({"brand_colour": "#225533"})
    services.reports.warm_up()
    from hhdesk.core.reports import report_styles

    assert any(key[1] == "0x225533" for key in report_styles._cache)


def test_reportlab_is_not_imported_at_module_import() -> None:
    code = ("import sys, hhdesk.core.reports.recommendation, hhdesk.core.reports.fonts, "
            "hhdesk.core.reports.report_input, hhdesk.core.services.reports; "
            "assert not [m for m in sys.modules if m.startswith('reportlab')]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


@pytest.mark.parametrize("written", ["33,000.00", "33 000", "33000.0", "429,000.00"])
def test_bottom_line_written_with_decimals_or_spaces_is_removed(written: str) -> None:
    from hhdesk.core.money import Salary
    from hhdesk.core.reports.redaction import _amount_patterns, _compile

    pattern = _compile(tuple(_amount_patterns(Salary(33_000_00, "CNY", "month", 13))))
    assert pattern is not None and written not in pattern.sub("—", f"Bottom line {written} per month")
    assert pattern.sub("—", "133,000 and 33,0001 stay") == "133,000 and 33,0001 stay"


def test_a_junk_employer_name_does_not_spare_other_clients() -> None:
    """A resume line parsed as employer "科技" must not stop 星河科技 (another client) from being hidden."""
    from hhdesk.core.reports.redaction import RedactionFacts, build_redactor

    say, _mask = build_redactor(RedactionFacts(other_clients=("星河科技有限公司",), own_employers=("科技", "Group")))
    said = say("She also talked to 星河科技有限公司 last week.")
    assert "星河" not in said and "有限公司" not in said  # the whole name goes, not just its core
