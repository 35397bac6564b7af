"""Tests for the culture-fit vocabulary and scoring (hhdesk.core.culture)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from hhdesk.core.culture import (
    CONCEPTS_PATH,
    NOT_CULTURE,
    Concept,
    CultureFit,
    CultureVocabulary,
    culture_fit,
    default_culture,
    explain,
    fit_of,
    normalise,
)

HEADER = "key\ten\tzh\tspellings\topposes\n"


@pytest.fixture(scope="module")
def vocab() -> CultureVocabulary:
    return default_culture()


def write_tsv(folder: Path, *rows: str, header: str = HEADER) -> Path:
    path = folder / "concepts.tsv"
    path.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the shipped vocabulary


def test_shipped_vocabulary_loads(vocab: CultureVocabulary) -> None:
    assert CONCEPTS_PATH.is_file()
    assert 35 <= len(vocab) <= 64  # hhdesk.core.match_index keeps a candidate's concepts in a 64-bit mask
    assert default_culture() is vocab


def test_every_concept_is_complete(vocab: CultureVocabulary) -> None:
    for concept in vocab.concepts():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", concept.key)
        assert concept.en and concept.zh and concept.spellings
        assert re.search(r"[\u4e00-\u9fff]", concept.zh), concept.key
        assert any(re.search(r"[\u4e00-\u9fff]", s) for s in concept.spellings), f"{concept.key}: no Chinese"
        assert any(re.fullmatch(r"[a-z0-9 &'/-]+", s) for s in concept.spellings), f"{concept.key}: no English"
        assert all(s == s.lower() for s in concept.spellings), concept.key


@pytest.mark.parametrize("word", ["team", "work", "company", "job", "culture", "公司", "团队", "工作", "文化", "员工"])
def test_generic_words_are_not_spellings(vocab: CultureVocabulary, word: str) -> None:
    assert vocab.concepts_in(word) == frozenset()


def test_no_single_chinese_character_spellings(vocab: CultureVocabulary) -> None:
    short = [(c.key, s) for c in vocab.concepts() for s in c.spellings if len(s) == 1]
    assert short == []


def test_opposes_is_symmetric(vocab: CultureVocabulary) -> None:
    for concept in vocab.concepts():
        for other in concept.opposes:
            assert vocab.opposed(concept.key, other) and vocab.opposed(other, concept.key)
            assert concept.key in vocab.concept(other).opposes
    assert vocab.opposed("work_life_balance", "long_hours")
    assert vocab.opposed("long_hours", "work_life_balance")
    assert not vocab.opposed("work_life_balance", "flat_hierarchy")
    assert not vocab.opposed("work_life_balance", "no_such_concept")


def test_concept_names(vocab: CultureVocabulary) -> None:
    concept = vocab.concept("flat_hierarchy")
    assert (concept.name("en"), concept.name("zh"), concept.name("zh_CN")) == ("flat hierarchy", "扁平管理", "扁平管理")
    with pytest.raises(KeyError):
        vocab.concept("no_such_concept")


def test_every_spelling_alone_is_its_concept(vocab: CultureVocabulary) -> None:
    """Catches a spelling shadowed by another concept's (or an ignored) phrase, or one the folding breaks."""
    wrong = [(c.key, s, vocab.concepts_in_order(s)) for c in vocab.concepts() for s in c.spellings
             if vocab.concepts_in_order(s) != (c.key,)]
    assert wrong == []


@pytest.mark.parametrize("frame", ["「{}」", "({})", "，{}。", " - {}! ", "“{}”"])
def test_every_spelling_between_punctuation_is_its_concept(vocab: CultureVocabulary, frame: str) -> None:
    wrong = [(c.key, s) for c in vocab.concepts() for s in c.spellings
             if vocab.concepts_in_order(frame.format(s)) != (c.key,)]
    assert wrong == []


def test_every_spelling_survives_upper_case_and_full_width(vocab: CultureVocabulary) -> None:
    def full_width(text: str) -> str:
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)

    wrong = [(c.key, s) for c in vocab.concepts() for s in c.spellings
             if vocab.concepts_in_order(full_width(s.upper())) != (c.key,)]
    assert wrong == []


