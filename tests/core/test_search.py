"""Candidate search and the filtered, sorted candidate list, over a real (temporary) SQLite database.

Every person here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from hhdesk.app import demo_document_path
from hhdesk.core.interchange import import_data
from hhdesk.core.money import Salary
from hhdesk.core.records import (
    CandidateInput,
    CompanyInput,
    KeyFacts,
    PositionInput,
    ScreenInput,
    ValidationError,
)
from hhdesk.core.search import index_text, match_query, rebuild_index, tokenize
from hhdesk.core.services import Services
from hhdesk.core.services.candidate_list import CandidateFilter, CandidateListService


@pytest.mark.parametrize(("source", "tokens"), [
    ("销售经理", ["销售", "售经", "经理"]),
    ("张伟", ["张伟"]),
    ("王", ["王"]),
    ("Python Developer", ["python", "developer"]),
    ("高级Java开发工程师", ["高级", "java", "开发", "发工", "工程", "程师"]),
    ("张伟 Wei Zhang, 上海", ["张伟", "wei", "zhang", "上海"]),
    ("Ｐｙｔｈｏｎ３　开发", ["python3", "开发"]),  # full-width letters, digit and space
    ("ＡＢＣ，销售。", ["abc", "销售"]),  # full-width punctuation separates
    ("C++/C#/.NET", ["c++", "c#", "net"]),
    ("José MÜLLER straße", ["josé", "müller", "strasse"]),
    ("13800138000 wang.wei@qq.com", ["13800138000", "wang", "wei", "qq", "com"]),
    ("テスト 한국어", ["テス", "スト", "한국", "국어"]),
    ("  ---  !!! 😀 ", []),
    ("", []),
])
def test_tokenize(source: str, tokens: list[str]) -> None:
    assert tokenize(source) == tokens


def test_index_text_keeps_the_last_character_of_a_run() -> None:
    assert index_text("张伟 Sales") == "张伟 伟 sales"
    assert index_text("王") == "王"


@pytest.mark.parametrize(("typed", "query"), [
    ("销售", '"销售"'),
    ("销售经理", '"销售" AND "售经" AND "经理"'),
    ("王", '"王"*'),
    ("pyth", '"pyth"*'),
    ("Sales manag", '"sales"* AND "manag"*'),
    ('AND( "x* -y NEAR', '"and"* AND "x"* AND "y"* AND "near"*'),
    ("sales sales", '"sales"*'),
    ('"', None),
    ("*", None),
    ("😀", None),
    ("", None),
])
def test_match_query(typed: str, query: str | None) -> None:
    assert match_query(typed) == query


# -- over the services -----------------------------------------------------------------------------
PEOPLE = [
    # name, title, company, city, years, skills, expected monthly k × months
    ("张伟", "销售经理", "阿里巴巴", "上海", 8.0, ("大客户销售", "谈判"), (40, 14)),
    ("王芳", "产品经理", "腾讯", "深圳", 5.0, ("Python", "数据分析"), (35, 13)),
    ("Kevin Wang", "Python Developer", "Siemens", "Shanghai", 3.0, ("Python", "Django", "Docker"), (30, 12)),
    ("李娜", "财务总监", "华为", "北京", 15.0, ("财务分析",), (80, 14)),
    ("Alice Smith", "Sales Director", "Unilever", "上海", 12.0, ("Key Account Management",), (60, 12)),
    ("赵磊", "高级Java开发工程师", "京东", "北京", None, ("Java", "Docker"), None),
]


def _add_people(services: Services) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, title, company, city, yrs, skills, pay in PEOPLE:
        record = services.candidates.save(CandidateInput(full_name=name, current_title=title,
                                                         current_company=company, city=city,
                                                         years_experience=yrs, skills=skills))
        ids[name] = record.id
        if pay:
            salary = Salary(pay[0] * 1000 * 100, "CNY", "month", pay[1])
            services.screens.record(ScreenInput(candidate_id=record.id, facts=KeyFacts(expected_salary=salary)))
    return ids


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    return _add_people(services)


@pytest.fixture
def listing(services: Services) -> CandidateListService:
    return CandidateListService(services.sessions)


def _names(services: Services, listing: CandidateListService, ids: list[int]) -> list[str]:
    return [r.full_name for r in listing.rows(ids)]


def _search(listing: CandidateListService, services: Services, typed: str, **more: object) -> list[str]:
    return _names(services, listing, listing.query(CandidateFilter(text=typed, **more)))  # type: ignore[arg-type]


def test_search_finds_chinese_words_names_and_english_prefixes(services: Services, people: dict[str, int],
                                                               listing: CandidateListService) -> None:
    assert _search(listing, services, "销售") == ["张伟"]  # title 销售经理 and skill 大客户销售
    assert _search(listing, services, "张伟") == ["张伟"]
    assert _search(listing, services, "伟") == ["张伟"]  # the last character of a name
    # 销售经理, 产品经理, and Key Account Management, whose Chinese spellings include 大客户经理
    assert set(_search(listing, services, "经理")) == {"张伟", "王芳", "Alice Smith"}
    assert _search(listing, services, "大客户管理") == ["Alice Smith"]  # a skill's Chinese spelling
    assert set(_search(listing, services, "pyth")) == {"王芳", "Kevin Wang"}  # skill and title
    assert _search(listing, services, "pyth sieme") == ["Kevin Wang"]
    assert set(_search(listing, services, "上海")) == {"张伟", "Alice Smith"}
    assert _search(listing, services, "key acc") == ["Alice Smith"]
    assert _search(listing, services, "开发工程师") == ["赵磊"]
    assert _search(listing, services, "ＪＡＶＡ") == ["赵磊"]  # full-width
    assert _search(listing, services, "销售 Python") == []  # all words must match


def test_search_ranks_name_hits_first(services: Services, listing: CandidateListService) -> None:
    resume_hit = services.candidates.save(CandidateInput(full_name="陈静", notes=""))
    name_hit = services.candidates.save(CandidateInput(full_name="Docker Li"))
    with services.sessions.begin() as s:
        from hhdesk.core.db.models import ResumeFile, ResumeText

        file = ResumeFile(candidate_id=resume_hit.id, sha256="a" * 64, original_name="cv.txt",
                          stored_path="x", size_bytes=1)
        file.text = ResumeText(text="Built Docker images. " + "Other work. " * 50)
        s.add(file)
    rebuild_index(services.engine)
    assert listing.query(CandidateFilter(text="docker")) == [name_hit.id, resume_hit.id]
    assert listing.query(CandidateFilter(text="docker", descending=True)) == [resume_hit.id, name_hit.id]


def test_search_alone_ranks_like_search_with_a_filter(services: Services, people: dict[str, int],
                                                     listing: CandidateListService) -> None:
    """Text alone reads only the index; with a filter it joins the candidates: same ranking, and a deleted
    candidate is in neither."""
    wide = {"min_years": 0.0}  # true of everyone here, but forces the join
    for typed in ("经理", "pyth", "上海", "伟", "sales"):
        assert listing.query(CandidateFilter(text=typed)) == listing.query(CandidateFilter(text=typed, **wide))
    services.candidates.delete(people["王芳"])
    assert people["王芳"] not in listing.query(CandidateFilter(text="经理"))
    assert listing.query(CandidateFilter(text="经理")) == listing.query(CandidateFilter(text="经理", **wide))


@pytest.mark.parametrize("typed", ['"', '""', 'a"b', "AND(", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "*", "-",
                                   "-x", "x*", "(", ")", "^", ":", "name:张", "{name}: x", "😀", "!!!", "   ",
                                   "\x00", "'; DROP TABLE candidate; --", "%", "_", "\\", "销售 OR 经理",
                                   "a" * 500, "销" * 300, "中文\u200b混合", "\ufeff"])
def test_hostile_input_never_raises(services: Services, people: dict[str, int], listing: CandidateListService,
                                    typed: str) -> None:
    ids = listing.query(CandidateFilter(text=typed))
    assert set(ids) <= set(people.values())
    assert listing.count(CandidateFilter(text=typed)) == len(ids)
    assert listing.query(CandidateFilter(text=typed), limit=2) == ids[:2]


def test_filters(services: Services, people: dict[str, int], listing: CandidateListService) -> None:
    def names(**kw: object) -> set[str]:
        return set(_names(services, listing, listing.query(CandidateFilter(**kw))))  # type: ignore[arg-type]

    assert names() == {p[0] for p in PEOPLE}
    assert names(city="北京") == {"李娜", "赵磊"}
    assert names(min_years=5) == {"张伟", "王芳", "李娜", "Alice Smith"}
    assert names(min_years=4, max_years=10) == {"张伟", "王芳"}
    # expected annual: 张伟 560k, 王芳 455k, Kevin 360k, 李娜 1 120k, Alice 720k, 赵磊 unknown
    assert names(min_salary_minor=456_000_00) == {"张伟", "李娜", "Alice Smith"}
    assert names(max_salary_minor=455_000_00) == {"王芳", "Kevin Wang"}
    assert names(min_salary_minor=400_000_00, max_salary_minor=800_000_00) == {"张伟", "王芳", "Alice Smith"}
    assert names(skills=("python",)) == {"王芳", "Kevin Wang"}
    assert names(skills=("PYTHON", "docker")) == {"Kevin Wang"}
    assert names(skills=("docker", "java")) == {"赵磊"}
    assert names(skills=("docker", "谈判")) == set()
    assert names(text="经理", city="深圳") == {"王芳"}
    assert names(city="上海", min_years=10) == {"Alice Smith"}
    assert listing.count(CandidateFilter(city="北京")) == 2


def test_stage_filter(services: Services, people: dict[str, int], listing: CandidateListService) -> None:
    company = services.companies.save_company(CompanyInput(name="Acme")).id
    position = services.companies.save_position(PositionInput(company_id=company, title="Sales Lead")).id
    services.screens.record(ScreenInput(candidate_id=people["张伟"], position_id=position, outcome="recommend"))
    services.screens.record(ScreenInput(candidate_id=people["李娜"], position_id=position,
                                        outcome="not_suitable", outcome_reason="Too senior"))
    assert listing.query(CandidateFilter(stage="shortlisted")) == [people["张伟"]]
    assert listing.query(CandidateFilter(stage="rejected")) == [people["李娜"]]
    assert listing.query(CandidateFilter(stage="offer")) == []


def test_sorting(services: Services, people: dict[str, int], listing: CandidateListService) -> None:
    def order(sort: str, descending: bool = False) -> list[str]:
        return _names(services, listing, listing.query(CandidateFilter(sort=sort, descending=descending)))

    by_name = order("name")
    assert by_name == sorted(by_name)
    assert order("name", True) == by_name[::-1]
    assert order("years") == ["Kevin Wang", "王芳", "张伟", "Alice Smith", "李娜", "赵磊"]  # unknown last
    assert order("years", True) == ["李娜", "Alice Smith", "张伟", "王芳", "Kevin Wang", "赵磊"]
    cities = [r.city for r in listing.rows(listing.query(CandidateFilter(sort="city")))]
    assert cities == sorted(cities)
    services.candidates.save(CandidateInput(full_name="李娜", city="北京", years_experience=15.0,
                                            current_title="CFO"), people["李娜"])
    assert listing.query(CandidateFilter(sort="updated", descending=True))[0] == people["李娜"]
    assert listing.query(CandidateFilter())[0] == people["李娜"]  # no text: newest first
    with pytest.raises(ValidationError):
        listing.query(CandidateFilter(sort="salary"))


def test_rows_keep_the_order_given_and_skip_missing(services: Services, people: dict[str, int],
                                                   listing: CandidateListService) -> None:
    ids = [people["赵磊"], people["张伟"], 999_999, people["Kevin Wang"]]
    assert [r.full_name for r in listing.rows(ids)] == ["赵磊", "张伟", "Kevin Wang"]
    assert listing.rows([]) == []
    assert set(listing.cities()) == {"上海", "深圳", "Shanghai", "北京"}


def test_index_follows_save_delete_and_screen(services: Services, listing: CandidateListService) -> None:
    cid = services.candidates.save(CandidateInput(full_name="周杰", current_title="Engineer")).id
    assert listing.query(CandidateFilter(text="周杰")) == [cid]
    services.candidates.save(CandidateInput(full_name="周杰", current_title="采购经理"), cid)
    assert listing.query(CandidateFilter(text="采购")) == [cid]
    assert listing.query(CandidateFilter(text="engineer")) == []
    services.screens.record(ScreenInput(candidate_id=cid, facts=KeyFacts(main_skills="Kubernetes, 供应链")))
    assert listing.query(CandidateFilter(text="kube")) == [cid]
    assert listing.query(CandidateFilter(text="供应链")) == [cid]
    services.candidates.delete(cid)
    assert listing.query(CandidateFilter(text="周杰")) == []
    with services.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM candidate_fts")) == 0


def test_index_follows_resume_import(services: Services, listing: CandidateListService, tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text("孙悦\n电话: 13912345678\n邮箱: sun.yue@example.com\n\n工作经历\n"
                      "2019.03 - 至今  星辰物流  供应链经理\n负责仓储自动化改造, Kubernetes 平台迁移。\n",
                      encoding="utf-8")
    outcome = services.candidates.import_resume(resume)
    assert outcome.status == "created"
    assert listing.query(CandidateFilter(text="仓储")) == [outcome.candidate_id]
    assert listing.query(CandidateFilter(text="kubern 自动化")) == [outcome.candidate_id]


def test_index_after_import_data_and_rebuild(services: Services, listing: CandidateListService) -> None:
    services.candidates.save(CandidateInput(full_name="Before Import"))
    counts = import_data(services.engine, demo_document_path(), replace=True)
    with services.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM candidate_fts")) == counts["candidate"]
    assert listing.query(CandidateFilter(text="before")) == []
    everyone = listing.rows(listing.query(CandidateFilter()))
    assert len(everyone) == counts["candidate"]
    for row in everyone[:10]:  # each imported person is found by name
        assert row.id in listing.query(CandidateFilter(text=row.full_name))
    assert rebuild_index(services.engine) == counts["candidate"]
    assert listing.count(CandidateFilter(text=everyone[0].full_name)) >= 1


def test_migration_indexes_existing_candidates(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import insert

    from hhdesk.core.db.engine import alembic_config, make_session_factory, open_database
    from hhdesk.core.db.models import Candidate

    engine, sessions = open_database(f"sqlite:///{(tmp_path / 'm.sqlite3').as_posix()}")
    try:
        with engine.begin() as conn:
            conn.execute(insert(Candidate), [{"full_name": "黄磊", "city": "杭州", "current_title": "运营总监"}])
        command.downgrade(alembic_config(engine), "0002")
        command.upgrade(alembic_config(engine), "head")
        listing = CandidateListService(make_session_factory(engine))
        assert len(listing.query(CandidateFilter(text="运营"))) == 1
    finally:
        engine.dispose()


def test_like_fallback_without_the_index(services: Services, people: dict[str, int],
                                         listing: CandidateListService) -> None:
    """What PostgreSQL does (no FTS table): ILIKE over the same columns, every word must match."""
    with services.engine.begin() as conn:
        conn.execute(text("DROP TABLE candidate_fts"))
    assert set(_search(listing, services, "经理")) == {"张伟", "王芳"}  # no skill spellings without the index
    assert _search(listing, services, "pyth sieme") == ["Kevin Wang"]
    assert _search(listing, services, "100%") == []
    assert _search(listing, services, '"') == []
    services.candidates.save(CandidateInput(full_name="After Drop"))  # index calls are no-ops now
    assert _search(listing, services, "after") == ["After Drop"]
