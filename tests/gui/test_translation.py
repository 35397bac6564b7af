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
