"""The window in Simplified Chinese: HHDESK_UI_LANGUAGE=zh installs the translators app.py installs, the texts of
the forms, the code and Qt's own buttons read in Chinese, and the core writes its match sentences in Chinese.

Every test restores the default locale and removes the translators, so the rest of the suite stays English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from hhdesk.core.money import Salary
from hhdesk.core.records import (
    CandidateInput,
    CompanyInput,
    KeyFacts,
    PositionInput,
    ScreenInput,
    SkillRequirementInput,
)
from hhdesk.core.services import Services

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese_ui(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[list]:  # noqa: ANN001
    """The translators of HHDESK_UI_LANGUAGE=zh, installed the way app.run_gui installs them; undone afterwards."""
    from hhdesk.app import _install_translators

    previous = QLocale()
    monkeypatch.setenv("HHDESK_UI_LANGUAGE", "zh")
    translators = _install_translators(qapp)
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(previous)


@pytest.fixture
def agency(services: Services) -> dict[str, int]:
    company = services.companies.save_company(CompanyInput(name="澜汇金融科技", city="上海", culture="扁平管理"))
    budget = (Salary(28_000_00, "CNY", "month", 13), Salary(35_000_00, "CNY", "month", 13))
    position = services.companies.save_position(PositionInput(
        company_id=company.id, title="高级Java工程师", city="上海", budget_min=budget[0], budget_max=budget[1],
        min_years=3, skills=(SkillRequirementInput("Java", 5, True), SkillRequirementInput("Kafka", 3))))
    candidate = services.candidates.save(CandidateInput(full_name="周思远", city="上海", skills=("Java", "Kafka"),
                                                        years_experience=6.0))
    services.screens.record(ScreenInput(candidate_id=candidate.id, position_id=position.id, intention="interested",
                                        facts=KeyFacts(expected_salary=Salary(36_000_00, "CNY", "month", 13))))
    return {"position": position.id, "candidate": candidate.id}


@pytest.fixture
def chinese_window(chinese_ui, agency, request: pytest.FixtureRequest):  # noqa: ANN001, ANN201
    """The main window of tests/gui/conftest.py, built after the Chinese translators were installed."""
    return request.getfixturevalue("window")


def test_the_window_reads_in_chinese(qtbot, chinese_window, agency) -> None:  # noqa: ANN001
    from hhdesk.ui.formatting import ui_language

    window = chinese_window
    assert ui_language() == "zh"
    tabs = window.ui.main_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["客户与职位(&C)", "候选人(&N)", "匹配(&M)"]
    assert window.menuBar().actions()[0].text() == "文件(&F)"

    # The Candidates tab: the list's header, the stage filter (stage names marked with QT_TRANSLATE_NOOP), the
    # phone screen's labels and choice lists, and the facts it names as missing (without the accelerator).
    page = window.candidates_page
    assert page.model.headerData(0, _horizontal()) == "姓名"
    stages = [page.ui.stage_combo.itemText(i) for i in range(page.ui.stage_combo.count())]
    assert stages[:3] == ["不限阶段", "已寻访", "已初筛"] and "人才库" in stages
    screen = page.screen_form.ui
    assert screen.status_label.text() == "目前状态(&S)"
    assert screen.bottom_line_label.text() == "可接受底线(&B)"
    assert "电话初筛" in page.ui.detail_tabs.tabText(1)
    assert [screen.intention_combo.itemText(i) for i in range(4)] == ["—", "感兴趣", "考虑中", "不感兴趣"]
    assert "薪资不匹配" in [screen.reason_code_combo.itemText(i) for i in range(screen.reason_code_combo.count())]
    assert "目前状态" in page.screen_form.missing_facts()

    # The Match tab: a label of its form, a column of its model, the criteria, and the core's sentences in Chinese.
    match = window.match_page
    tabs.setCurrentWidget(match)
    assert match.ui.shortlist_button.text() == "加入候选名单(&S)"
    assert match.model.headerData(0, _horizontal()) == "匹配度"
    match.ui.position_combo.setCurrentIndex(match.ui.position_combo.findData(agency["position"]))
    qtbot.waitUntil(lambda: match.model.rowCount() == 1 and match.ui.breakdown_table.rowCount() > 0)
    assert match.ui.count_label.text() == "1 位候选人"
    table = match.ui.breakdown_table
    assert {table.item(r, 0).text() for r in range(table.rowCount())} >= {"技能", "经验", "薪资"}
    sentences = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert all(CJK.search(s) for s in sentences if s), sentences
    assert "评分中有" in match.ui.known_label.text()


def test_dialogs_and_qt_buttons_are_chinese(qtbot, chinese_window, services: Services) -> None:  # noqa: ANN001
    from hhdesk.ui.dialogs import translate

    assert translate("Dialogs", "Unsaved changes") == "未保存的修改"
    reminders = chinese_window.open_reminders()
    qtbot.addWidget(reminders)
    assert reminders.ui.close_button.text() == "关闭"
    assert reminders.ui.done_button.text() == "标为已完成(&D)"
    settings = chinese_window.open_agency_settings()
    qtbot.addWidget(settings)
    save = settings.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert CJK.search(save.text()), save.text()  # Qt's own translation (qtbase_zh_CN) is installed too
    qtbot.waitUntil(lambda: settings.isEnabled())
    settings.close()
    reminders.close()


def _type_unreadable_salary(qtbot, window, candidate_id: int):  # noqa: ANN001, ANN202
    """Open the candidate's phone screen, type "abc" as the expected salary and try to save the call."""
    page = window.candidates_page
    page.select_candidate(candidate_id)
    form = page.screen_form
    qtbot.waitUntil(lambda: form._candidate_id == candidate_id)
    form.ui.expected_salary_edit.clear()
    qtbot.keyClicks(form.ui.expected_salary_edit, "abc")
    qtbot.waitUntil(lambda: "abc" in form.ui.salary_hint_label.text())
    form.ui.save_button.click()
    qtbot.waitUntil(lambda: "abc" in form.ui.error_label.text())
    return form.ui