# ---------------------------------------------------------------- finding concepts in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # candidates, Chinese
        ("希望下一家公司扁平一点，领导放权，最好双休，准点下班。",
         {"flat_hierarchy", "autonomy", "work_life_balance"}),
        ("现在的公司大小周，而且层级太多、汇报线很长，想换个节奏稳定的外企。",
         {"long_hours", "flat_hierarchy", "steady_pace", "international"}),
        ("想去大厂或者头部企业，平台稳定，有晋升通道，薪资涨幅至少30%。",
         {"large_platform", "job_stability", "career_progression", "compensation_growth"}),
        ("不想带团队，想专注技术，找有技术挑战的核心业务，技术氛围好。",
         {"individual_contributor", "technical_challenge", "core_business", "technology_driven"}),
        ("本人不想出差，希望远程办公或者弹性上下班。", {"little_travel", "remote_flexible"}),
        # companies, Chinese
        ("公司倡导客户第一、诚信合规、开放沟通，鼓励创新和试错，用数据说话。",
         {"customer_first", "integrity_compliance", "transparency", "innovation", "data_driven"}),
        ("我们是一家初创公司，节奏快，弹性工作，结果导向，期权激励，团队年轻有活力。",
         {"startup", "fast_paced", "remote_flexible", "ownership", "compensation_growth", "energetic"}),
        ("公司专注机器学习与深度学习，自主研发，工程师文化浓厚。", {"innovation", "technology_driven"}),
        ("以人为本，五险一金，带薪年假，人际关系简单。", {"people_first", "benefits", "simple_relationships"}),
        # English
        ("Looking for a flat, fast-paced startup with real technical challenges and a clear career path.",
         {"flat_hierarchy", "fast_paced", "startup", "technical_challenge", "career_progression"}),
        ("We value integrity, transparency, diversity & inclusion and a customer-centric mindset.",
         {"integrity_compliance", "transparency", "diversity_inclusion", "customer_first"}),
        ("Global company, hybrid work, competitive salary, strong learning culture and mentorship.",
         {"international", "remote_flexible", "compensation_growth", "learning_growth"}),
        ("Wants autonomy, no more micromanagement, and a team lead role.", {"autonomy", "leadership_opportunity"}),
        # mixed
        ("希望work-life balance好一些，no 996，最好remote，有国际化的环境。",
         {"work_life_balance", "remote_flexible", "international"}),
        ("Team lead role preferred, 不接受 996, 希望有晋升空间 and better pay.",
         {"leadership_opportunity", "work_life_balance", "career_progression", "compensation_growth"}),
        ("数据驱动的global team，OKR透明，data-driven decisions", {"data_driven", "international", "transparency"}),
        # nothing cultural
        ("", set()), ("   ", set()), ("Java, Spring Boot, 8 years, Shanghai", set()),
        ("Our ML team works on machine learning and stable diffusion models.", set()),
        ("负责机器学习平台的研发，熟悉强化学习。", set()),
    ],
)
def test_concepts_in(vocab: CultureVocabulary, text: str, expected: set[str]) -> None:
    assert vocab.concepts_in(text) == frozenset(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated or refused "long hours" is work-life balance, and only that
        ("不加班", {"work_life_balance"}), ("很少加班", {"work_life_balance"}), ("加班太多", {"work_life_balance"}),
        ("不接受996", {"work_life_balance"}), ("拒绝996", {"work_life_balance"}), ("不要996", {"work_life_balance"}),
        ("不接受加班", {"work_life_balance"}), ("不接受 996", {"work_life_balance"}),
        ("no 996", {"work_life_balance"}), ("NO-996!", {"work_life_balance"}), ("No overtime.", {"work_life_balance"}),
        ("不接受加班，也不接受单休", {"work_life_balance"}),
        # the plain words are long hours
        ("加班", {"long_hours"}), ("公司996", {"long_hours"}), ("可以接受加班", {"long_hours"}),
        ("long hours and overtime", {"long_hours"}), ("大小周", {"long_hours"}),
        # other refusals
        ("不想带团队", {"individual_contributor"}), ("不出差", {"little_travel"}), ("不打卡", {"remote_flexible"}),
        ("管得太细", {"autonomy"}), ("no micromanagement", {"autonomy"}), ("太官僚", {"flat_hierarchy"}),
        ("不考虑创业公司", {"job_stability"}), ("no startups", {"job_stability"}),
        # a longer spelling of another concept wins over the shorter one inside it
        ("节奏稳定", {"steady_pace"}), ("技术氛围好", {"technology_driven"}), ("自主研发", {"innovation"}),
        ("career growth", {"career_progression"}), ("rapid growth", {"company_growth"}),
        ("客户信任", {"customer_first"}), ("学习机会", {"learning_growth"}),
    ],
)
def test_negation_and_longest_spelling(vocab: CultureVocabulary, text: str, expected: set[str]) -> None:
    assert vocab.concepts_in(text) == frozenset(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flatten the curve", set()), ("a flat team", {"flat_hierarchy"}), ("flat.", {"flat_hierarchy"}),
        ("strong leadership", set()), ("leadership role", {"leadership_opportunity"}),
        ("reinforcement learning", set()), ("learning", {"learning_growth"}), ("e-learning", set()),
        ("stabilize", set()), ("stable", {"job_stability"}), ("unstable", set()),
        ("1996年成立", set()), ("9960元", set()), ("996工作制", {"long_hours"}), ("955双休", {"work_life_balance"}),
        ("ic design", set()), ("ic track", {"individual_contributor"}),
        ("remote control", set()), ("hybrid cloud", set()), ("fast-moving consumer goods", set()),
        ("nonremote", set()), ("remote-first", {"remote_flexible"}),
    ],
)
def test_latin_spellings_match_whole_words(vocab: CultureVocabulary, text: str, expected: set[str]) -> None:
    assert vocab.concepts_in(text) == frozenset(expected)


