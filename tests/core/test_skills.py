"""Tests for the bilingual skill vocabulary (hhdesk.core.skills) and SkillService."""

from __future__ import annotations

import time

import pytest

from hhdesk.core.matching import normalise_skill
from hhdesk.core.records import ValidationError
from hhdesk.core.services import Services
from hhdesk.core.services.skills import SkillService
from hhdesk.core.skills import VOCABULARY_PATH, SkillEntry, SkillVocabulary, default_vocabulary, fold

CATEGORIES = {"tech", "cloud_devops", "data_ai", "hardware", "finance", "sales_marketing", "hr", "manufacturing",
              "management", "design", "languages"}


@pytest.fixture(scope="module")
def vocab() -> SkillVocabulary:
    return default_vocabulary()


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # canonical names, case, width and spacing
        ("Python", "Python"), ("python", "Python"), ("  PYTHON ", "Python"), ("ＰＹＴＨＯＮ", "Python"),
        ("machine   learning", "Machine Learning"), ("Kubernetes.", "Kubernetes"), ("• SQL", "SQL"),
        ("C++", "C++"), ("c#", "C#"), ("C", "C"), ("R", "R"), ("Go", "Go"), (".net", ".NET"),
        # English aliases
        ("JS", "JavaScript"), ("js", "JavaScript"), ("ｊｓ", "JavaScript"), ("k8s", "Kubernetes"),
        ("K8S", "Kubernetes"), ("golang", "Go"), ("py", "Python"), ("Postgres", "PostgreSQL"),
        ("cpp", "C++"), ("C sharp", "C#"), ("nodejs", "Node.js"), ("ML", "Machine Learning"),
        ("NLP", "Natural Language Processing"), ("sklearn", "scikit-learn"), ("GCP", "Google Cloud"),
        ("FP&A", "FP&A"), ("Financial Planning and Analysis", "FP&A"), ("Six Sigma Black Belt", "Six Sigma"),
        ("P&L", "P&L Management"), ("Talent Acquisition", "Recruiting"), ("HR Business Partner", "HRBP"),
        # Chinese aliases
        ("机器学习", "Machine Learning"), ("财务分析", "Financial Analysis"), ("深度学习", "Deep Learning"),
        ("审计", "Audit"), ("税务", "Taxation"), ("资金管理", "Treasury"), ("风险管理", "Risk Management"),
        ("信用风险", "Credit Risk"), ("大客户销售", "B2B Sales"), ("渠道销售", "Channel Sales"),
        ("数字营销", "Digital Marketing"), ("直播电商", "Livestream E-commerce"), ("天猫运营", "Tmall Operations"),
        ("招聘", "Recruiting"), ("薪酬福利", "C&B"), ("组织发展", "Organizational Development"),
        ("劳动法", "Labor Law"), ("精益生产", "Lean Manufacturing"), ("六西格玛", "Six Sigma"),
        ("质量管理", "Quality Management"), ("采购", "Procurement"), ("供应链", "Supply Chain Management"),
        ("团队管理", "Team Leadership"), ("项目管理", "Project Management"), ("英语", "English"),
        ("普通话", "Mandarin"), ("日语", "Japanese"), ("Go语言", "Go"), ("ｇｏ语言", "Go"), ("C语言", "C"),
        # spacing and punctuation variants, filler words
        ("Type Script", "TypeScript"), ("node js", "Node.js"), ("Spring-Boot", "Spring Boot"),
        ("Power-BI", "Power BI"), ("SQL skills", "SQL"), ("沟通能力", "Communication"), ("Python经验", "Python"),
        # typos (fuzzy)
        ("Kubernets", "Kubernetes"), ("Javascrpt", "JavaScript"), ("Pyton", "Python"), ("Pytohn", "Python"),
        ("Tensorflw", "TensorFlow"), ("machine learnign", "Machine Learning"),
        ("Product Managment", "Product Management"), ("Finacial Analysis", "Financial Analysis"),
    ],
)
def test_canonical(vocab: SkillVocabulary, raw: str, expected: str) -> None:
    assert vocab.canonical(raw) == expected
    assert vocab.normalise(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "Cooking", "Jav", "Scale", "Rub", "Sketching", "Sales Manager", "Accountant", "机器学", "学习",
     "C+", "Goo", "Rr", "GO2", "Underwater Basket Weaving", "烹饪"],
)
def test_unknown_stays_unknown(vocab: SkillVocabulary, raw: str) -> None:
    assert vocab.canonical(raw) is None


