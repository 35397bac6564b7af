"""The fast path ranks exactly as the reference scorer, and the service keeps its index current."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_match_criteria import cand, pos, positions, profiles
from test_services import k, make_candidate, make_company, make_position

from hhdesk.core.match_index import MatchIndex
from hhdesk.core.matching import CandidateProfile, PositionProfile, score
from hhdesk.core.records import CandidateInput, KeyFacts, ScreenInput
from hhdesk.core.services import Services
from hhdesk.core.services.matching import MatchFilter

CULTURE = st.lists(st.sampled_from(["flat_hierarchy", "work_life_balance", "long_hours", "technology_driven",
                                    "fast_paced", "job_stability", "learning_growth"]), unique=True, max_size=4)
rich_profiles = st.builds(
    lambda c, culture, langs, currency: replace(c, culture=tuple(culture), languages=tuple(langs), currency=currency),
    profiles, CULTURE, st.lists(st.sampled_from(["English", "Japanese", "Chinese"]), unique=True, max_size=2),
    st.sampled_from(["CNY", "CNY", "USD", "EUR"]))
rich_positions = st.builds(
    lambda p, culture, langs, hybrid, remote: replace(p, culture=frozenset(culture), languages=tuple(langs),
                                                      hybrid=hybrid, remote=remote),
    positions, CULTURE, st.lists(st.sampled_from(["English", "Japanese"]), unique=True, max_size=2), st.booleans(),
    st.booleans())


def reference_ranking(position: PositionProfile, people: list[CandidateProfile], names: list[str]) -> list[int]:
    keyed = [(-score(position, c).total, names[i].casefold(), i) for i, c in enumerate(people)]
    return [i for _total, _name, i in sorted(keyed)]


@settings(max_examples=150, deadline=None)
@given(rich_positions, st.lists(rich_profiles, min_size=1, max_size=30), st.data())
def test_fast_path_equals_the_reference(position: PositionProfile, people: list[CandidateProfile],
                                        data: st.DataObject) -> None:
    names = [data.draw(st.sampled_from(["Wang Wei", "wang wei", "李娜", "Anna", "Bo"])) for _ in people]
    index = MatchIndex()
    for i, person in enumerate(people):
        index.put(i, person, names[i])
    ranking = index.rank(position)
    expected = reference_ranking(position, people, names)
    assert [int(i) for i in ranking.ids] == expected
    assert [int(t) for t in ranking.totals] == [score(position, people[i]).total for i in expected]
    assert [bool(c) for c in ranking.capped] == [bool(score(position, people[i]).capped_by) for i in expected]
    top = index.rank(position, top=5)
    assert [int(i) for i in top.ids] == expected[:5]


def test_put_replaces_and_remove_forgets() -> None:
    p = pos(skills=(), city="上海")
    index = MatchIndex()
    index.put(1, cand(city="上海"), "A")
    index.put(2, cand(city="北京"), "B")
    assert [int(i) for i in index.rank(p).ids] == [1, 2]
    index.put(2, cand(city="上海", skills=("Go",)), "B")  # moved to Shanghai
    index.remove(1)
    assert [int(i) for i in index.rank(p).ids] == [2] and len(index) == 1
    index.put(3, cand(city="深圳"), "C")  # reuses the free row
    assert [int(i) for i in index.rank(p).ids] == [2, 3]
    assert 1 not in index and index.profile(3) == cand(city="深圳")
    keep = index.mask([3])
    assert [int(i) for i in index.rank(p, keep).ids] == [3]
    assert np.array_equal(index.city_mask("Shanghai")[[index._row_of[2]]], [True])


def test_service_index_follows_every_change(services: Services) -> None:
    pid = make_position(services, make_company(services))  # Python must-have, Django, PostgreSQL; 25–35k
    a = make_candidate(services, "Ann Lee", skills=("Python", "Django", "PostgreSQL"))
    b = make_candidate(services, "Bo Chen", email="bo@example.org", phone="", skills=("Java",))
    first = services.matches.rank_ids(pid)
    assert [int(i) for i in first.ids] == [a, b]
    # A profile edit, a phone screen and a new person all show in the next ranking without a rebuild.
    services.candidates.save(CandidateInput(full_name="Bo Chen", email="bo@example.org", city="Shanghai",
                                            years_experience=6.0, skills=("Python", "Django", "PostgreSQL")), b)
    services.screens.record(ScreenInput(candidate_id=b, position_id=pid, intention="interested",
                                        facts=KeyFacts(expected_salary=k(30, 12), current_status="available")))
    c = services.candidates.save(CandidateInput(full_name="Cy Zhao", skills=("Python",))).id
    ranked = services.matches.rank(pid)
    by_id = {r.candidate.id: r for r in ranked}
    assert set(by_id) == {a, b, c}
    assert by_id[b].result.total == 100  # all skills, salary fits, available and interested …
    assert by_id[b].result.known_share > by_id[a].result.known_share  # … and more of it is known
    assert by_id[b].stage == "screened"
    for r in ranked:
        assert r.result == services.matches.score(r.candidate.id, pid)  # fast path = one-by-one scoring
    services.candidates.delete(a)
    assert a not in [int(i) for i in services.matches.rank_ids(pid).ids]


def test_filters(services: Services) -> None:
    pid = make_position(services, make_company(services))
    a = make_candidate(services, "Ann Lee", skills=("Python", "Django"))
    b = make_candidate(services, "Bo Chen", email="bo@example.org", phone="", city="Beijing", skills=("Django",))
    services.screens.record(ScreenInput(candidate_id=b, position_id=pid, outcome="talent_pool"))
    ids = lambda f: [int(i) for i in services.matches.rank_ids(pid, f).ids]  # noqa: E731
    assert ids(MatchFilter(city="上海")) == [a]  # Shanghai and 上海 are one city
    assert ids(MatchFilter(must_haves_met=True)) == [a]  # Bo lacks the must-have Python
    assert ids(MatchFilter(stage="talent_pool")) == [b]
    assert ids(MatchFilter(stage="none")) == [a]
    assert ids(MatchFilter(min_score=101)) == []
    top = services.matches.rank(pid, top=1)
    assert [r.candidate.id for r in top] == [a]


def test_positions_ranked_for_a_candidate(services: Services) -> None:
    company = make_company(services)
    backend = make_position(services, company)
    sales = make_position(services, company, title="Sales Director", skills=(), budget_min=None, budget_max=None,
                          min_years=10.0, max_years=15.0)  # 6 years: below the range
    cid = make_candidate(services, skills=("Python", "Django", "PostgreSQL"))
    ranked = services.matches.rank_positions(cid)
    assert [r.position.id for r in ranked][0] == backend and {r.position.id for r in ranked} == {backend, sales}


def test_shortlisting_moves_the_stage_once(services: Services) -> None:
    pid = make_position(services, make_company(services))
    cid = make_candidate(services)
    assert services.pipeline.move(cid, pid, "shortlisted") == ""
    assert services.pipeline.move(cid, pid, "shortlisted") == "shortlisted"  # no second event
    assert services.pipeline.stage(cid, pid) == "shortlisted"
    assert [e.detail for e in services.timeline.timeline(cid) if e.kind == "stage"] == ["→shortlisted"]
    assert services.matches.rank(pid)[0].stage == "shortlisted"
    import pytest

    from hhdesk.core.records import NotFoundError, ValidationError
    with pytest.raises(ValidationError):
        services.pipeline.move(cid, pid, "hired!")
    with pytest.raises(NotFoundError):
        services.pipeline.move(cid, 999, "shortlisted")


def test_sorting_by_name_and_reversed() -> None:
    index = MatchIndex()
    p = pos(skills=(), city="上海")
    for cid, (name, city) in enumerate([("Cara", "上海"), ("abe", "北京"), ("Bo", "上海")]):
        index.put(cid, cand(city=city), name)
    assert [int(i) for i in index.rank(p).ids] == [2, 0, 1]  # 100, 100 (Bo before Cara), 20
    assert [int(i) for i in index.rank(p, by_name=True).ids] == [1, 2, 0]
    assert [int(i) for i in index.rank(p, reverse=True).ids] == [1, 0, 2]


def test_reasons_for_changing_count_as_what_they_escape(services: Services) -> None:
    """'Left because of micromanagement and 996' means wanting autonomy and work-life balance."""
    from hhdesk.core.services.matching import candidate_profile

    cid = make_candidate(services)
    services.screens.record(ScreenInput(candidate_id=cid, facts=KeyFacts(
        reasons_for_change="Left because of micromanagement and 996", next_company_requirements="希望扁平管理")))
    with services.sessions() as s:
        from hhdesk.core.db.models import Candidate

        profile = candidate_profile(s.get(Candidate, cid))
    assert set(profile.culture) == {"flat_hierarchy", "autonomy", "work_life_balance"}
    assert "micromanagement" not in profile.culture and "long_hours" not in profile.culture


def test_explaining_many_candidates_at_once(services: Services) -> None:
    """More candidates than SQLite binds in one statement: explained in chunks, none lost."""
    from sqlalchemy import insert

    from hhdesk.core.db.models import Candidate

    pid = make_position(services, make_company(services))
    with services.engine.begin() as conn:
        conn.execute(insert(Candidate), [{"full_name": f"P{i:05d}", "city": "Shanghai"} for i in range(1200)])
    services.matches.reset()  # inserted without the ORM
    ranked = services.matches.rank(pid)
    assert len(ranked) == 1200 and ranked[0].candidate.full_name == "P00000"


def test_plain_rows_give_the_same_profile_as_orm_objects(services: Services) -> None:
    from hhdesk.core.db.models import Candidate
    from hhdesk.core.services.matching import candidate_profile

    cid = make_candidate(services, skills=("Python", "k8s", "谈判"))
    services.screens.record(ScreenInput(candidate_id=cid, intention="considering", facts=KeyFacts(
        current_status="notice", notice_days=45, expected_salary=k(40), bottom_line=k(36), current_salary=k(30),
        willing_to_relocate=True, reasons_for_change="加班太多", next_company_requirements="希望扁平")))
    with services.sessions() as s:
        [(_cid, name, plain)] = list(services.matches._load(s, [cid]))
        orm = candidate_profile(s.get(Candidate, cid), canon=services.matches._canon(), intention="considering")
    assert plain == orm and name == "Maria Gonzalez"
