"""The guided phone screen in the core: every section stored, key facts with history, "not convenient"
turning into a call-back reminder, follow-ups, drafts kept across a crash, and the candidate's timeline."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from test_services import count, k, make_candidate, make_company, make_position, stage_of

from hhdesk.core.db.models import Activity, PhoneScreen, Reminder, ResumeDoubt, ScreenDraft
from hhdesk.core.records import KEY_FACT_FIELDS, KeyFacts, ScreenInput, ValidationError
from hhdesk.core.services import Services

T0 = datetime(2026, 11, 20, 9, 30)


def _doubts(services: Services, candidate_id: int) -> list[int]:
    with services.sessions.begin() as s:
        rows = [ResumeDoubt(candidate_id=candidate_id, kind="gap", description="Gap of 7 months (2021-03 – 2021-10)"),
                ResumeDoubt(candidate_id=candidate_id, kind="short_tenure", description="8 months at Initech")]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def _full_screen(cid: int, pid: int | None, doubt_ids: list[int], **changes: object) -> ScreenInput:
    facts = KeyFacts(current_status="notice", notice_days=30, reasons_for_change="No room to grow",
                     next_company_requirements="A flat team, technical leadership", main_skills="k8s, Python, 谈判",
                     current_salary=k(28, 13), expected_salary=k(35, 14), bottom_line=k(32, 13),
                     willing_to_relocate=False, interview_availability="Weekday evenings after 18:00")
    values: dict[str, object] = dict(
        candidate_id=cid, position_id=pid, identity_confirmed=True, introduced=True, purpose_explained=True,
        convenient=True, job_search_direction="Backend lead roles in Shanghai",
        relevant_experience="Led a team of 5 on payments", doubts_explained="Other: none",
        doubt_explanations=((doubt_ids[0], "Travelled, then cared for a parent"), (doubt_ids[1], "Startup closed")),
        candidate_questions="", candidate_qa={"location": ("Which district?", "Pudong, near line 2"),
                                              "salary": ("Stock options?", "Yes, 4-year vesting"),
                                              "schedule": ("", "")},
        facts=facts, intention="interested", outcome="recommend", follow_up_at=T0 + timedelta(days=2),
        assessment="Calm, precise; strong on distributed systems.", notes="Prefers WeChat",
        started_at=T0, ended_at=T0 + timedelta(minutes=23, seconds=10))
    values.update(changes)
    return ScreenInput(**values)  # type: ignore[arg-type]


def test_a_screen_with_every_section_is_stored_and_read_back(services: Services) -> None:
    cid = make_candidate(services)
    pid = make_position(services, make_company(services))
    doubt_ids = _doubts(services, cid)
    saved = services.screens.record(_full_screen(cid, pid, doubt_ids))

    [back] = services.screens.history(cid)
    assert back == saved
    assert back.position_title == "Senior Backend Engineer" and back.company_name == "Acme Robotics"
    assert (back.identity_confirmed, back.introduced, back.purpose_explained, back.convenient) == (True,) * 4
    assert back.job_search_direction == "Backend lead roles in Shanghai"
    assert back.candidate_qa == {"location": ("Which district?", "Pudong, near line 2"),
                                 "salary": ("Stock options?", "Yes, 4-year vesting")}  # empty topics dropped
    assert back.facts.bottom_line == k(32, 13) and back.facts.expected_salary == k(35, 14)
    assert back.facts.interview_availability == "Weekday evenings after 18:00"
    assert back.facts.main_skills == "Kubernetes, Python, Negotiation"  # the vocabulary's names
    assert (back.intention, back.outcome, back.follow_up_at) == ("interested", "recommend", T0 + timedelta(days=2))
    assert back.duration_seconds == 23 * 60 + 10
    assert back.notes == "Prefers WeChat"

    candidate = services.candidates.get(cid)
    assert [d.explanation for d in candidate.doubts] == ["Travelled, then cared for a parent", "Startup closed"]
    assert "Kubernetes" in candidate.skills and "k8s" not in candidate.skills
    assert stage_of(services, cid, pid) == "shortlisted"
    with services.sessions() as s:
        reminder = s.scalars(select(Reminder)).one()
        assert (reminder.kind, reminder.due_at, reminder.position_id) == ("follow_up", T0 + timedelta(days=2), pid)
        assert s.scalars(select(Activity.summary)).one() == "Phone screen: Senior Backend Engineer (23 min)"


def test_key_facts_update_the_candidate_with_history(services: Services) -> None:
    cid = make_candidate(services)
    first = T0
    services.screens.record(ScreenInput(
        candidate_id=cid, facts=KeyFacts(current_status="employed", expected_salary=k(30), bottom_line=k(27),
                                         reasons_for_change="Commute"),
        started_at=first, ended_at=first + timedelta(minutes=10)))
    second = T0 + timedelta(days=7)
    services.screens.record(ScreenInput(
        candidate_id=cid, facts=KeyFacts(current_status="notice", notice_days=45, expected_salary=k(34)),
        started_at=second, ended_at=second + timedelta(minutes=5)))

    candidate = services.candidates.get(cid)
    assert candidate.facts.current_status == "notice" and candidate.facts.notice_days == 45
    assert candidate.facts.expected_salary == k(34)
    assert candidate.facts.bottom_line == k(27)  # not stated on the second call: kept
    assert candidate.facts.reasons_for_change == "Commute"
    assert candidate.facts_confirmed["expected_salary"] == second + timedelta(minutes=5)
    assert candidate.facts_confirmed["bottom_line"] == first + timedelta(minutes=10)
    assert "willing_to_relocate" not in candidate.facts_confirmed  # never stated

    history = services.timeline.fact_history(cid, "expected_salary")
    assert [(h.value, h.source) for h in history] == [("¥34,000 × 14", "screen"), ("¥30,000 × 14", "screen")]
    assert [h.value for h in services.timeline.fact_history(cid, "current_status")] == ["notice", "employed"]
    # Each screen still shows the facts as they were then.
    older = services.screens.history(cid)[-1]
    assert older.facts.expected_salary == k(30) and older.facts.current_status == "employed"


def test_not_convenient_creates_a_call_back_reminder_and_ends_the_screen(services: Services) -> None:
    cid = make_candidate(services)
    pid = make_position(services, make_company(services))
    callback = T0 + timedelta(hours=5)
    saved = services.screens.record(ScreenInput(
        candidate_id=cid, position_id=pid, identity_confirmed=True, introduced=True, convenient=False,
        callback_at=callback, facts=KeyFacts(expected_salary=k(50)), started_at=T0,
        ended_at=T0 + timedelta(minutes=1)))
    assert saved.convenient is False and saved.callback_at == callback
    with services.sessions() as s:
        reminder = s.scalars(select(Reminder)).one()
        assert (reminder.kind, reminder.due_at, reminder.candidate_id) == ("callback", callback, cid)
    candidate = services.candidates.get(cid)
    assert candidate.facts.expected_salary is None  # nothing was discussed
    assert stage_of(services, cid, pid) is None  # the pipeline did not move
    [entry] = [e for e in services.timeline.timeline(cid) if e.kind == "call"]
    assert entry.detail == "not_convenient"


def test_timeline_newest_first(services: Services) -> None:
    cid = make_candidate(services)
    pid = make_position(services, make_company(services))
    services.screens.record(ScreenInput(candidate_id=cid, position_id=pid, convenient=False,
                                        callback_at=T0 + timedelta(days=1), started_at=T0, ended_at=T0))
    later = T0 + timedelta(days=1, minutes=5)
    services.screens.record(_full_screen(cid, pid, _doubts(services, cid), started_at=later,
                                         ended_at=later + timedelta(minutes=20), follow_up_at=T0 + timedelta(days=9)))
    kinds = [(e.kind, e.detail) for e in services.timeline.timeline(cid)]
    assert kinds[0] == ("reminder", "follow_up")
    assert ("call", "recommend") in kinds and ("call", "not_convenient") in kinds and ("reminder", "callback") in kinds
    assert ("stage", "sourced→shortlisted") in kinds
    moments = [e.at for e in services.timeline.timeline(cid)]
    assert moments == sorted(moments, reverse=True)


@pytest.mark.parametrize(("changes", "field"), [
    ({"outcome": "not_suitable", "outcome_reason": "", "outcome_reason_code": ""}, "outcome_reason"),
    ({"outcome": "not_suitable", "outcome_reason": " ", "outcome_reason_code": "other"}, "outcome_reason"),
    ({"outcome_reason_code": "astrology"}, "outcome_reason_code"),
    ({"candidate_qa": {"weather": ("Sunny?", "Yes")}}, "candidate_qa"),
    ({"callback_at": T0 - timedelta(days=1), "convenient": False}, "callback_at"),
    ({"follow_up_at": T0 - timedelta(days=3)}, "follow_up_at"),
    ({"ended_at": T0 - timedelta(minutes=1)}, "ended_at"),
    ({"facts": KeyFacts(unemployed_since=date(2030, 1, 1))}, "unemployed_since"),
    ({"facts": KeyFacts(notice_days=400)}, "notice_days"),
])
def test_bad_screens_change_nothing(services: Services, changes: dict[str, object], field: str) -> None:
    cid = make_candidate(services)
    pid = make_position(services, make_company(services))
    doubt_ids = _doubts(services, cid)
    services.drafts.save(cid, pid, T0, {"direction": "kept"})
    with pytest.raises(ValidationError) as info:
        services.screens.record(_full_screen(cid, pid, doubt_ids, **changes))
    assert info.value.field == field
    assert count(services, PhoneScreen) == count(services, Reminder) == 0
    assert services.drafts.get(cid) is not None  # the draft survives a refused save
    assert stage_of(services, cid, pid) is None


def test_not_suitable_with_a_listed_reason_only(services: Services) -> None:
    cid = make_candidate(services)
    saved = services.screens.record(ScreenInput(candidate_id=cid, outcome="not_suitable",
                                                outcome_reason_code="salary"))
    assert (saved.outcome, saved.outcome_reason_code) == ("not_suitable", "salary")


def test_a_doubt_of_someone_else_is_refused_and_nothing_stored(services: Services) -> None:
    cid, other = make_candidate(services), make_candidate(services, "Chen Jing", email="c@example.org", phone="")
    theirs = _doubts(services, other)
    with pytest.raises(ValidationError):
        services.screens.record(_full_screen(cid, None, theirs))
    assert count(services, PhoneScreen) == 0
    assert services.candidates.get(cid).facts.expected_salary is None


def test_drafts_save_restore_replace_and_go_with_the_finished_screen(services: Services) -> None:
    cid = make_candidate(services)
    pid = make_position(services, make_company(services))
    state = {"direction": "Backend lead", "bottom_line": "32k×1", "checks": [True, False], "qa": {"location": ["a"]}}
    services.drafts.save(cid, pid, T0, state)
    draft = services.drafts.get(cid)
    assert draft is not None and draft.state == state and draft.position_id == pid and draft.started_at == T0
    assert draft.candidate_name == "Maria Gonzalez"
    services.drafts.save(cid, None, T0, {"direction": "Backend lead roles"})  # replaced, not added
    assert [d.state for d in services.drafts.all()] == [{"direction": "Backend lead roles"}]
    services.screens.record(_full_screen(cid, pid, _doubts(services, cid)))
    assert services.drafts.get(cid) is None and services.drafts.all() == []


def test_drafts_bad_input_and_cleanup(services: Services) -> None:
    cid = make_candidate(services)
    with pytest.raises(ValidationError):
        services.drafts.save(cid, None, T0, {"when": datetime.now()})  # not JSON
    with pytest.raises(ValidationError):
        services.drafts.save(cid, None, T0, {"notes": "x" * 1_100_000})
    assert services.drafts.get(cid) is None
    services.drafts.save(cid, 12345, T0, {"a": "b"})  # a position deleted meanwhile: the text is still kept
    assert services.drafts.get(cid).position_id is None
    assert services.drafts.discard(cid) and not services.drafts.discard(cid)
    services.drafts.save(cid, None, T0, {"a": "b"})
    services.candidates.delete(cid)
    assert count(services, ScreenDraft) == 0


def test_missing_key_facts() -> None:
    assert KeyFacts().missing() == KEY_FACT_FIELDS
    full = KeyFacts(current_status="employed", reasons_for_change="x", next_company_requirements="y",
                    main_skills="Go", current_salary=k(1), expected_salary=k(2), bottom_line=k(1),
                    willing_to_relocate=False, interview_availability="any time")
    assert full.missing() == ()


def test_reminders_name_their_position_on_the_timeline(services: Services) -> None:
    cid = make_candidate(services)
    pid = make_position(services, make_company(services))
    services.screens.record(ScreenInput(candidate_id=cid, position_id=pid, convenient=False,
                                        callback_at=T0 + timedelta(hours=3), started_at=T0, ended_at=T0))
    [entry] = [e for e in services.timeline.timeline(cid) if e.kind == "reminder"]
    assert entry.title == "Senior Backend Engineer — Acme Robotics" and entry.detail == "callback"
    with services.sessions() as s:
        assert s.scalars(select(Reminder.note)).one() == ""  # no English words stored for the window to show
