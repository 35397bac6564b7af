"""Candidate search and list at 100 000 people (a benchmark, not a test).

Run from the repository root: ``python tests/benchmarks/candidate_search.py [--count 100000] [--keep DIR]``.

Generates ``--count`` candidates with ~3 KB of resume text each (Chinese and English words drawn with a
Zipf-like frequency, so some words are everywhere and some rare), 6 skills and one pipeline entry per
ten people, inserted with SQLAlchemy Core ``executemany`` into a migrated SQLite database; builds the
search index; then prints the insert and index times and the latencies (median, p95) of:

* search, first page of 50 ids and the full id list, for ~20 queries (Chinese 2-character words, names,
  English prefixes, hostile strings);
* the filtered list (city + expected salary + years, first 50 by name);
* the paged model's first page (``CandidateListModel.set_ids`` over every id).

Target from issue 4: search ≤ 30 ms over 100k candidates with 3 KB resumes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

TARGET_MS = 30.0

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆"
WESTERN_FIRST = ["James", "Mary", "John", "Linda", "David", "Susan", "Michael", "Karen", "Daniel", "Emily",
                 "Kevin", "Grace", "Tony", "Vivian", "Jason", "Cindy", "Eric", "Helen", "Peter", "Amy"]
WESTERN_LAST = ["Smith", "Wang", "Chen", "Johnson", "Lee", "Brown", "Zhang", "Miller", "Liu", "Davis",
                "Wilson", "Taylor", "Anderson", "Thomas", "Moore", "Martin", "Clark", "Lewis", "Walker", "Young"]
CITIES = ["上海", "北京", "深圳", "广州", "杭州", "成都", "南京", "苏州", "武汉", "西安", "Shanghai", "Beijing",
          "Shenzhen", "Hong Kong", "Singapore", "天津", "重庆", "厦门", "青岛", "长沙"]
TITLES = ["销售经理", "大客户经理", "产品经理", "软件工程师", "高级Java开发工程师", "Python开发工程师", "数据分析师",
          "财务总监", "人力资源经理", "市场总监", "Sales Manager", "Software Engineer", "Product Manager",
          "Data Scientist", "HR Business Partner", "Finance Director", "运营经理", "采购经理", "测试工程师",
          "Key Account Manager"]
COMPANIES = ["阿里巴巴", "腾讯", "华为", "字节跳动", "京东", "美团", "百度", "小米", "网易", "平安科技", "Siemens",
             "Microsoft", "Oracle", "SAP", "Unilever", "Procter & Gamble", "L'Oréal", "Bosch", "Philips", "IBM"]
SKILLS = ["Python", "Java", "Go", "C++", "JavaScript", "React", "Kubernetes", "Docker", "SQL", "MySQL", "Spark",
          "Excel", "SAP", "Salesforce", "谈判", "大客户销售", "渠道管理", "团队管理", "财务分析", "招聘", "薪酬绩效",
          "项目管理", "数据分析", "机器学习", "Linux", "AWS", "市场推广", "英语", "日语", "供应链管理"]
ZH_WORDS = ("负责 公司 项目 团队 客户 销售 管理 开发 产品 市场 业务 经理 工作 完成 系统 数据 部门 技术 能力 合作 "
            "提升 优化 推动 设计 实施 维护 沟通 协调 分析 报告 年度 目标 增长 渠道 品牌 运营 平台 用户 需求 方案 "
            "交付 质量 测试 上线 架构 服务 流程 制度 培训 招聘 绩效 预算 成本 采购 供应链 谈判 签约 回款 华东 "
            "华南 区域 大客户 战略 规划 执行 领导 带领 成员 获得 奖励 优秀 员工 熟悉 精通 掌握 经验 行业 领域 "
            "主导 参与 搭建 建立 拓展 维护 关系 资源 整合 落地 改进 效率 自动化 监控 部署 微服务 数据库 算法 模型 "
            "训练 推荐 搜索 广告 支付 风控 金融 电商 零售 制造 医疗 教育 汽车 新能源 半导体 通信").split()
EN_WORDS = ("responsible for managing team clients sales development product market business manager work "
            "delivered system data department technology cross functional collaboration improved optimized "
            "drove designed implemented maintained communication coordination analysis reporting annual targets "
            "growth channel brand operations platform users requirements solutions delivery quality testing "
            "launch architecture services process training recruiting performance budget cost procurement "
            "supply chain negotiation contracts revenue region key accounts strategy planning execution "
            "leadership led members awarded excellent employee familiar proficient experience industry domain "
            "python java kubernetes docker microservices database algorithms models machine learning pipeline "
            "recommendation search advertising payments risk finance ecommerce retail manufacturing healthcare "
            "education automotive semiconductor telecommunications stakeholder roadmap agile scrum quarterly "
            "forecast pricing partnership onboarding retention analytics dashboard migration cloud security").split()


def zipf_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(n)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def resume_text(rng: random.Random, zh_w: list[float], en_w: list[float], size: int = 3000) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.6:
            words = rng.choices(ZH_WORDS, zh_w, k=rng.randint(8, 20))
            sentence = "".join(words) + "。"
            length += len(sentence.encode())
        else:
            words = rng.choices(EN_WORDS, en_w, k=rng.randint(8, 20))
            sentence = " ".join(words).capitalize() + ". "
            length += len(sentence)
        parts.append(sentence)
    return "".join(parts)


def generate(engine, count: int, seed: int = 7) -> None:  # noqa: ANN001
    from sqlalchemy import insert

    from hhdesk.core.db.models import Candidate, CandidateSkill, PipelineEntry, Position, ResumeFile, ResumeText

    rng = random.Random(seed)
    zh_w, en_w = zipf_weights(len(ZH_WORDS)), zipf_weights(len(EN_WORDS))
    now = datetime(2025, 1, 1)
    batch = 5000
    with engine.begin() as conn:
        from hhdesk.core.db.models import Company

        conn.execute(insert(Company), [{"id": 1, "name": "Bench client"}])
        conn.execute(insert(Position), [{"id": i, "company_id": 1, "title": f"Role {i}"} for i in range(1, 11)])
        skill_id = 0
        for start in range(1, count + 1, batch):
            ids = range(start, min(start + batch, count + 1))
            people, skills, files, texts, entries = [], [], [], [], []
            for cid in ids:
                if rng.random() < 0.8:
                    name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
                else:
                    name = f"{rng.choice(WESTERN_FIRST)} {rng.choice(WESTERN_LAST)}"
                monthly = rng.randrange(8_000, 90_000, 500) * 100
                people.append({
                    "id": cid, "full_name": name, "email": f"user{cid}@example.com",
                    "phone": f"+86138{cid:08d}", "city": rng.choice(CITIES), "current_title": rng.choice(TITLES),
                    "current_company": rng.choice(COMPANIES),
                    "years_experience": round(rng.uniform(0, 25), 1), "expected_salary_minor": monthly,
                    "expected_salary_period": "month", "expected_salary_months": rng.choice((12, 13, 14, 16)),
                    "created_at": now, "updated_at": now - timedelta(minutes=rng.randrange(500_000)),
                })
                for skill in rng.sample(SKILLS, 6):
                    skill_id += 1
                    skills.append({"id": skill_id, "candidate_id": cid, "skill": skill, "source": "resume"})
                files.append({"id": cid, "candidate_id": cid, "sha256": f"{cid:064x}", "original_name": f"{cid}.pdf",
                              "stored_path": f"resumes/{cid}.pdf", "size_bytes": 50_000, "imported_at": now})
                texts.append({"resume_file_id": cid, "text": resume_text(rng, zh_w, en_w)})
                if cid % 10 == 0:
                    entries.append({"candidate_id": cid, "position_id": (cid // 10) % 10 + 1,
                                    "stage": rng.choice(("sourced", "screened", "shortlisted", "interview")),
                                    "updated_at": now})
            conn.execute(insert(Candidate), people)
            conn.execute(insert(CandidateSkill), skills)
            conn.execute(insert(ResumeFile), files)
            conn.execute(insert(ResumeText), texts)
            if entries:
                conn.execute(insert(PipelineEntry), entries)
            print(f"  inserted {ids[-1]:,} / {count:,}", flush=True)


def timed(fn, repeat: int = 5) -> tuple[float, object]:  # noqa: ANN001
    """Median milliseconds of ``repeat`` calls (after one warm-up) and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