def test_the_cores_messages_are_chinese(qtbot, chinese_window, agency) -> None:  # noqa: ANN001
    """A ValidationError / SalaryParseError of the core reads in Chinese next to the field and at the form's foot,
    and so does an import failure, the agency settings' complaint and an error box's text."""
    from hhdesk.core.i18n import msg
    from hhdesk.core.records import ImportOutcome, NotFoundError, ValidationError
    from hhdesk.ui.formatting import core_text
    from hhdesk.ui.import_summary_dialog import ImportSummaryDialog

    ui = _type_unreadable_salary(qtbot, chinese_window, agency["candidate"])
    hint, error = ui.salary_hint_label.text(), ui.error_label.text()
    assert CJK.search(hint) and "is not a salary" not in hint, hint
    assert hint.startswith("期望") and "“abc”不是有效的薪资" in hint, hint
    assert error == "“abc”不是有效的薪资：请写成 25000、25k、2.5万 或 30k×14 等形式。", error

    assert core_text(ValidationError("full_name", msg("{label} is required.", label=msg("Name")))) == "姓名为必填项。"
    assert core_text(NotFoundError(msg("Position {id} does not exist.", id=7))) == "职位 7 不存在。"
    assert core_text(msg("Notice period must be 0 to 365 days.")) == "离职通知期必须在 0 到 365 天之间。"
    assert core_text("plain text") == "plain text" and core_text(ValueError("boom")) == "boom"

    dialog = ImportSummaryDialog([ImportOutcome("/tmp/cv.pdf", "failed", message=msg("file is empty"))])
    qtbot.addWidget(dialog)
    assert dialog.ui.files_table.item(0, 2).text() == "文件为空"

    settings = chinese_window.open_agency_settings()
    qtbot.addWidget(settings)
    qtbot.waitUntil(lambda: settings.isEnabled())
    settings._on_failed(ValidationError("brand_colour", msg("Write the colour as #RRGGBB, e.g. #1F3A5F.")))
    assert settings.ui.error_label.text() == "颜色请写成 #RRGGBB 格式，例如 #1F3A5F。"
    settings.close()


def test_a_broken_translation_falls_back_to_english(chinese_ui, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from hhdesk.core.i18n import msg
    from hhdesk.ui import formatting

    monkeypatch.setattr(formatting.QCoreApplication, "translate", lambda _c, _t: "缺少 {nothing}")
    assert formatting.core_text(msg("Contact {number} has no name.", number=2)) == "Contact 2 has no name."


def test_the_cores_messages_stay_english_without_the_translator(qtbot, agency, request) -> None:  # noqa: ANN001
    window = request.getfixturevalue("window")  # built after the agency's records exist, as chinese_window is
    ui = _type_unreadable_salary(qtbot, window, agency["candidate"])
    assert ui.salary_hint_label.text() == "expected: “abc” is not a salary: write e.g. 25000, 25k, 2.5万 or 30k×14."
    assert ui.error_label.text() == "“abc” is not a salary: write e.g. 25000, 25k, 2.5万 or 30k×14."
    assert not CJK.search(ui.salary_hint_label.text().replace("2.5万", ""))


@pytest.mark.parametrize(("value", "language"), [("zh", QLocale.Language.Chinese),
                                                 ("zh_CN", QLocale.Language.Chinese),
                                                 ("en", QLocale.Language.English)])
def test_the_environment_variable_sets_the_language(qapp, monkeypatch, value, language) -> None:  # noqa: ANN001
    from hhdesk.app import _install_translators
    from hhdesk.ui.formatting import ui_language

    previous = QLocale()
    monkeypatch.setenv("HHDESK_UI_LANGUAGE", value)
    translators = _install_translators(qapp)
    try:
        assert QLocale().language() == language
        assert ui_language() == ("zh" if language == QLocale.Language.Chinese else "en")
        candidates = QCoreApplication.translate("MainWindow", "Ca&ndidates")
        assert candidates == ("候选人(&N)" if language == QLocale.Language.Chinese else "Ca&ndidates")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(previous)
    assert QCoreApplication.translate("MainWindow", "Ca&ndidates") == "Ca&ndidates"  # the next test is English


def _horizontal():  # noqa: ANN202
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
