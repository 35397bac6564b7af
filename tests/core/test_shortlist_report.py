"""The shortlist PDF: several candidates for one position — a comparison table, then each candidate's report —
read back with pypdf. Every person and company here is invented."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from test_report import (
    BOTTOM_LINE_FORMS,
    HOSTILE,
    LABELS,
    Scenario,
    build_scenario,
    metadata_text,
    read,
    set_wechat,
    squash,
)
from test_services import k, make_candidate, stage_of

from hhdesk.core.db.models import Activity
from hhdesk.core.records import KeyFacts, ReportOptions, ScreenInput, ValidationError
from hhdesk.core.services import Services


@dataclass(frozen=True)
class Person:
    cid: int
    name: str
    email: str
    phone: str
    wechat: str
    employer: str
    title: str


@pytest.fixture
def shortlist(services: Services, tmp_path: Path) -> tuple[Scenario, list[Person]]:
    sc = build_scenario(services, tmp_path)
    people = [Person(sc.cid, sc.name, sc.email, "13800138000", sc.wechat, "Globex", "Backend Engineer")]
    for name, email, phone, wechat, employer, title, city in (
        ("Quentin Marlowe", "quentin@example.net", "+86 139 1234 5678", "qmarlowe_77", "Umbrella Analytics",
         "Data Engineer", "Beijing"),
        ("王晓梅", "xiaomei.wang@example.cn", "+86 137 5555 6666", "wxm_2024", "蓝鲸数据科技", "后端开发工程师",
         "上海"),
    ):
        cid = make_candidate(services, name, email=email, phone=phone, current_company=employer,
                             current_title=title, city=city, years_experience=8.0, skills=("Python", "PostgreSQL"))
        set_wechat(services, cid, wechat)
        services.screens.record(ScreenInput(
            candidate_id=cid, position_id=sc.pid, intention="interested", outcome="recommend",
            assessment=f"{name} knows {employer} inside out; bottom line 33k.",
            facts=KeyFacts(current_status="employed", notice_days=60, expected_salary=k(38), bottom_line=k(33))))
        people.append(Person(cid, name, email, "".join(ch for ch in phone if ch.isdigit())[-11:], wechat,
                             employer, title))
    return sc, people


def test_comparison_table_first_then_each_candidate(services: Services,
                                                    shortlist: tuple[Scenario, list[Person]]) -> None:
    sc, people = shortlist
    ids = [p.cid for p in people]
    reader, text = read(services.reports.render_shortlist_bytes(sc.pid, ids, ReportOptions()))
    first = squash(reader.pages[0].extract_text())
    assert "Shortlist" in first and "Comparison" in first and "SeniorBackendEngineer" in first
    positions = []
    for person in people:
        total = services.matches.score(person.cid, sc.pid).total
        assert squash(person.name) in first and squash(person.title) in first, person.name
        positions.append(first.index(squash(person.name)))
        assert f"{total}/100" in first
    assert positions == sorted(positions)  # in the order chosen
    assert first.count("60days'notice") >= 2 and "30days'notice" in first  # the availability column
    # Then every candidate's own report, each on a new page, in the same order.
    starts = [i for i, page in enumerate(reader.pages) if "Candidate " in page.extract_text()[:200]
              and " of 3" in page.extract_text()[:200]]
    assert len(starts) == 3 and starts[0] == 1
    for n, (start, person) in enumerate(zip(starts, people, strict=True), 1):
        page = squash(reader.pages[start].extract_text())
        assert f"Candidate{n}of3" in page and squash(person.name) in page
    flat = squash(text)
    for heading in ("Candidatesnapshot", "Consultant'sassessment", "Matchwiththeposition", "Careerhistory"):
        assert flat.count(heading) == 3, heading


def test_chinese_shortlist(services: Services, shortlist: tuple[Scenario, list[Person]]) -> None:
    sc, people = shortlist
    _, text = read(services.reports.render_shortlist_bytes(sc.pid, [p.cid for p in people], ReportOptions(lang="zh")))
    flat = squash(text)
    for key in ("shortlist", "comparison", "top_reasons"):
        assert squash(LABELS["zh"][key]) in flat
    assert flat.count(squash(LABELS["zh"]["snapshot"])) == 3
    assert "第1位候选人（共3位）" in flat and "王晓梅" in flat


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_anonymous_shortlist_leaks_nothing(services: Services, shortlist: tuple[Scenario, list[Person]],
                                           lang: str) -> None:
    sc, people = shortlist
    options = ReportOptions(lang=lang, anonymous=True, include_employer=False)
    reader, text = read(services.reports.render_shortlist_bytes(sc.pid, [p.cid for p in people], options))
    flat = squash(text) + squash(metadata_text(reader))
    for person in people:
        for secret in (*person.name.split(), person.email, person.phone, person.phone[-8:], person.wechat,
                       person.employer.split()[0]):
            assert squash(secret) not in flat, secret
        assert f"HH-{person.cid:04d}" in flat
    for secret in ("Maria", "Initrode", "Nanjing", *BOTTOM_LINE_FORMS, "23.75", "88,888", "INTERNAL"):
        assert secret not in flat, secret
    name = services.reports.suggested_shortlist_name(sc.pid, options)
    assert name == ("候选人短名单" if lang == "zh" else "Shortlist") + " - Senior Backend Engineer.pdf"


def test_hostile_text_in_the_comparison_table(services: Services, shortlist: tuple[Scenario, list[Person]]) -> None:
    sc, people = shortlist
    hostile = make_candidate(services, f"Eve {HOSTILE}", current_title=f"Head of {HOSTILE}")
    reader, _ = read(services.reports.render_shortlist_bytes(sc.pid, [hostile, people[0].cid], ReportOptions()))
    first = reader.pages[0].extract_text()
    assert first.count(HOSTILE) >= 2, first
    assert f"Eve {HOSTILE}" in reader.pages[1].extract_text()


def test_saving_a_shortlist_records_each_candidate(services: Services, tmp_path: Path,
                                                   shortlist: tuple[Scenario, list[Person]]) -> None:
    sc, people = shortlist
    ids = [p.cid for p in people]
    out = tmp_path / "shortlist.pdf"
    before = {s.id for s in services.reports.submissions()}
    sent = services.reports.save_shortlist(sc.pid, ids + [ids[0]], out, ReportOptions(anonymous=True))
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.part"))
    assert [s.candidate_id for s in sent] == ids  # one row each, duplicates dropped
    assert {s.file_name for s in sent} == {str(out)} and all(s.anonymous for s in sent)
    assert {s.id for s in services.reports.submissions()} - before == {s.id for s in sent}
    for cid in ids:
        assert stage_of(services, cid, sc.pid) == "recommended"
    with services.sessions() as s:
        summaries = s.scalars(select(Activity.summary).where(Activity.kind == "report",
                                                             Activity.details == str(out))).all()
    assert sorted(summaries) == ["Shortlist report (anonymous)"] * 3


def test_a_shortlist_needs_candidates(services: Services, shortlist: tuple[Scenario, list[Person]],
                                      tmp_path: Path) -> None:
    sc, _ = shortlist
    with pytest.raises(ValidationError):
        services.reports.render_shortlist_bytes(sc.pid, [], ReportOptions())
    with pytest.raises(ValidationError):
        services.reports.save_shortlist(sc.pid, [], tmp_path / "x.pdf", ReportOptions())
    assert not (tmp_path / "x.pdf").exists()
