"""Resume fields beyond contact details, on synthetic texts in Chinese and English: date ranges, jobs,
experience years, education, city, skills, languages and doubts. All people and companies are invented."""

from __future__ import annotations

from datetime import date

import pytest

from hhdesk.core.parsing.date_ranges import find_date_ranges, parse_date_range
from hhdesk.core.parsing.doubts import find_doubts
from hhdesk.core.parsing.education import find_education
from hhdesk.core.parsing.profile_fields import find_city, find_languages, find_skills
from hhdesk.core.parsing.resume_parser import parse_text
from hhdesk.core.parsing.work_history import Job, current_job, find_jobs, total_years

D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019.03 - 至今", (D(2019, 3, 1), None)),
        ("2019年3月-2021年6月", (D(2019, 3, 1), D(2021, 6, 1))),
        ("2019 年 3 月 – 2021 年 6 月", (D(2019, 3, 1), D(2021, 6, 1))),
        ("Mar 2019 – Present", (D(2019, 3, 1), None)),
        ("03/2019 - 06/2021", (D(2019, 3, 1), D(2021, 6, 1))),
        ("2019-2021", (D(2019, 1, 1), D(2021, 1, 1))),
        ("2019.03-2021.06", (D(2019, 3, 1), D(2021, 6, 1))),
        ("2020/1 ~ 2022/12", (D(2020, 1, 1), D(2022, 12, 1))),
        ("Jan. 2018 to Dec. 2019", (D(2018, 1, 1), D(2019, 12, 1))),
        ("2021 - now", (D(2021, 1, 1), None)),
        ("September 2016 — Current", (D(2016, 9, 1), None)),
        ("Aug, 2023 – Present", (D(2023, 8, 1), None)),
        ("Sep 15 - NOW", (D(2015, 9, 1), None)),
        ("2016/09 - now", (D(2016, 9, 1), None)),
        ("２０１９．０３－至今", (D(2019, 3, 1), None)),
        ("2017 –\nPresent", (D(2017, 1, 1), None)),
        ("(2018.07 - 2020.06)", (D(2018, 7, 1), D(2020, 6, 1))),
        ("2021 - 2019", None),  # ends before it starts
        ("2019-03-15", None),  # an ISO day, not a range
        ("138-0013-8000", None),
        ("Python 3.8 - 3.11", None),
        ("", None),
    ],
)
def test_parse_date_range(text: str, expected: tuple[date, date | None] | None) -> None:
    assert parse_date_range(text) == expected


def test_find_date_ranges_reports_offsets() -> None:
    text = "Senior Engineer at Acme Corp 2020-2023"
    (found,) = find_date_ranges(text)
    assert text[found.begin_offset : found.end_offset] == "2020-2023"


_ZH_RESUME = """王小明
现居：上海市浦东新区
电话：138-0013-8000  邮箱：wang.xm@example.cn

工作经历
星河科技有限公司 | 高级后端工程师 | 2019.03 - 至今
负责订单系统的设计与开发，使用 Python、Kubernetes 和 MySQL。
蓝海网络公司 | 后端工程师 | 2016.07 - 2018.10
参与支付系统开发。

教育背景
2012.09 - 2016.06 复旦大学 计算机科学与技术专业 本科

专业技能
Python, Go, MySQL, Redis, Kubernetes, 机器学习
语言：英语（CET-6），普通话（母语），粤语（日常交流）
"""

_EN_RESUME = """Maria Gonzalez
Location: Berlin, Germany
maria@example.org | +49 176 31313131

EXPERIENCE
Staff Data Engineer, Northwind Analytics GmbH, Berlin    Mar 2020 – Present
- Built streaming pipelines with Apache Kafka and Spark.
Data Engineer, Contoso Ltd, London    Jan 2017 – Dec 2019
- Moved reporting to Snowflake.

EDUCATION
Master of Science in Computer Science, Technical University of Munich, 2016
Bachelor of Science in Mathematics, University of Vienna, 2014

SKILLS
Python, SQL, Apache Kafka, Docker, Terraform

LANGUAGES
English (fluent), German (native), Spanish (basic)
"""

_EN_DATE_LINES = """Alex Chen

WORK EXPERIENCE
Product Manager
Fabrikam Inc.
Jun 2021 - Present
- Led the roadmap.

Associate Product Manager
Tailspin Toys
Jul 2018 - May 2021
- Shipped features.
"""

