"""The candidate's history tab: key facts with when they were last confirmed, and the timeline of calls."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from hhdesk.core.money import Salary
from hhdesk.core.records import CandidateRecord, KeyFacts, ScreenRecord, TimelineEntry
from hhdesk.ui.candidate_history import CandidateHistory

EXPECTED = Salary(amount_minor=3800000, currency="CNY", period="month", months=14)
BOTTOM_THEN = Salary(amount_minor=3500000, currency="CNY", period="month", months=14)
BOTTOM_NOW = Salary(amount_minor=3600000, currency="CNY", period="month", months=14)


@pytest.fixture
def shanghai_time() -> Iterator[None]:
    """Local time eight hours ahead of UTC, so a missing conversion shows."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def history(qtbot) -> CandidateHistory:  # noqa: ANN001
    widget = CandidateHistory()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def candidate(**facts_confirmed: datetime) -> CandidateRecord:
    facts = KeyFacts(current_status="notice", notice_days=30, reasons_for_change="Team cut in half",
                     expected_salary=EXPECTED, bottom_line=BOTTOM_NOW, willing_to_relocate=True)
    return CandidateRecord(full_name="王晓明", id=7, skills=("Python", "Go"), facts=facts,
                           facts_confirmed=dict(facts_confirmed))


def screen(screen_id: int, ended: datetime, seconds: int, **fields: object) -> ScreenRecord:
    return ScreenRecord(candidate_id=7, id=screen_id, started_at=ended - timedelta(seconds=seconds), ended_at=ended,
                        **fields)  # type: ignore[arg-type]


def facts_table(widget: CandidateHistory) -> list[tuple[str, str, str]]:
    table = widget.ui.facts_table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[misc]


def top_rows(widget: CandidateHistory) -> list[list[str]]:
    tree = widget.ui.timeline_tree
    return [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]


def children(widget: CandidateHistory, row: int) -> dict[str, str]:
    item = widget.ui.timeline_tree.topLevelItem(row)
    return {item.child(i).text(1): item.child(i).text(2) for i in range(item.childCount())}


