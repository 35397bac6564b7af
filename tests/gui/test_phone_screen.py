"""The guided phone screen used like a consultant on a call: keyboard only, with the live match, the
"not convenient" call-back, the missing-facts warning, and a call that survives closing the window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hhdesk.core.db.models import PipelineEntry, Reminder, ResumeDoubt
from hhdesk.core.money import Salary
from hhdesk.core.records import CandidateInput, CompanyInput, PositionInput, SkillRequirementInput
from hhdesk.core.services import Services


def k13(thousands: int) -> Salary:
    return Salary(thousands * 1000 * 100, "CNY", "month", 13)


@pytest.fixture
def call_setup(services: Services) -> tuple[int, int, int]:
    """A client with a culture, an open position (budget 28–35k × 13) and a candidate with a resume doubt."""
    company = services.companies.save_company(CompanyInput(
        name="澜汇金融科技", industry="金融科技", city="上海", culture="技术驱动，数据说话",
        core_values="客户资金安全第一", leadership_style="扁平，放权", atmosphere="务实，不加班文化"))
    position = services.companies.save_position(PositionInput(
        company_id=company.id, title="高级Java工程师", city="上海", budget_min=k13(28), budget_max=k13(35),
        min_years=3, max_years=10, skills=(SkillRequirementInput("Java", 5, True), SkillRequirementInput("Kafka", 3)),
        selling_points="核心支付系统，直接向CTO汇报"))
    candidate = services.candidates.save(CandidateInput(
        full_name="周思远", email="siyuan@example.cn", city="上海", current_title="Java开发工程师",
        current_company="星河支付", years_experience=6.0, skills=("Java",)))
    with services.sessions.begin() as s:
        s.add(ResumeDoubt(candidate_id=candidate.id, kind="gap", description="Gap of 6 months (2022-01 – 2022-07)"))
    return company.id, position.id, candidate.id


def focused():  # noqa: ANN201
    """Where a key goes: an open completion list first (it holds the keyboard), else the focus widget."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,  # noqa: ANN001
          times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:  # noqa: ANN001
    """Type into whatever has the keyboard focus; Chinese arrives as an input method would send it."""
    for char in text:
        widget = focused()
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def back_to(qtbot, window) -> None:  # noqa: ANN001
    """The offscreen platform leaves a closed completion list as the active window (a real window system
    gives activation back): return it to the main window, as the window system would."""
    qtbot.wait(50)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def section(qtbot, number: int) -> None:  # noqa: ANN001
    press(qtbot, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)