def test_word_boundary_with_a_short_spelling(tmp_path: Path) -> None:
    vocab = CultureVocabulary.load(write_tsv(tmp_path, "leading\tleading\t带领\tlead|带领\t"))
    assert vocab.concepts_in("strong leadership") == frozenset()
    assert vocab.concepts_in("misleading") == frozenset()
    assert vocab.concepts_in("I want to lead.") == {"leading"}
    assert vocab.concepts_in("想lead团队") == {"leading"}
    assert vocab.concepts_in("带领团队") == {"leading"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＦＬＡＴ", {"flat_hierarchy"}), ("ＦＬＡＴ ｈｉｅｒａｒｃｈｙ", {"flat_hierarchy"}),
        ("９５５", {"work_life_balance"}),
        ("ＷＯＲＫ－ＬＩＦＥ ＢＡＬＡＮＣＥ", {"work_life_balance"}), ("work‐life balance", {"work_life_balance"}),
        ("Work/Life Balance", {"work_life_balance"}), ("work  life\n balance", {"work_life_balance"}),
        ("扁平 管理", {"flat_hierarchy"}), ("不接受　９９６", {"work_life_balance"}), ("Data_Driven", {"data_driven"}),
    ],
)
def test_width_case_and_spacing(vocab: CultureVocabulary, text: str, expected: set[str]) -> None:
    assert vocab.concepts_in(text) == frozenset(expected)


def test_normalise() -> None:
    assert normalise("  ＦＬＡＴ，Work-Life   Balance！ ") == "flat,work life balance!"
    assert normalise("不接受 996，双休 ") == "不接受996,双休"
    assert normalise("no 996 ，ok") == "no 996 ,ok"  # only spaces next to Chinese characters go
    assert normalise("work/life") == "work life"
    assert normalise("24/7") == "24/7"


def test_order_and_phrases(vocab: CultureVocabulary) -> None:
    text = "Flat structure, 不接受996, flat again, 技术驱动"
    assert vocab.concepts_in_order(text) == ("flat_hierarchy", "work_life_balance", "technology_driven")
    assert vocab.find(text) == (("flat_hierarchy", "flat structure"), ("work_life_balance", "不接受996"),
                                ("flat_hierarchy", "flat"), ("technology_driven", "技术驱动"))