@pytest.mark.parametrize(
    ("raw", "near_miss"),
    [("Java", "JavaScript"), ("C", "C#"), ("C", "C++"), ("Go", "Google Ads"), ("R", "Ruby"), ("React", "Redux"),
     ("Spring", "Spring Boot"), ("TypeScript", "JavaScript"), ("Project Management", "Product Management"),
     ("Sass", "SAS"), ("MySQL", "SQL")],
)
def test_close_names_stay_apart(vocab: SkillVocabulary, raw: str, near_miss: str) -> None:
    assert vocab.canonical(raw) == raw != near_miss


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("  Underwater   Basket  Weaving. ", "Underwater Basket Weaving"), ("ＡＢＣ Tool", "ABC Tool"),
     ("烹饪 ", "烹饪"), ("", "")],
)
def test_normalise_keeps_unknown_cleaned(vocab: SkillVocabulary, raw: str, expected: str) -> None:
    assert vocab.normalise(raw) == expected


def test_fold() -> None:
    assert fold("  ＰＹＴＨＯＮ\t 3 ") == "python 3"
    assert fold("Node.JS.") == "node.js"
    assert fold("C++") == "c++" and fold("C#。") == "c#"
    assert fold("机器　学习！") == "机器 学习"


def test_category(vocab: SkillVocabulary) -> None:
    assert vocab.category("k8s") == "cloud_devops"
    assert vocab.category("财务分析") == "finance"
    assert vocab.category("招聘") == "hr"
    assert vocab.category("Cooking") is None


def test_matching_compares_canonical_forms() -> None:
    assert normalise_skill("财务分析") == normalise_skill("financial analysis") == "financial analysis"
    assert normalise_skill("Kubernets") == normalise_skill("K8S") == "kubernetes"
    assert normalise_skill("  Underwater  Basket ") == "underwater basket"
    assert normalise_skill("Java") != normalise_skill("JavaScript")


# ---------------------------------------------------------------- free text


JD = """【岗位职责】
1. 负责交易系统的后端开发，使用Java/Spring Boot与Go构建高并发微服务；
2. 与前端团队（React、TypeScript、Node.js）协作，推进CI/CD与Kubernetes(k8s)落地；
3. 熟悉C/C++、C#/.NET者优先；了解机器学习、NLP者加分；有C端产品或C/S架构经验更佳。
Requirements: 5+ years of Python, PostgreSQL & Redis; AWS experience. Able to excel under pressure, a go-getter
with an R&D mindset. Node experience welcome, three.js a plus. Please send your CV. 英语流利，会财务分析更好。"""


def test_suggest_mixed_job_description(vocab: SkillVocabulary) -> None:
    assert vocab.suggest(JD) == [
        "Backend Development", "Java", "Spring Boot", "Go", "High Concurrency", "Microservices",
        "Frontend Development", "React", "TypeScript", "Node.js", "CI/CD", "Kubernetes", "C", "C++", "C#", ".NET",
        "Machine Learning", "Natural Language Processing", "Python", "PostgreSQL", "Redis", "AWS", "English",
        "Financial Analysis",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("We value people who go the extra mile and excel at teamwork.", []),
        ("Skills: Excel, Go, R.", ["Excel", "Go", "R"]),
        ("熟悉C语言和Golang，会用R语言", ["C", "Go", "R"]),
        ("C端增长、C轮公司、B/S与C/S", []),
        ("Vue.js, vuejs and Vue 3", ["Vue.js"]),
        ("A/B testing and AB测试", ["A/B Testing"]),
        ("SMT产线，精益生产，6 Sigma", ["SMT", "Lean Manufacturing", "Six Sigma"]),
        ("JavaScript, not Java", ["JavaScript", "Java"]),
        ("ＰＹＴＨＯＮ　and ＫＵＢＥＲＮＥＴＥＳ", ["Python", "Kubernetes"]),
        ("machine\n learning", ["Machine Learning"]),
    ],
)
def test_suggest_cases(vocab: SkillVocabulary, text: str, expected: list[str]) -> None:
    assert vocab.suggest(text) == expected


# ---------------------------------------------------------------- the shipped file


def _rows() -> list[list[str]]:
    lines = VOCABULARY_PATH.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "canonical\tcategory\taliases"
    return [line.split("\t") for line in lines[1:] if line.strip()]


def test_no_spelling_belongs_to_two_skills() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for canonical, _category, aliases in _rows():
        for name in {canonical, *aliases.split("|")} - {""}:
            if owner.setdefault(fold(name), canonical) != canonical:
                clashes.append((name, owner[fold(name)], canonical))
    assert clashes == []


def test_vocabulary_refuses_a_shared_spelling() -> None:
    with pytest.raises(ValueError, match="both"):
        SkillVocabulary([SkillEntry("JavaScript", "tech", ("JS",)), SkillEntry("Jscript", "tech", ("js",))])