_ZH_DATE_FIRST = """李雷
实习经历
2018.08 数据工程师 @ 上海某某网络科技（初创公司）
2018.04
- 抓取数据
"""


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        (_ZH_RESUME, [("星河科技有限公司", "高级后端工程师", D(2019, 3, 1), None),
                      ("蓝海网络公司", "后端工程师", D(2016, 7, 1), D(2018, 10, 1))]),
        (_EN_RESUME, [("Northwind Analytics GmbH", "Staff Data Engineer", D(2020, 3, 1), None),
                      ("Contoso Ltd", "Data Engineer", D(2017, 1, 1), D(2019, 12, 1))]),
        (_EN_DATE_LINES, [("Fabrikam Inc.", "Product Manager", D(2021, 6, 1), None),
                          ("Tailspin Toys", "Associate Product Manager", D(2018, 7, 1), D(2021, 5, 1))]),
        (_ZH_DATE_FIRST, [("上海某某网络科技(初创公司)", "数据工程师", D(2018, 4, 1), D(2018, 8, 1))]),
        ("Jane Roe\nSenior Backend Engineer at Initech\nSkills: Go",
         [("Initech", "Senior Backend Engineer", None, None)]),
        ("工作经历\n香港某某 Office 事业部 2001.07-2020.06\nBUG工程师\n负责修复BUG",
         [("香港某某 Office 事业部", "BUG工程师", D(2001, 7, 1), D(2020, 6, 1))]),
        ("Experience\n2012 – 2017 Software Development Engineer III, Amazon, Seattle, WA, USA\nLed a team.",
         [("Amazon", "Software Development Engineer III", D(2012, 1, 1), D(2017, 1, 1))]),
        ("Experience\nSenior Data Engineer (Consultant) Initech Remote 2024 – 2026",
         [("Initech", "Senior Data Engineer (Consultant)", D(2024, 1, 1), D(2026, 1, 1))]),
        ("No jobs here.\nJust a sentence.", []),
    ],
)
def test_find_jobs(text: str, jobs: list[tuple[str, str, date | None, date | None]]) -> None:
    assert [(j.company, j.title, j.start, j.end) for j in find_jobs(text)] == jobs


def test_current_job_prefers_present_then_latest_end_then_first_listed() -> None:
    a = Job("A", "t", D(2010, 1, 1), D(2015, 1, 1))
    b = Job("B", "t", D(2012, 1, 1), D(2015, 1, 1))
    c = Job("C", "t", D(2016, 1, 1), None)
    assert current_job([a, b]) is a
    assert current_job([a, c, b]) is c
    assert current_job([Job("X", None), Job("Y", None)]) == Job("X", None)
    assert current_job([]) is None


def test_total_years_merges_overlaps() -> None:
    jobs = [Job("A", "t", D(2015, 1, 1), D(2018, 1, 1)), Job("B", "t", D(2017, 1, 1), D(2019, 7, 1)),
            Job("C", "t", D(2020, 1, 1), None)]
    assert total_years(jobs, today=D(2021, 1, 1)) == 5.5
    assert total_years([Job("A", None)]) is None


@pytest.mark.parametrize(
    ("text", "level", "school", "major"),
    [
        (_ZH_RESUME, "bachelor", "复旦大学", "计算机科学与技术"),
        (_EN_RESUME, "master", "Technical University of Munich", "Computer Science"),
        ("教育背景\n北京某某大学 硕士 软件工程专业\n某某学院 学士", "master", "北京某某大学", "软件工程"),
        ("Education\nPh.D. in Physics at Example State University", "phd", "Example State University", "Physics"),
        ("EDUCATION\nB.S. Computer Science, Mid-State Polytechnic University", "bachelor",
         "Mid-State Polytechnic University", None),
        ("教育经历\n某某职业技术学院 大专 市场营销专业", "associate", "某某职业技术学院", "市场营销"),
        ("Education\nMBA, Example Business School", "master", "Example Business School", None),
        ("学历：高中", "high_school", None, None),
        ("Skills: Scrum Master, Excel\nBoston, MA", None, None, None),
    ],
)
def test_find_education(text: str, level: str | None, school: str | None, major: str | None) -> None:
    found = find_education(text)
    assert (found.level, found.school) == (level, school)
    if major is not None:
        assert found.major == major


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (_ZH_RESUME, "上海"),
        (_EN_RESUME, "Berlin"),
        ("张三\n所在地：深圳\n期望城市：北京", "深圳"),
        ("Wang Wei\nBeijing, China | wang@example.com", "北京"),
        ("Jo Doe\nAddress: 12 Main St, San Francisco, CA", "San Francisco"),
        ("No city at all", None),
    ],
)
def test_find_city(text: str, city: str | None) -> None:
    assert find_city(text) == city