def _longest_match_scan(spellings: list[str], text: str) -> list[str]:
    """The matching rule written plainly: leftmost, then longest, Latin edges on word boundaries."""
    by_first: dict[str, list[str]] = {}
    for sp in sorted(spellings, key=len, reverse=True):
        by_first.setdefault(sp[0], []).append(sp)
    word = re.compile(r"[a-z0-9]")
    found, i, s = [], 0, normalise(text)
    while i < len(s):
        for sp in by_first.get(s[i], ()):
            j = i + len(sp)
            if (s.startswith(sp, i) and not (word.match(sp[0]) and i and word.match(s[i - 1]))
                    and not (word.match(sp[-1]) and j < len(s) and word.match(s[j]))):
                found.append(sp)
                i = j
                break
        else:
            i += 1
    return found


def test_pattern_agrees_with_a_plain_longest_match_scan(vocab: CultureVocabulary) -> None:
    rng = random.Random(20240611)
    spellings = [s for c in vocab.concepts() for s in c.spellings] + list(NOT_CULTURE)
    normalised = list({normalise(s) for s in spellings})
    filler = ["", " ", "的", "不", "很", "a", "x", "1", "s", "ing", "，", "。", "-", "no ", "管", "加", "工作"]
    owner = {normalise(s): c.key for c in vocab.concepts() for s in c.spellings}
    for _ in range(3000):
        text = "".join(rng.choice(filler) + rng.choice(spellings) for _ in range(rng.randint(1, 6)))
        expected = [owner[p] for p in _longest_match_scan(normalised, text) if p in owner]
        assert [key for key, _ in vocab.find(text)] == expected, text


def test_concepts_in_is_fast(vocab: CultureVocabulary) -> None:
    text = ("现在的公司加班太多，领导管得太细，想找个技术氛围好、扁平化管理的大平台，不接受996。"
            "Looking for a flat, fast-paced engineering culture with real technical challenges, work-life balance "
            "(no 996), remote or flexible hours, and a clear career path. ") * 2
    text = text[:300]
    vocab.concepts_in(text)
    runs = 300
    started = time.perf_counter()
    for _ in range(runs):
        vocab.concepts_in(text)
    assert (time.perf_counter() - started) / runs < 0.0005  # ~35 µs measured; generous for slow CI machines


# ---------------------------------------------------------------- culture fit


@pytest.mark.parametrize(
    ("candidate", "company", "score"),
    [
        # everything wanted is offered
        ("扁平管理，技术驱动", "我们是扁平化管理、技术驱动的团队，工程师文化", 1.0),
        ("flat hierarchy and remote work", "Flat structure. Fully remote. 技术氛围浓。", 1.0),
        # half matched, half not mentioned: (1 + 0.5) / 2
        ("扁平管理，有技术挑战", "扁平化管理，客户第一", 0.75),
        # nothing mentioned: (0 + 0.5) / 1
        ("不加班", "客户第一", 0.5),
        # a conflict lowers: (1 + 0 - 1) / 2, clamped at 0 when worse
        ("扁平管理，不加班", "扁平化，大小周", 0.0),
        ("希望扁平、有技术挑战、不加班", "扁平管理，大小周，技术驱动", (1 + 0.5 - 1) / 3),
        ("不接受996", "996，狼性文化", 0.0),
        ("work-life balance, flat, technical challenges", "flat structure, 955, 高并发", 1.0),
    ],
)
def test_culture_fit_score(candidate: str, company: str, score: float) -> None:
    assert culture_fit(candidate, company).score == pytest.approx(score)


@pytest.mark.parametrize(("candidate", "company"), [("", "扁平管理"), ("扁平管理", ""), ("薪资面议", "扁平管理"),
                                                    ("扁平管理", "Founded in 2010, Shanghai."), ("", "")])
def test_culture_fit_unknown(candidate: str, company: str) -> None:
    assert culture_fit(candidate, company).score is None