def test_key_facts_show_current_values_and_when_each_was_confirmed(history: CandidateHistory,
                                                                   shanghai_time: None) -> None:
    three_days_ago = utc_now() - timedelta(days=3)
    history.show_history(candidate(expected_salary=datetime(2026, 11, 20, 6, 5), notice_days=three_days_ago),
                         [], [])
    rows = facts_table(history)
    assert [r[0] for r in rows] == ["Current status", "Reasons for changing", "Requirements for the next company",
                                    "Main skills", "Current salary", "Expected salary", "Bottom line (private)",
                                    "Willing to relocate", "Interview availability"]
    values = {label: value for label, value, _ in rows}
    assert values["Current status"] == "Serving notice (30 days)"
    assert values["Main skills"] == "Python, Go"
    assert values["Expected salary"] == "¥38,000 × 14"
    assert values["Bottom line (private)"] == "¥36,000 × 14"
    assert values["Willing to relocate"] == "Yes"
    assert values["Current salary"] == "—"
    confirmed = {label: when for label, _, when in rows}
    assert confirmed["Expected salary"].startswith("2026-11-20 14:05 (")  # 06:05 UTC in Shanghai
    # The status row was confirmed when its notice period was.
    assert confirmed["Current status"].endswith("(3 days ago)")
    assert confirmed["Reasons for changing"] == "never (from the resume / profile)"
    table = history.ui.facts_table
    assert not table.item(5, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(4, 1).foreground().color() != table.item(5, 1).foreground().color()  # the dash is grey


def test_status_when_out_of_work_and_relocation_unknown(history: CandidateHistory) -> None:
    facts = KeyFacts(current_status="unemployed", unemployed_since=date(2026, 3, 1))
    history.show_history(CandidateRecord(full_name="Tom", facts=facts), [], [])
    values = {label: value for label, value, _ in facts_table(history)}
    assert values["Current status"] == "Not employed since 2026-03-01"
    assert values["Willing to relocate"] == "Unknown"
    assert values["Main skills"] == "—"


def test_timeline_newest_first_with_each_call_as_it_was(history: CandidateHistory, shanghai_time: None) -> None:
    first_call, second_call = datetime(2026, 10, 2, 1, 0), datetime(2026, 11, 20, 6, 5)
    old = screen(1, first_call, 45, position_title="后端架构师", company_name="字节跳动", outcome="talent_pool",
                 facts=KeyFacts(current_status="employed", main_skills="Python"))
    new = screen(2, second_call, 23 * 60 + 10, position_title="Senior Backend Engineer", company_name="Acme",
                 intention="interested", outcome="recommend",
                 facts=KeyFacts(current_status="notice", notice_days=30, expected_salary=EXPECTED,
                                bottom_line=BOTTOM_THEN, willing_to_relocate=False),
                 candidate_qa={"salary": ("Is there a year-end bonus?", "Two months, guaranteed")})
    timeline = [  # deliberately out of order
        TimelineEntry(first_call, "call", "后端架构师 — 字节跳动", "talent_pool", screen_id=1),
        TimelineEntry(second_call + timedelta(minutes=1), "stage", "Senior Backend Engineer — Acme",
                      "sourced→shortlisted"),
        TimelineEntry(second_call, "call", "Senior Backend Engineer — Acme", "recommend", screen_id=2),
        TimelineEntry(second_call + timedelta(days=2), "reminder", "Send the job description", "follow_up",
                      done=False),
    ]
    history.show_history(candidate(), timeline, [new, old])
    rows = top_rows(history)
    assert [r[0] for r in rows] == ["2026-11-22 14:05", "2026-11-20 14:06", "2026-11-20 14:05", "2026-10-02 09:00"]
    assert rows[0][1] == "Reminder: follow up (open)"
    assert rows[0][2] == "Send the job description"
    assert rows[1][1] == "Stage: Sourced → Shortlisted (Senior Backend Engineer — Acme)"
    assert rows[2][1] == "Phone screen — Senior Backend Engineer — Acme · 23 min · Recommend to the client"
    assert rows[3][1] == "Phone screen — 后端架构师 — 字节跳动 · 45 s · Keep in talent pool"

    then = children(history, 2)
    assert then["Bottom line (private)"] == "¥35,000 × 14"  # what was said on the call, not today's ¥36,000
    assert then["Current status"] == "Serving notice (30 days)"
    assert then["Willing to relocate"] == "No"
    assert then["Duration"] == "23 min"
    assert then["Intention"] == "Interested"
    assert then["Asked about the salary"] == "“Is there a year-end bonus?” — answered: Two months, guaranteed"
    assert "Reasons for changing" not in then  # empty on that call
    assert children(history, 3)["Main skills"] == "Python"
    tree = history.ui.timeline_tree
    assert tree.topLevelItem(2).isExpanded()
    assert not tree.topLevelItem(3).isExpanded()


def test_call_not_convenient_done_reminder_and_activity(history: CandidateHistory) -> None:
    at = utc_now() - timedelta(days=1)
    timeline = [
        TimelineEntry(at, "call", "Sales Director — 阿里巴巴", "not_convenient", screen_id=5),
        TimelineEntry(at - timedelta(hours=1), "reminder", "Call back", "callback", done=True),
        TimelineEntry(at - timedelta(hours=2), "stage", "Sales Director — 阿里巴巴", "screened→rejected"),
        TimelineEntry(at - timedelta(hours=3), "report", "Recommendation report (anonymous)", "/tmp/r.pdf"),
    ]
    history.show_history(candidate(), timeline, [screen(5, at, 30, convenient=False)])
    rows = top_rows(history)
    assert rows[0][1] == "Call not convenient — call back later"
    assert "Sales Director — 阿里巴巴" in rows[0][2]
    assert rows[1][1] == "Reminder: call back (done)"
    assert rows[2][1] == "Stage: Screened → Rejected (Sales Director — 阿里巴巴)"
    assert rows[3][1:] == ["Recommendation report (anonymous)", "/tmp/r.pdf"]


def test_empty_state_until_something_happens(history: CandidateHistory) -> None:
    label, tree = history.ui.empty_label, history.ui.timeline_tree
    history.show_history(candidate(), [], [])
    assert label.isVisibleTo(history) and not tree.isVisibleTo(history)
    assert "No calls or events yet" in label.text()
    assert history.ui.facts_table.rowCount() == 9  # the facts still show

    history.show_history(candidate(), [TimelineEntry(utc_now(), "stage", "CFO — 腾讯", "sourced→screened")], [])
    assert tree.isVisibleTo(history) and not label.isVisibleTo(history)
    assert tree.topLevelItemCount() == 1

    history.clear()
    assert history.ui.facts_table.rowCount() == 0 and tree.topLevelItemCount() == 0