def test_vocabulary_size_and_categories(vocab: SkillVocabulary) -> None:
    rows = _rows()
    assert len(vocab) == len(rows) >= 300
    assert all(len(row) == 3 and row[0].strip() for row in rows)
    by_category: dict[str, int] = {}
    for entry in vocab.entries:
        assert entry.category in CATEGORIES, entry
        by_category[entry.category] = by_category.get(entry.category, 0) + 1
    assert set(by_category) == CATEGORIES
    assert all(n >= 10 for n in by_category.values()), by_category
    with_chinese = sum(any("\u4e00" <= ch <= "\u9fff" for a in e.aliases for ch in a) for e in vocab.entries)
    assert with_chinese >= 0.7 * len(vocab)


def test_completions(vocab: SkillVocabulary) -> None:
    names = vocab.completions()
    assert names == sorted(names, key=lambda n: (n.casefold(), n))
    assert {"JavaScript", "Kubernetes", "Financial Analysis", "机器学习", "财务分析", "天猫运营"} <= set(names)
    assert "k8s" not in names and "js" not in names
    assert len(names) == len(set(names))


def test_canonical_is_fast(vocab: SkillVocabulary) -> None:
    names = ["Kubernets", "Javascrpt", "Pyton", "Underwater Basket Weaving", "机器学习算法", "python"] * 50
    started = time.perf_counter()
    for name in names:
        vocab.canonical(name)
    assert (time.perf_counter() - started) / len(names) < 0.001


# ---------------------------------------------------------------- user additions


def test_with_user_aliases_returns_a_new_vocabulary(vocab: SkillVocabulary) -> None:
    mine = vocab.with_user_aliases([("蟒蛇", "python"), ("Prompt Craft", "Prompt Craft"), ("咒语", "Prompt Craft")])
    assert mine.canonical("蟒蛇") == "Python"
    assert mine.canonical("咒语") == mine.canonical("prompt  craft") == "Prompt Craft"
    assert mine.category("Prompt Craft") is None
    assert "Prompt Craft" in mine.completions() and "咒语" in mine.completions()
    assert mine.suggest("懂Prompt Craft和咒语") == ["Prompt Craft"]
    assert vocab.canonical("蟒蛇") is None and "Prompt Craft" not in vocab
    assert len(mine) == len(vocab) + 1


def test_skill_service_round_trip(services: Services) -> None:
    skills = SkillService(services.sessions)
    before = skills.vocabulary()
    assert skills.user_aliases() == []
    skills.add_alias(" 爬虫 ", "web scraping")
    skills.add_alias("Web Scraping", "Web Scraping")  # naming the new skill itself: nothing new to store
    skills.add_alias("蟒蛇", "python")  # attaches to the shipped skill, spelled canonically
    skills.add_alias("蟒蛇", "Python")  # again: nothing to do
    assert skills.user_aliases() == [("爬虫", "web scraping"), ("蟒蛇", "Python")]
    after = skills.vocabulary()
    assert after is not before and skills.vocabulary() is after  # cached until the next change
    assert after.canonical("爬虫") == after.canonical("WEB SCRAPING") == "web scraping"
    assert after.canonical("蟒蛇") == "Python"
    # A second service over the same database sees the additions.
    assert SkillService(services.sessions).vocabulary().canonical("蟒蛇") == "Python"


@pytest.mark.parametrize(
    ("alias", "canonical", "field"),
    [("", "Python", "alias"), ("   ", "Python", "alias"), ("蟒蛇", "", "canonical"), ("蟒蛇", "  ", "canonical"),
     ("JS", "Java", "alias"), ("k8s", "Docker", "alias"), ("机器学习", "Deep Learning", "alias"),
     ("Java", "JavaScript", "alias"), ("x" * 121, "Python", "alias"), ("蟒蛇", "x" * 121, "canonical")],
)
def test_skill_service_validation(services: Services, alias: str, canonical: str, field: str) -> None:
    skills = SkillService(services.sessions)
    with pytest.raises(ValidationError) as caught:
        skills.add_alias(alias, canonical)
    assert caught.value.field == field
    assert skills.user_aliases() == []


def test_skill_service_refuses_a_user_alias_taken_by_another_user_skill(services: Services) -> None:
    skills = SkillService(services.sessions)
    skills.add_alias("咒语", "Prompt Craft")
    with pytest.raises(ValidationError, match="Prompt Craft"):
        skills.add_alias("咒语", "Python")
    assert skills.vocabulary().canonical("咒语") == "Prompt Craft"