def test_culture_fit_fields() -> None:
    fit = culture_fit("希望扁平化、有技术挑战、不加班，扁平最好", "扁平管理，大小周，技术驱动")
    assert fit.wanted == ("flat_hierarchy", "technical_challenge", "work_life_balance")
    assert fit.offered == ("flat_hierarchy", "long_hours", "technology_driven")
    assert fit.matched == ("flat_hierarchy",)
    assert fit.conflicts == (("work_life_balance", "long_hours"),)
    assert fit.not_mentioned == ("technical_challenge",)


def test_a_concept_opposing_two_offered_counts_once() -> None:
    """As in the match engine: startup against a stable, large company is one conflict (two pairs)."""
    fit = fit_of(["startup", "technical_challenge", "flat_hierarchy"],
                 ["job_stability", "large_platform", "technical_challenge", "flat_hierarchy"])
    assert fit.conflicts == (("startup", "job_stability"), ("startup", "large_platform"))
    assert fit.score == pytest.approx((2 - 1) / 3)


def test_offered_and_opposed_counts_zero() -> None:
    fit = fit_of(["work_life_balance"], ["work_life_balance", "long_hours"])
    assert fit.matched == ("work_life_balance",)
    assert fit.conflicts == (("work_life_balance", "long_hours"),)
    assert fit.score == 0.0


def test_fit_with_own_vocabulary(tmp_path: Path) -> None:
    vocab = CultureVocabulary.load(write_tsv(tmp_path, "calm\tcalm\t平静\tcalm|平静\tbusy",
                                             "busy\tbusy\t忙碌\tbusy|忙碌\t"))
    fit = culture_fit("想要平静", "very busy", vocab)
    assert fit.conflicts == (("calm", "busy"),) and fit.score == 0.0
    assert explain(fit, "en", vocab) == "Wants calm: nothing matches; conflict: calm vs busy."


# ---------------------------------------------------------------- explanations


def test_explain_example_sentences() -> None:
    fit = culture_fit("希望扁平化、有技术挑战、不加班", "扁平管理，大小周，技术驱动")
    assert explain(fit, "en") == ("Wants flat hierarchy, technical challenge and work-life balance: the company "
                                  "offers flat hierarchy; conflict: work-life balance vs long hours; not mentioned: "
                                  "technical challenge.")
    assert explain(fit, "zh") == ("候选人看重扁平管理、技术挑战、工作生活平衡：公司符合扁平管理；"
                                  "冲突：工作生活平衡 与 加班文化；未提及：技术挑战。")


@pytest.mark.parametrize(
    ("candidate", "company", "lang", "contains"),
    [
        ("flat, remote", "扁平化，远程办公", "en", ["flat hierarchy", "remote / flexible work", "the company offers"]),
        ("flat, remote", "扁平化，远程办公", "zh", ["扁平管理", "远程弹性", "公司符合"]),
        ("Wants data-driven and customer first", "数据驱动，客户第一", "en", ["data-driven and customer first"]),
        ("数据驱动、客户第一、国际化", "数据驱动，客户第一，外企", "zh", ["数据驱动、客户第一、国际化"]),
        ("不加班", "客户第一", "en", ["Wants work-life balance", "mentions none of it"]),
        ("不加班", "客户第一", "zh", ["候选人看重工作生活平衡", "公司介绍均未提及"]),
        ("不接受996", "大小周", "zh", ["公司均不符合", "冲突：工作生活平衡 与 加班文化"]),
    ],
)
def test_explain_names_the_concepts(candidate: str, company: str, lang: str, contains: list[str]) -> None:
    sentence = explain(culture_fit(candidate, company), lang)
    for part in contains:
        assert part in sentence
    assert sentence.endswith("。" if lang == "zh" else ".")


