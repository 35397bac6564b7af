"""Resume reading: text extraction per format, contact-field heuristics, bad inputs and the shared corpus.

All people in these tests are invented. Corpus expectations come from MANIFEST.tsv at run time, never
from this file.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import pytest

from hhdesk.core.parsing.contact_fields import find_email, find_name, find_phone
from hhdesk.core.parsing.resume_parser import ParsedResume, parse_resume, parse_text
from hhdesk.core.parsing.text_extract import _DOCX_MARKERS, ResumeReadError, extract_text

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# --- fields on synthetic text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Gonzalez\nmaria.gonzalez@example.org | (415) 555-0142", "maria.gonzalez@example.org"),
        ("邮箱：zhang.wei@163.com  电话：13800138000", "zhang.wei@163.com"),
        ("Email: Someone@Example.COM.", "Someone@example.com"),
        ("# alfred.b@mail.example.net\n(cid:240) handle", "alfred.b@mail.example.net"),
        ("contact: not-an-email@ and @handle", None),
        ("user@localhost is not an address", None),
        ("", None),
    ],
)
def test_find_email(text: str, expected: str | None) -> None:
    assert find_email(text) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("手机：138-0013-8000", "CN", "+8613800138000"),
        ("王小明\n(+86) 139 1234 5678 · wang@example.com", "CN", "+8613912345678"),
        ("电话：18080809090    性别：男", "CN", "+8618080809090"),
        ("Tel：138-1234-1234 | Website:", "CN", "+8613812341234"),
        ("John Roe\n(909) 555-5555", "CN", "+19095555555"),
        ("Mobile: +1-123-456-7890", "CN", "+11234567890"),
        ("电话：021-6232-1234", "CN", "+862162321234"),
        ("Tel 0176 31313131", "DE", "+4917631313131"),
        ("132-6262-0332 @ x@example.com", "US", "+8613262620332"),
        ("Zhang San\n2019.03 - 2021.06\n138 0013 8000", "CN", "+8613800138000"),
        # A placeholder that is not a real number keeps the digits as written, with no invented country.
        ("I (123) 456-7890\n# jroe@example.com", "CN", "1234567890"),
        ("123−456−7890", "US", "1234567890"),
        ("+49 178 910 11 12 13", "CN", "+49178910111213"),
        ("+1 (234) 567 890 • +2 (345) 678 901", "CN", "+1234567890"),
        ("jo@example.com · 114-514-1919810", "CN", "1145141919810"),
        ("(909) 555-\u00ad\u20105555", "US", "+19095555555"),
        # Not phones: dates, ranges, fractions, masked numbers.
        ("2019.03-2021.06 Software Engineer", "CN", None),
        ("Aug 2012 – Dec 2013\n2013.09 2020/09 – 2023/06 1991-09-26", "CN", None),
        ("GPA 3.28/4.00, rank 1/36", "CN", None),
        ("QQ: 123456789", "CN", None),
        ("Led a migration of 12345678 records in 2019", "CN", None),
        ("ISBN 978-3-16-148410-0", "CN", None),
        ("Phone: 555-1234", "US", "5551234"),
        ("me@example.com · (+86) 131-221-87xxx", "CN", None),
        ("+49 176 313 *** **", "CN", None),
        ("", "CN", None),
    ],
)
def test_find_phone(text: str, region: str, expected: str | None) -> None:
    assert find_phone(text, region) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Gonzalez\nSoftware Engineer\nmaria@example.org", "Maria Gonzalez"),
        ("JOHN ROE\nSENIOR BACKEND DEVELOPER", "John Roe"),
        ("RESUME\nJANE Q. PUBLIC", "Jane Q. Public"),
        ("JANA KÖHLER RESUME\nI build things", "Jana Köhler"),
        ("Mingyu HAN\n 132-6262-0332 @ m@example.com", "Mingyu HAN"),
        ("Ana de la Cruz\nLisbon", "Ana de la Cruz"),
        ("John Roe | Resumé title\nstreet and number", "John Roe"),
        ("Tess Yang (千里)\nt@example.com", "Tess Yang"),
        ("Curriculum Vitae\nProfessional Summary\nWork Experience\nMarta Ruiz", "Marta Ruiz"),
        ("王小明\n求职意向：Java 工程师", "王小明"),
        ("李 维天\n 132-6262-0332", "李维天"),
        ("教育背景\n个人信息\n姓名：欧阳娜娜\n性别：女", "欧阳娜娜"),
        ("基本信息\n姓 名: 张伟 | 电话: 13800138000", "张伟"),
        ("Name: Peter Parker\nEmail: p@example.com", "Peter Parker"),
        ("Name: Peter Parker Email: p@example.com", "Peter Parker"),
        ("个人简历\n姓名：张三 性别：男", "张三"),
        ("个人简历\n姓名\n张三\n性别\n男", "张三"),
        ("张三 男 28岁 13800138000\nzs@example.com", "张三"),
        ("张三 | zhangsan@example.com", "张三"),
        ("Ana Silva, PhD\nLisbon", "Ana Silva"),
        # A placeholder template's bare '姓名' label is not a name.
        ("姓名\n职业身份，意向：XXX\n通讯地址", None),
        # Nothing name-like at the top: say so rather than guess.
        ("Data engineer focused on analytics.\nSkills Python SQL\nExperience", None),
        ("Software Engineer\nProduct Manager\njohn@example.com", None),
        ("简历\n教育背景\n工作经历", None),
        ("", None),
    ],
)
def test_find_name(text: str, expected: str | None) -> None:
    assert find_name(text) == expected


def test_parse_text_returns_all_fields() -> None:
    parsed = parse_text("Maria Gonzalez\nmaria@example.org | +1 (415) 555-0142\n", "US")
    assert parsed == ParsedResume(
        text="Maria Gonzalez\nmaria@example.org | +1 (415) 555-0142\n",
        full_name="Maria Gonzalez",
        email="maria@example.org",
        phone="+14155550142",
    )


# --- formats, generated in tmp_path ------------------------------------------------------------------

_EN_RESUME = "Maria Gonzalez\nData Engineer\nmaria@example.org | (415) 555-0142\n\nEXPERIENCE\nAcme Corp\n"
_ZH_RESUME = "王小明\n电话：138-0013-8000\n邮箱：wang.xm@example.cn\n\n教育背景\n某某大学 计算机科学\n"


def _docx_bytes(body_xml: str, word_namespaces_only: bool = False) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    if not word_namespaces_only:  # Word always declares r:, and docx2python relies on it
        ns += ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body_xml}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document)
    return buffer.getvalue()


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{_para(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def _pdf(path: Path, lines: list[str], cjk: bool = False) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    if cjk:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        pdf.setFont("STSong-Light", 12)
    for i, line in enumerate(lines):
        pdf.drawString(72, 760 - 18 * i, line)
    pdf.save()
    return path


def _write_docx(path: Path, body_xml: str) -> Path:
    path.write_bytes(_docx_bytes(body_xml))
    return path


_EN_FIELDS = ("Maria Gonzalez", "maria@example.org", "+14155550142")
_ZH_FIELDS = ("王小明", "wang.xm@example.cn", "+8613800138000")


@pytest.mark.parametrize(
    ("name", "make", "fields"),
    [
        ("utf8.txt", lambda p: p.write_text(_EN_RESUME, encoding="utf-8"), _EN_FIELDS),
        ("utf8.txt", lambda p: p.write_text(_ZH_RESUME, encoding="utf-8"), _ZH_FIELDS),
        ("gbk.txt", lambda p: p.write_bytes(_ZH_RESUME.encode("gbk")), _ZH_FIELDS),
        ("bom8.txt", lambda p: p.write_bytes(_ZH_RESUME.encode("utf-8-sig")), _ZH_FIELDS),
        ("bom16.txt", lambda p: p.write_bytes(_ZH_RESUME.encode("utf-16")), _ZH_FIELDS),
        ("crlf.TXT", lambda p: p.write_bytes(_EN_RESUME.replace("\n", "\r\n").encode()), _EN_FIELDS),
        ("en.pdf", lambda p: _pdf(p, _EN_RESUME.splitlines()), _EN_FIELDS),
        ("zh.pdf", lambda p: _pdf(p, _ZH_RESUME.splitlines(), cjk=True), _ZH_FIELDS),
        ("en.docx", lambda p: _write_docx(p, "".join(_para(x) for x in _EN_RESUME.splitlines())), _EN_FIELDS),
        (
            "table.docx",
            lambda p: _write_docx(
                p,
                _para("王小明")
                + _table([["电话：138-0013-8000", "邮箱：wang.xm@example.cn"], ["教育背景", "某某大学"]]),
            ),
            _ZH_FIELDS,
        ),
    ],
)
def test_formats(tmp_path: Path, name: str, make: object, fields: tuple[str, str, str]) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    parsed = parse_resume(path, "CN")
    assert (parsed.full_name, parsed.email, parsed.phone) == fields
    assert "\r" not in parsed.text


def test_docx_keeps_table_text(tmp_path: Path) -> None:
    path = _write_docx(tmp_path / "r.docx", _para("Maria Gonzalez") + _table([["Skills", "Python, SQL"]]))
    text = extract_text(path)
    assert "Python, SQL" in text and "Skills" in text


def test_docx_without_relationship_namespace_falls_back_to_body_text(tmp_path: Path) -> None:
    path = tmp_path / "tool.docx"
    body = _para("Maria Gonzalez") + _table([["maria@example.org", "(415) 555-0142"]])
    path.write_bytes(_docx_bytes(body, word_namespaces_only=True))
    parsed = parse_resume(path, "US")
    assert (parsed.full_name, parsed.email, parsed.phone) == _EN_FIELDS


@pytest.mark.parametrize(
    "marker",
    ["----media/image1.png----", "----Image alt text---->Generated<----media/image1.png----", "----footnote1----"],
)
def test_docx2python_markers_are_stripped(marker: str) -> None:
    assert _DOCX_MARKERS.sub("", f"Maria{marker} Gonzalez") == "Maria Gonzalez"


# --- bad inputs ----------------------------------------------------------------------------------------

_PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    plain = _pdf(path.with_name("plain.pdf"), ["Maria Gonzalez", "maria@example.org"])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt("secret")
    writer.write(str(path))


def _image_only_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(72, 600, 200, 100, fill=1)
    pdf.save()


def _zip_without_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")


def _huge(path: Path) -> None:
    with path.open("wb") as fh:  # sparse: the size counts, the disk does not
        fh.truncate(50 * 1024 * 1024 + 1)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("missing.pdf", None, "not found"),
        ("empty.pdf", lambda p: p.write_bytes(b""), "empty"),
        ("empty.txt", lambda p: p.write_bytes(b""), "empty"),
        ("blank.txt", lambda p: p.write_text(" \n\t\n"), "no text"),
        ("photo.pdf", lambda p: p.write_bytes(_PNG), "image"),
        ("garbage.pdf", lambda p: p.write_bytes(os.urandom(2048)), "not a PDF"),
        ("truncated.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type"), "PDF"),
        ("random.docx", lambda p: p.write_bytes(os.urandom(4096)), "not a DOCX"),
        ("photo.docx", lambda p: p.write_bytes(_PNG), "image"),
        ("other.docx", _zip_without_document, "not a Word document"),
        ("cut.docx", lambda p: p.write_bytes(_docx_bytes(_para("Maria Gonzalez"))[:300]), "DOCX"),
        ("legacy.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), ".doc"),
        ("binary.txt", lambda p: p.write_bytes(_PNG), "binary"),
        ("resume.odt", lambda p: p.write_bytes(b"x"), "unsupported file type"),
        ("noext", lambda p: p.write_bytes(b"x"), "unsupported file type"),
        ("secret.pdf", _encrypted_pdf, "encrypted"),
        ("scan.pdf", _image_only_pdf, "image-only PDF: no text layer; OCR is not available"),
        ("huge.pdf", _huge, "50 MB"),
    ],
)
def test_bad_inputs(tmp_path: Path, name: str, make: object, message: str) -> None:
    path = tmp_path / name
    if make is not None:
        make(path)  # type: ignore[operator]
    with pytest.raises(ResumeReadError) as caught:
        parse_resume(path)
    from hhdesk.core.parsing.extra_formats import ocr_available

    if "OCR is not available" in message and ocr_available():
        message = "image-only PDF"  # with OCR installed a blank scan is still refused, for another reason
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert len(str(caught.value)) < 80


def test_directory_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(ResumeReadError, match="not a regular file"):
        extract_text(folder)


# --- shared corpus -------------------------------------------------------------------------------------


def _manifest() -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        pytest.skip(f"resume corpus not found at {CORPUS}")
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _stated(value: str) -> bool:
    return bool(value.strip()) and not value.strip().startswith("-")


def test_corpus_every_file_parses() -> None:
    rows = _manifest()
    failures = []
    for row in rows:
        try:
            parsed = parse_resume(CORPUS / "resumes" / row["file"], "CN")
        except ResumeReadError as exc:
            failures.append(f"{row['file']}: {exc}")
            continue
        assert parsed.text.strip(), row["file"]
        assert "----media/" not in parsed.text and "(cid:" not in parsed.text, row["file"]
    assert not failures


def test_corpus_email_accuracy() -> None:
    rows = [row for row in _manifest() if _stated(row["gt_email"])]
    assert rows
    hits = 0
    for row in rows:
        parsed = parse_resume(CORPUS / "resumes" / row["file"], "CN")
        hits += (parsed.email or "").lower() == row["gt_email"].strip().lower()
    assert hits / len(rows) >= 0.95


def test_corpus_files_without_email_yield_none() -> None:
    for row in _manifest():
        if not _stated(row["gt_email"]):
            assert parse_resume(CORPUS / "resumes" / row["file"], "CN").email is None, row["file"]