QUERIES = ["销售", "经理", "张伟", "王芳", "李", "上海", "大客户", "供应链管理", "机器学习", "pyth", "kube",
           "manag", "sales manager", "Kevin Wang", "java 开发", "c++", '"', "AND(", "*", "-", "NEAR", "😀", "!!!",
           'x" OR "y', "半导体 recommendation"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from hhdesk.core.db.engine import open_database
    from hhdesk.core.search import rebuild_index
    from hhdesk.core.services.candidate_list import CandidateFilter, CandidateListService

    folder = args.keep or Path(tempfile.mkdtemp(prefix="hhdesk-search-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "hhdesk.sqlite3"
    fresh = not db.exists()
    engine, sessions = open_database(f"sqlite:///{db.as_posix()}")
    service = CandidateListService(sessions)
    if fresh:
        print(f"Generating {args.count:,} candidates into {db} …", flush=True)
        t0 = time.perf_counter()
        generate(engine, args.count)
        insert_s = time.perf_counter() - t0
        print(f"insert: {insert_s:.1f} s", flush=True)
        t0 = time.perf_counter()
        indexed = rebuild_index(engine)
        index_s = time.perf_counter() - t0
        print(f"index build: {index_s:.1f} s ({indexed:,} candidates)", flush=True)
    else:
        print(f"Reusing {db}", flush=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    size_mb = sum(p.stat().st_size for p in folder.glob("hhdesk.sqlite3*")) / 1e6
    print(f"database size: {size_mb:,.0f} MB", flush=True)

    print(f"\n{'query':<24}{'hits':>8}{'first 50 ms':>14}{'all ids ms':>12}")
    firsts, alls = [], []
    for q in QUERIES:
        first_ms, _ = timed(lambda q=q: service.query(CandidateFilter(text=q), limit=50))
        all_ms, ids = timed(lambda q=q: service.query(CandidateFilter(text=q)), repeat=3)
        firsts.append(first_ms)
        alls.append(all_ms)
        print(f"{q!r:<24}{len(ids):>8,}{first_ms:>14.1f}{all_ms:>12.1f}", flush=True)
    print(f"search, first 50 by bm25: median {statistics.median(firsts):.1f} ms, p95 {percentile(firsts, .95):.1f} ms"
          f" (target ≤ {TARGET_MS:.0f} ms)")
    print(f"search, full id list:     median {statistics.median(alls):.1f} ms, p95 {percentile(alls, .95):.1f} ms")

    filt = CandidateFilter(city="上海", min_salary_minor=300_000_00, max_salary_minor=600_000_00, min_years=3,
                           max_years=10, sort="name")
    filters_ms = []
    for f in (filt, CandidateFilter(city="北京", min_years=5, sort="years", descending=True),
              CandidateFilter(city="Shanghai", max_salary_minor=400_000_00, sort="updated", descending=True),
              CandidateFilter(text="销售", city="深圳", min_years=3, sort="relevance"),
              CandidateFilter(skills=("python", "docker"), city="杭州", sort="name")):
        ms, ids = timed(lambda f=f: service.query(f, limit=50))
        filters_ms.append(ms)
        print(f"filtered first 50 ({len(ids)} ids): {ms:.1f} ms  {f}")
    ms_all, every = timed(lambda: service.query(CandidateFilter()), repeat=3)
    print(f"every id, newest first ({len(every):,}): {ms_all:.1f} ms")
    ms_count, n = timed(lambda: service.count(CandidateFilter(text="销售")), repeat=3)
    print(f"count('销售') = {n:,}: {ms_count:.1f} ms")

    from PySide6.QtCore import QCoreApplication

    from hhdesk.ui.candidate_list_model import CandidateListModel

    _app = QCoreApplication.instance() or QCoreApplication([])
    model = CandidateListModel(service.rows)
    page_ms, _ = timed(lambda: model.set_ids(every))
    print(f"model first page (set_ids over {len(every):,} ids, 200 rows fetched): {page_ms:.1f} ms")
    more_ms, _ = timed(lambda: (model.set_ids(every), model.fetchMore(model.index(-1, -1))))
    print(f"model set_ids + one fetchMore: {more_ms:.1f} ms")
    engine.dispose()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