@pytest.mark.parametrize(
    ("candidate", "company", "lang", "sentence"),
    [
        ("", "扁平管理", "en", "Culture fit unknown: no culture preferences recorded for the candidate."),
        ("扁平管理", "", "en", "Culture fit unknown: the company's culture is not described."),
        ("", "", "zh", "文化契合未知：未记录候选人的文化偏好。"),
        ("扁平管理", "Founded 2010", "zh", "文化契合未知：未描述公司文化。"),
    ],
)
def test_explain_unknown(candidate: str, company: str, lang: str, sentence: str) -> None:
    assert explain(culture_fit(candidate, company), lang) == sentence


def test_explain_of_a_hand_made_fit() -> None:
    fit = CultureFit(1.0, ("autonomy",), ("autonomy",), ("autonomy",), ())
    assert explain(fit, "en") == "Wants autonomy: the company offers autonomy."
    assert explain(fit, "zh") == "候选人看重自主放权：公司符合自主放权。"


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["flat\tflat\t扁平\tflat\t", "flat\tflat again\t扁平2\tflat2\t"],
         r"concepts\.tsv:3: concept 'flat' is already defined \(concepts\.tsv:2\)"),
        (["flat\tflat\t扁平\tflat\thierarchical"], r"concepts\.tsv:2: 'flat' opposes unknown concept 'hierarchical'"),
        (["flat\tflat\t扁平\tflat|扁平\t", "open\topen\t开放\topen|扁平\t"],
         r"concepts\.tsv:3: spelling '扁平' of 'open' is already a spelling of 'flat' \(concepts\.tsv:2\)"),
        (["flat\tflat\t扁平\tflat\t", "level\tlevel\t平\tFLAT\t"], r"concepts\.tsv:3: spelling 'FLAT' of 'level'"),
        (["a\ta\t甲\twork-life\t", "b\tb\t乙\twork life\t"], r"concepts\.tsv:3: spelling 'work life' of 'b'"),
        (["flat\tflat\t扁平\tflat\tflat"], r"concepts\.tsv:2: 'flat' opposes itself"),
        (["Flat Hierarchy\tflat\t扁平\tflat\t"], r"concepts\.tsv:2: key 'Flat Hierarchy' is not snake_case"),
        (["flat\tflat\t扁平\t\t"], r"concepts\.tsv:2: concept 'flat' has no spellings"),
        (["flat\tflat\t\tflat\t"], r"concepts\.tsv:2: concept 'flat' needs an English and a Chinese name"),
        (["flat\tflat\t扁平"], r"concepts\.tsv:2: expected 5 tab-separated columns, found 3"),
        (["# a comment", "", "flat flat 扁平 flat"], r"concepts\.tsv:4: expected 5 tab-separated columns"),
    ],
)
def test_bad_tsv_is_refused(tmp_path: Path, rows: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CultureVocabulary.load(write_tsv(tmp_path, *rows))


def test_bad_header_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"concepts\.tsv:1: expected the header"):
        CultureVocabulary.load(write_tsv(tmp_path, "flat\tflat\t扁平\tflat\t", header="key,en,zh,spellings,opposes\n"))


def test_small_tsv_loads(tmp_path: Path) -> None:
    path = write_tsv(tmp_path, "# comment", "", "calm\tcalm\t平静\tcalm | 平静 | calm\tbusy",
                     "busy\tbusy\t忙碌\tbusy|忙碌")  # no opposes column at all: allowed
    vocab = CultureVocabulary.load(path)
    assert len(vocab) == 2 and "calm" in vocab and "loud" not in vocab
    assert vocab.concept("calm") == Concept("calm", "calm", "平静", ("calm", "平静"), ("busy",))
    assert vocab.concept("busy").opposes == ("calm",)  # symmetric in effect
    assert vocab.opposed("busy", "calm")


def test_programmatic_vocabulary_is_checked() -> None:
    with pytest.raises(ValueError, match=r"concept 'b': spelling 'x' of 'b' is already a spelling of 'a'"):
        CultureVocabulary([Concept("a", "a", "甲", ("x",)), Concept("b", "b", "乙", ("x",))])
    vocab = CultureVocabulary([Concept("a", "a", "甲", ("machine learning",))])
    assert vocab.concepts_in("machine learning") == {"a"}  # a concept's spelling wins over NOT_CULTURE