def open_call(qtbot, window, candidate_id: int):  # noqa: ANN001, ANN201
    page = window.candidates_page
    window.ui.main_tabs.setCurrentWidget(page)
    page.select_candidate(candidate_id)
    qtbot.waitUntil(lambda: page.screen_form.candidate_id() == candidate_id)
    page.ui.candidate_table.setFocus()
    qtbot.keyClick(page.ui.candidate_table, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "P&hone screen"
    qtbot.waitUntil(lambda: page.ui.detail_tabs.currentWidget() is page.screen_form)
    return page, page.screen_form


def degree(form) -> int | None:  # noqa: ANN001
    found = re.search(r"(\d+) / 100", form.ui.match_label.text())
    return int(found.group(1)) if found else None


def test_a_whole_call_with_the_keyboard_only(qtbot, services, call_setup, window) -> None:  # noqa: ANN001
    _company_id, position_id, candidate_id = call_setup
    page, form = open_call(qtbot, window, candidate_id)
    ui = form.ui
    assert ui.timer_label.text() == "Call: not started"

    # 1 Opening
    section(qtbot, 1)
    assert focused() is ui.identity_check
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    assert ui.identity_check.isChecked() and ui.introduced_check.isChecked() and ui.purpose_check.isChecked()
    assert ui.timer_label.text().startswith("● Call 00:0")  # the timer started with the first tick

    # 2 The pitch: choose the position; what to say appears
    section(qtbot, 2)
    assert focused() is ui.position_combo
    press(qtbot, Qt.Key.Key_Down)
    assert form.position_id() == position_id
    qtbot.waitUntil(lambda: "技术驱动" in ui.pitch_browser.toPlainText())
    assert "核心支付系统" in ui.pitch_browser.toPlainText() and "扁平" in ui.pitch_browser.toPlainText()
    assert "35,000" in ui.pitch_browser.toPlainText()  # the budget band as chosen: the full range

    # 3 Questions, with the resume's doubt and its explanation
    section(qtbot, 3)
    assert focused() is ui.direction_edit
    type_text(qtbot, "支付方向的技术负责人")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Led the settlement team")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName().startswith("doubt_")
    type_text(qtbot, "照顾家人")

    # 4 The candidate's questions
    section(qtbot, 4)
    type_text(qtbot, "Where is the office?")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Pudong, line 2")

    # 5 Key facts; the live degree moves when the bottom line is typed
    section(qtbot, 5)
    assert focused() is ui.status_combo
    press(qtbot, Qt.Key.Key_Down, times=2)  # — → Employed → Serving notice
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "30")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.reasons_edit
    type_text(qtbot, "想做更核心的系统")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "技术氛围好")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.main_skills_edit
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, ", k")
    assert form.skill_completer.popup().isVisible()  # skills from the vocabulary
    type_text(qtbot, "8s")  # no skill is spelled so: the list closes; saved, k8s becomes Kubernetes
    back_to(qtbot, window)
    assert focused() is ui.main_skills_edit and not form.skill_completer.popup().isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.current_salary_edit
    type_text(qtbot, "28k×13")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.expected_salary_edit
    type_text(qtbot, "36k×13")  # above the budget ceiling of 35k
    qtbot.waitUntil(lambda: degree(form) is not None and "above the budget ceiling" in ui.match_label.text(),
                    timeout=5000)
    before = degree(form)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.bottom_line_edit
    type_text(qtbot, "33k×13")  # the bottom line fits: negotiable
    qtbot.waitUntil(lambda: degree(form) is not None and degree(form) != before, timeout=5000)
    after = degree(form)
    assert after > before
    assert "negotiable" in ui.match_label.text()  # the reason is about what was just typed
    assert "bottom line ¥33,000 × 13 (¥429,000 per year)" in ui.salary_hint_label.text()  # how it was read
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # relocate: Unknown → Yes
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "weekday evenings")
    assert ui.missing_label.text() == ""  # every key fact captured

    # 6 Intention and next step
    section(qtbot, 6)
    press(qtbot, Qt.Key.Key_Down)  # interested
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # recommend to the client
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.follow_up_check
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.follow_up_edit  # a week from today; Tab walks its day, month, year
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is not ui.follow_up_edit:
            break
    assert focused() is ui.assessment_edit
    type_text(qtbot, "沟通清晰，动机明确")

    with qtbot.waitSignal(page.screen_saved, timeout=10000) as saved:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = saved.args[0]

    [stored] = services.screens.history(candidate_id)
    assert stored.id == record.id and stored.position_id == position_id
    assert (stored.identity_confirmed, stored.introduced, stored.purpose_explained) == (True, True, True)
    assert stored.job_search_direction == "支付方向的技术负责人"
    assert stored.relevant_experience == "Led the settlement team"
    assert stored.candidate_qa == {"location": ("Where is the office?", "Pudong, line 2")}
    assert (stored.intention, stored.outcome) == ("interested", "recommend")
    assert stored.facts.bottom_line == k13(33) and stored.facts.notice_days == 30
    assert stored.assessment == "沟通清晰，动机明确" and stored.duration_seconds is not None

    candidate = services.candidates.get(candidate_id)
    facts = candidate.facts
    assert (facts.current_status, facts.notice_days) == ("notice", 30)
    assert (facts.current_salary, facts.expected_salary, facts.bottom_line) == (k13(28), k13(36), k13(33))
    assert facts.willing_to_relocate is True and facts.interview_availability == "weekday evenings"
    assert facts.reasons_for_change == "想做更核心的系统"
    assert "Kubernetes" in candidate.skills  # k8s through the vocabulary
    assert candidate.doubts[0].explanation == "照顾家人"
    assert set(candidate.facts_confirmed) >= {"bottom_line", "current_status", "interview_availability"}
    with services.sessions() as s:
        stage = s.scalar(select(PipelineEntry.stage).where(PipelineEntry.candidate_id == candidate_id))
        reminder = s.scalars(select(Reminder)).one()
    assert stage == "shortlisted"
    assert reminder.kind == "follow_up"
    assert services.drafts.get(candidate_id) is None
    qtbot.waitUntil(lambda: ui.timer_label.text() == "Call: not started")
    # The History tab: the call on the timeline, the bottom line confirmed today.
    tree = page.history.ui.timeline_tree
    qtbot.waitUntil(lambda: any("高级Java工程师" in tree.topLevelItem(i).text(1)
                                for i in range(tree.topLevelItemCount())))
    facts_table = page.history.ui.facts_table
    rows = {facts_table.item(r, 0).text(): facts_table.item(r, 2).text() for r in range(facts_table.rowCount())}
    assert "today" in rows["Bottom line (private)"]