def test_find_skills_uses_the_skills_section_and_canonical_names() -> None:
    skills = find_skills(_ZH_RESUME)
    assert skills[:5] == ("Python", "Go", "MySQL", "Redis", "Kubernetes")
    assert "Machine Learning" in skills
    assert find_skills("Experienced with k8s and postgres") == ("Kubernetes", "PostgreSQL")


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        (_ZH_RESUME, ("English", "Mandarin", "Cantonese")),
        (_EN_RESUME, ("English", "German", "Spanish")),
        ("Languages: Japanese, Korean", ("Japanese", "Korean")),
        ("Worked on Chinese Literature archives", ()),
    ],
)
def test_find_languages(text: str, languages: tuple[str, ...]) -> None:
    assert find_languages(text) == languages


def test_doubts_gap_short_tenure_and_overlap() -> None:
    jobs = [
        Job("A", "Engineer", D(2015, 1, 1), D(2017, 1, 1)),
        Job("B", "Engineer", D(2017, 9, 1), D(2018, 3, 1)),  # 8-month gap before it, 6 months long
        Job("C", "Lead", D(2018, 2, 1), D(2021, 1, 1)),  # overlaps B by one month: a notice period
        Job("D", "Advisor", D(2020, 1, 1), None),  # overlaps C by 12 months; current, never 'short'
    ]
    doubts = find_doubts(jobs, today=D(2022, 1, 1))
    kinds = [(d.kind, d.start, d.end) for d in doubts]
    assert ("gap", D(2017, 1, 1), D(2017, 9, 1)) in kinds
    assert ("short_tenure", D(2017, 9, 1), D(2018, 3, 1)) in kinds
    assert ("overlap", D(2020, 1, 1), D(2021, 1, 1)) in kinds
    assert len(doubts) == 3
    assert all(d.description and d.description.isascii() for d in doubts)


def test_no_doubts_for_a_clean_history() -> None:
    jobs = [Job("A", "t", D(2015, 1, 1), D(2018, 1, 1)), Job("B", "t", D(2018, 2, 1), None)]
    assert find_doubts(jobs) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ZH_RESUME, {"full_name": "王小明", "city": "上海", "current_title": "高级后端工程师",
                      "current_company": "星河科技有限公司", "education_level": "bachelor", "school": "复旦大学"}),
        (_EN_RESUME, {"full_name": "Maria Gonzalez", "city": "Berlin", "current_title": "Staff Data Engineer",
                      "current_company": "Northwind Analytics GmbH", "education_level": "master"}),
    ],
)
def test_parse_text_fills_every_field(text: str, expected: dict[str, object]) -> None:
    parsed = parse_text(text, "CN")
    for name, value in expected.items():
        assert getattr(parsed, name) == value, name
    assert parsed.years_experience is not None and parsed.years_experience > 5
    assert len(parsed.jobs) == 2 and parsed.skills and parsed.languages


def test_parse_text_never_raises_on_odd_text() -> None:
    for text in ("", "\n\n", "至今 - 2019", "–" * 500, "工作经历\n" * 50, "2019-2021\n" * 100):
        parse_text(text)


@pytest.mark.parametrize(("line", "title", "company"), [
    ("星衡支付科技 高级 Java 工程师", "高级 Java 工程师", "星衡支付科技"),
    ("高级 Java 工程师 星衡支付科技", "高级 Java 工程师", "星衡支付科技"),
    ("北辰软件 Java 开发工程师", "Java 开发工程师", "北辰软件"),
    ("某某科技 后端工程师", "后端工程师", "某某科技"),
    ("后端工程师 某某科技", "后端工程师", "某某科技"),
    ("腾讯 产品经理", "产品经理", "腾讯"),
    ("星衡支付科技 | 高级 Java 工程师", "高级 Java 工程师", "星衡支付科技"),
    ("Senior Engineer ACME Corp", "Senior Engineer", "ACME Corp"),
])
def test_title_and_company_on_one_line(line: str, title: str, company: str) -> None:
    from hhdesk.core.parsing.job_lines import split_title_company

    assert split_title_company(line) == (title, company)
