"""Resume formats beyond the basics (Chinese DOCX tables, two-column PDF, GBK TXT and RTF), bad inputs
(zip bomb, 200 MB, unreadable, legacy .doc), the ``hhdesk parse`` command and corpus accuracy.

Everyone in these files is invented; corpus expectations are read from MANIFEST.tsv at run time.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hhdesk.core.parsing.resume_parser import parse_resume
from hhdesk.core.parsing.text_extract import ResumeReadError, extract_text

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"

_ZH_TEXT = """王小明
现居：杭州
电话：138-0013-8000
邮箱：wang.xm@example.cn
工作经历
星河科技有限公司 | 高级后端工程师 | 2019.03 - 至今
蓝海网络公司 | 后端工程师 | 2016.07 - 2018.10
教育背景
复旦大学 计算机科学专业 本科
专业技能
Python, MySQL, Redis
"""


def _docx(path: Path, body_xml: str, extra: dict[str, bytes] | None = None) -> Path:
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
             '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
             'document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>'
                                         f"{body_xml}</w:body></w:document>")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _rtf_gbk(text: str) -> bytes:
    body = "".join(
        "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) if ord(ch) > 127 else ("\\par\n" if ch == "\n" else ch)
        for ch in text
    )
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 " + body + "}").encode()


def _two_column_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    sidebar = ["Maria Gonzalez", "maria@example.org", "(415) 555-0142", "Location: Seattle", "SKILLS",
               "Python", "Kubernetes", "PostgreSQL"]
    main = ["EXPERIENCE", "Staff Engineer, Fabrikam Inc., Seattle, Mar 2020 - Present",
            "Built the billing platform.", "Engineer, Contoso Ltd, Boston, Jan 2016 - Feb 2020",
            "Maintained services.", "EDUCATION", "Bachelor of Science in Computer Science,",
            "University of Washington"]
    # Drawn interleaved row by row: a reader that merges columns would mix the two.
    for i in range(max(len(sidebar), len(main))):
        if i < len(main):
            pdf.drawString(230, 760 - 22 * i, main[i])
        if i < len(sidebar):
            pdf.drawString(40, 760 - 22 * i, sidebar[i])
    pdf.save()
    return path


def test_chinese_docx_table_layout(tmp_path: Path) -> None:
    body = _p("王小明") + _table([
        ["现居", "杭州", "电话", "138-0013-8000"],
        ["邮箱", "wang.xm@example.cn", "学历", "本科"],
    ]) + _p("工作经历") + _table([["星河科技有限公司 | 高级后端工程师 | 2019.03 - 至今"]]) + _p(
        "教育背景") + _p("复旦大学 计算机科学专业 本科")
    parsed = parse_resume(_docx(tmp_path / "zh.docx", body), "CN")
    assert (parsed.full_name, parsed.phone, parsed.city) == ("王小明", "+8613800138000", "杭州")
    assert (parsed.current_company, parsed.current_title) == ("星河科技有限公司", "高级后端工程师")
    assert (parsed.education_level, parsed.school) == ("bachelor", "复旦大学")


def test_two_column_pdf(tmp_path: Path) -> None:
    parsed = parse_resume(_two_column_pdf(tmp_path / "two.pdf"), "US")
    assert (parsed.full_name, parsed.email, parsed.phone) == ("Maria Gonzalez", "maria@example.org", "+14155550142")
    assert (parsed.current_title, parsed.current_company) == ("Staff Engineer", "Fabrikam Inc.")
    assert parsed.city == "Seattle"
    assert parsed.education_level == "bachelor"
    assert {"Python", "Kubernetes", "PostgreSQL"} <= set(parsed.skills)


@pytest.mark.parametrize("suffix", [".txt", ".rtf"])
def test_gbk_txt_and_rtf(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"zh{suffix}"
    path.write_bytes(_ZH_TEXT.encode("gbk") if suffix == ".txt" else _rtf_gbk(_ZH_TEXT))
    parsed = parse_resume(path, "CN")
    assert (parsed.full_name, parsed.email, parsed.city) == ("王小明", "wang.xm@example.cn", "杭州")
    assert (parsed.current_company, parsed.current_title) == ("星河科技有限公司", "高级后端工程师")
    assert parsed.years_experience is not None and parsed.skills[:3] == ("Python", "MySQL", "Redis")


def test_english_rtf(tmp_path: Path) -> None:
    path = tmp_path / "en.rtf"
    path.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\b Maria Gonzalez}\\par maria@example.org\\par}")
    assert extract_text(path) == "Maria Gonzalez\nmaria@example.org"


def test_not_really_rtf(tmp_path: Path) -> None:
    path = tmp_path / "x.rtf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(ResumeReadError, match="RTF"):
        extract_text(path)


def test_zip_bomb_docx_is_refused_before_extraction(tmp_path: Path) -> None:
    bomb = b"\x00" * (120 * 1024 * 1024)  # deflates to about 120 KB
    path = _docx(tmp_path / "bomb.docx", _p("Maria Gonzalez"), {"word/media/pad.bin": bomb})
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ResumeReadError, match="zip bomb"):
        extract_text(path)


def test_high_ratio_docx_is_refused(tmp_path: Path) -> None:
    path = _docx(tmp_path / "ratio.docx", _p("Maria Gonzalez"), {"word/pad.xml": b" " * (20 * 1024 * 1024)})
    with pytest.raises(ResumeReadError, match="zip bomb"):
        extract_text(path)


def test_200_mb_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse
    with pytest.raises(ResumeReadError, match="50 MB"):
        parse_resume(path)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Maria Gonzalez")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        with pytest.raises(ResumeReadError, match="permission"):
            parse_resume(path)
    finally:
        path.chmod(0o600)


def test_legacy_doc_without_converters_names_what_is_needed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ResumeReadError, match="LibreOffice or antiword"):
        extract_text(path)


def test_doc_that_is_really_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "misnamed.doc"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 100)
    with pytest.raises(ResumeReadError, match="PDF"):
        extract_text(path)


# --- hhdesk parse ---------------------------------------------------------------------------------------


def _run_parse(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HHDESK_DATABASE_URL",)}
    env["HHDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "hhdesk", "parse", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120, check=False)


def test_cli_parse_json(tmp_path: Path) -> None:
    zh = tmp_path / "zh.txt"
    zh.write_bytes(_ZH_TEXT.encode("gbk"))
    en = _two_column_pdf(tmp_path / "en.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    data_dir = tmp_path / "data"
    result = _run_parse(zh, en, bad, "--json", "--region", "US", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [entry["ok"] for entry in report] == [True, True, False]
    assert report[0]["fields"]["full_name"] == "王小明"
    assert report[0]["fields"]["current_company"] == "星河科技有限公司"
    assert report[1]["fields"]["email"] == "maria@example.org"
    assert report[1]["fields"]["phone"] == "+14155550142"
    assert isinstance(report[1]["fields"]["skills"], list)
    assert set(report[0]["fields"]) == {"full_name", "email", "phone", "city", "current_title", "current_company",
                                        "years_experience", "education_level", "school", "skills"}
    assert report[2]["fields"] is None and "image" in report[2]["error"]
    assert not data_dir.exists()  # nothing stored, no database opened


def test_cli_parse_text_summary_and_usage_error(tmp_path: Path) -> None:
    zh = tmp_path / "zh.txt"
    zh.write_text(_ZH_TEXT, encoding="utf-8")
    result = _run_parse(zh, tmp_path / "missing.pdf", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "王小明" in result.stdout and "file not found" in result.stdout
    assert _run_parse(data_dir=tmp_path / "data").returncode == 2


# --- shared corpus --------------------------------------------------------------------------------------


def _manifest() -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        pytest.skip(f"resume corpus not found at {CORPUS}")
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _loose(value: str) -> str:
    value = re.sub(r"[(（][^)）]*[)）]", " ", value.split(";")[0].casefold())
    return re.sub(r"[^\w]+", "", value)


def _close(truth: str, guess: str | None) -> bool:
    t, g = _loose(truth), _loose(guess or "")
    return bool(t and g) and (t in g or g in t) and max(len(t), len(g)) <= 2 * min(len(t), len(g))


@pytest.mark.parametrize(("column", "field"), [("gt_title", "current_title"), ("gt_employer", "current_company"),
                                               ("gt_school", "school")])
def test_corpus_job_and_school_accuracy(column: str, field: str) -> None:
    rows = [r for r in _manifest() if r[column].strip() and not r[column].startswith("-")
            and "placeholder" not in r[column]]
    assert rows
    hits = sum(_close(r[column], getattr(parse_resume(CORPUS / "resumes" / r["file"], "CN"), field)) for r in rows)
    assert hits / len(rows) >= 0.75


def test_corpus_buffer_report_is_json_serialisable() -> None:
    from hhdesk.core.parsing.report import print_parse_report

    rows = _manifest()[:3]
    out = io.StringIO()
    assert print_parse_report([CORPUS / "resumes" / r["file"] for r in rows], as_json=True, out=out) == 0
    assert all(entry["ok"] for entry in json.loads(out.getvalue()))


def test_a_scanned_pdf_is_read_with_ocr_when_available(tmp_path: Path) -> None:
    """Runs only where pytesseract and tesseract (chi_sim) are installed: the optional OCR path."""
    import io

    from hhdesk.core.parsing.extra_formats import ocr_available
    from hhdesk.core.parsing.resume_parser import parse_resume

    if not ocr_available():
        pytest.skip("OCR not installed (pip install -e '.[ocr]' and tesseract-ocr-chi-sim)")
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    page.setFont("Helvetica", 16)
    for i, line in enumerate(["Jordan Example", "jordan.example@example.com", "Phone: +1 415 555 0142"]):
        page.drawString(72, 760 - i * 28, line)
    page.save()
    image = pypdfium2.PdfDocument(buf.getvalue())[0].render(scale=3).to_pil()
    scanned = tmp_path / "scanned.pdf"
    out = canvas.Canvas(str(scanned), pagesize=A4)
    out.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    out.save()
    parsed = parse_resume(scanned)
    assert parsed.email == "jordan.example@example.com"