def test_switching_candidates_keeps_the_unfinished_call(qtbot, services, call_setup, window) -> None:  # noqa: ANN001
    _company_id, _position_id, candidate_id = call_setup
    other = services.candidates.save(CandidateInput(full_name="Lena Hoffmann", email="lena@example.de")).id
    page, form = open_call(qtbot, window, candidate_id)
    page.reload()
    qtbot.waitUntil(lambda: page.model.row_of(other) >= 0)
    section(qtbot, 3)
    type_text(qtbot, "Payments, Shanghai")
    page.select_candidate(other)  # straight away: the typing pause has not passed
    qtbot.waitUntil(lambda: form.candidate_id() == other)
    assert form.ui.direction_edit.toPlainText() == "" and not form.started()
    qtbot.waitUntil(lambda: services.drafts.get(candidate_id) is not None, timeout=5000)
    assert services.drafts.get(candidate_id).state["direction_edit"] == "Payments, Shanghai"
    page.select_candidate(candidate_id)
    qtbot.waitUntil(lambda: form.ui.direction_edit.toPlainText() == "Payments, Shanghai", timeout=5000)
    assert form.started()


def test_not_convenient_sets_a_call_back_and_ends(qtbot, services, call_setup, window) -> None:  # noqa: ANN001
    _company_id, position_id, candidate_id = call_setup
    page, form = open_call(qtbot, window, candidate_id)
    ui = form.ui
    section(qtbot, 1)
    press(qtbot, Qt.Key.Key_Space)  # identity confirmed
    press(qtbot, Qt.Key.Key_Tab, times=3)
    assert focused() is ui.convenient_check
    press(qtbot, Qt.Key.Key_Space)  # not convenient
    assert ui.callback_frame.isVisible() and not ui.facts_group.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.callback_edit  # two hours from now; Tab walks its date and time parts
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is not ui.callback_edit:
            break
    assert focused() is ui.callback_button
    with qtbot.waitSignal(page.screen_saved, timeout=10000) as saved:
        press(qtbot, Qt.Key.Key_Space)
    assert saved.args[0].convenient is False
    with services.sessions() as s:
        reminder = s.scalars(select(Reminder)).one()
    assert reminder.kind == "callback" and reminder.candidate_id == candidate_id
    assert reminder.due_at == saved.args[0].callback_at
    assert "call back" in window.statusBar().currentMessage()
    del position_id


def test_missing_key_facts_are_named_before_the_call_ends(qtbot, services, call_setup, window,  # noqa: ANN001
                                                          monkeypatch) -> None:  # noqa: ANN001
    from hhdesk.ui import dialogs

    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(dialogs.MessageBox, "confirm",
                        classmethod(lambda cls, parent, question: asked.append(question) or answer[0]))
    _company_id, _position_id, candidate_id = call_setup
    page, form = open_call(qtbot, window, candidate_id)
    section(qtbot, 3)
    type_text(qtbot, "Open to offers")
    assert "bottom line" in form.ui.missing_label.text()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked and "bottom line" in asked[0] and "expected salary" in asked[0]
    qtbot.wait(200)
    assert services.screens.history(candidate_id) == []  # "No": the call goes on
    answer[0] = True
    with qtbot.waitSignal(page.screen_saved, timeout=10000):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(services.screens.history(candidate_id)) == 1


def test_a_call_in_progress_survives_closing_the_window(qtbot, services, call_setup, window) -> None:  # noqa: ANN001
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.main_window import MainWindow
    from hhdesk.ui.tasks import TaskRunner

    _company_id, position_id, candidate_id = call_setup
    page, form = open_call(qtbot, window, candidate_id)
    section(qtbot, 2)
    press(qtbot, Qt.Key.Key_Down)
    section(qtbot, 3)
    type_text(qtbot, "想去更大的平台")
    section(qtbot, 5)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.ui.current_salary_edit
    type_text(qtbot, "30k×")  # half typed: the draft keeps it as it is
    started = form.started_at()
    window.close()  # at once, without the pause after typing that saves a draft
    draft = services.drafts.get(candidate_id)
    assert draft is not None and draft.state.get("current_salary_edit") == "30k×"

    # The next start of the program: a new window over the same database.
    again = MainWindow()
    qtbot.addWidget(again)
    tasks = TaskRunner(again)
    again.attach(services, tasks, DataBus(again))
    again.resize(1200, 800)
    again.show()
    qtbot.waitExposed(again)
    restored = again.candidates_page.screen_form
    qtbot.waitUntil(lambda: restored.ui.direction_edit.toPlainText() == "想去更大的平台", timeout=10000)
    assert again.ui.main_tabs.currentWidget() is again.candidates_page
    assert again.candidates_page.ui.detail_tabs.currentWidget() is restored
    assert restored.ui.current_salary_edit.text() == "30k×"
    assert restored.position_id() == position_id
    assert restored.started_at() == started  # the timer goes on from the real start of the call
    assert "周思远" in again.statusBar().currentMessage()
    tasks.wait_for_done()
