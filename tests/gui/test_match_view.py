"""The Match tab used like a consultant: pick a position, filter, read why, shortlist, and look at the
positions one candidate fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from hhdesk.core.db.models import PipelineEntry
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


def k13(thousands: int) -> Salary:
    return Salary(thousands * 1000 * 100, "CNY", "month", 13)


@pytest.fixture
def agency(services: Services) -> dict[str, int]:
    company = services.companies.save_company(CompanyInput(
        name="澜汇金融科技", city="上海", culture="扁平管理，技术驱动", atmosphere="工程师文化"))
    java = services.companies.save_position(PositionInput(
        company_id=company.id, title="高级Java工程师", city="上海", budget_min=k13(28), budget_max=k13(35),
        min_years=3, max_years=10, skills=(SkillRequirementInput("Java", 5, True), SkillRequirementInput("Kafka", 3),
                                           SkillRequirementInput("MySQL", 2))))
    sales = services.companies.save_position(PositionInput(company_id=company.id, title="大客户销售总监", city="北京",
                                                           skills=(SkillRequirementInput("大客户销售", 5, True),)))
    ids = {"java": java.id, "sales": sales.id}
    people = [("周思远", "上海", ("Java", "Kafka", "MySQL"), 6.0), ("Lena Hoffmann", "上海", ("Java",), 4.0),
              ("王芳", "北京", ("Python", "大客户销售"), 8.0), ("陈静", "深圳", ("Java", "Kafka"), 12.0)]
    for name, city, skills, years in people:
        ids[name] = services.candidates.save(CandidateInput(full_name=name, city=city, skills=skills,
                                                            years_experience=years)).id
    services.screens.record(ScreenInput(
        candidate_id=ids["周思远"], position_id=java.id, intention="interested",
        facts=KeyFacts(current_salary=k13(28), expected_salary=k13(36), bottom_line=k13(33), notice_days=30,
                       current_status="notice", next_company_requirements="希望扁平、技术氛围好")))
    return ids


def test_rank_filter_explain_and_shortlist(qtbot, services, agency, window) -> None:  # noqa: ANN001
    page = window.match_page
    window.ui.main_tabs.setCurrentWidget(page)
    ui = page.ui
    ui.position_combo.setCurrentIndex(ui.position_combo.findData(agency["java"]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    names = [page.model.index(r, 1).data() for r in range(4)]
    assert names[0] == "周思远"  # every skill, the culture he wants, negotiable salary, interested
    assert ui.count_label.text() == "4 candidates"
    assert int(page.model.index(names.index("王芳"), 0).data()) <= 40  # lacks the must-have Java: capped

    # The detail pane of the top candidate: sentences, skills, charts.
    qtbot.waitUntil(lambda: ui.total_label.text().startswith("周思远"))
    whys = [ui.breakdown_table.item(r, 2).text() for r in range(ui.breakdown_table.rowCount())]
    assert any("negotiable" in w for w in whys) and any("Flat hierarchy" in w or "flat" in w.lower() for w in whys)
    assert "Java" in ui.skills_label.text()
    assert "Expected" in ui.salary_chart.toolTip() and ui.radar_chart.toolTip()

    # Filters: the city (either spelling), must-haves met, a minimum score.
    ui.city_edit.setText("Shanghai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    ui.city_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    ui.must_haves_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # 王芳 has no Java
    assert "王芳" not in [page.model.index(r, 1).data() for r in range(3)]
    ui.must_haves_check.setChecked(False)
    ui.min_score_spin.setValue(95)
    qtbot.waitUntil(lambda: page.model.rowCount() < 4)
    ui.min_score_spin.setValue(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)

    # Sorting by name, then back by match.
    header = ui.ranking_table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    qtbot.waitUntil(lambda: [page.model.index(r, 1).data() for r in range(4)]
                    == sorted(names, key=str.casefold))

    # Shortlist Lena with the keyboard.
    row = page.model.row_of(agency["Lena Hoffmann"])
    ui.ranking_table.selectRow(row)
    qtbot.waitUntil(lambda: ui.total_label.text().startswith("Lena Hoffmann"))
    ui.ranking_table.setFocus()
    qtbot.keyClick(ui.ranking_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(agency["Lena Hoffmann"]), 4).data() == "Shortlisted")
    with services.sessions() as s:
        stage = s.scalar(select(PipelineEntry.stage).where(PipelineEntry.candidate_id == agency["Lena Hoffmann"],
                                                           PipelineEntry.position_id == agency["java"]))
    assert stage == "shortlisted"
    assert not ui.shortlist_button.isEnabled()  # already shortlisted
    ui.stage_combo.setCurrentIndex(ui.stage_combo.findData("shortlisted"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_positions_for_one_candidate(qtbot, services, agency, window) -> None:  # noqa: ANN001
    page = window.match_page
    window.ui.main_tabs.setCurrentWidget(page)
    ui = page.ui
    ui.position_combo.setCurrentIndex(ui.position_combo.findData(agency["sales"]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and page.model.index(0, 1).data() == "王芳")
    ui.ranking_table.selectRow(0)  # (the person selected before stays selected when the position changes)
    qtbot.waitUntil(lambda: ui.total_label.text().startswith("王芳"))
    qtbot.mouseClick(ui.positions_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.positions_model.rowCount() == 2)
    assert ui.mode_label.text() == "Open positions for 王芳" and ui.back_button.isVisible()
    assert page.positions_model.index(0, 1).data() == "大客户销售总监"
    qtbot.waitUntil(lambda: ui.total_label.text().startswith("大客户销售总监"))
    qtbot.mouseClick(ui.back_button, Qt.MouseButton.LeftButton)
    assert ui.position_combo.isVisible() and ui.list_stack.currentWidget() is ui.ranking_table


def test_from_a_candidate_to_the_positions_that_fit(qtbot, services, agency, window) -> None:  # noqa: ANN001
    cpage = window.candidates_page
    window.ui.main_tabs.setCurrentWidget(cpage)
    cpage.select_candidate(agency["王芳"])
    qtbot.waitUntil(lambda: cpage.ui.name_heading_label.text() == "王芳")
    qtbot.mouseClick(cpage.ui.match_button, Qt.MouseButton.LeftButton)
    page = window.match_page
    assert window.ui.main_tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.positions_model.rowCount() == 2)
    assert page.positions_model.index(0, 1).data() == "大客户销售总监"


def test_shortlist_report_and_recommend_from_the_candidate(qtbot, services, agency, window,  # noqa: ANN001
                                                           monkeypatch) -> None:  # noqa: ANN001
    from hhdesk.ui import dialogs
    from hhdesk.ui.report_preview import ReportPreviewDialog

    page = window.match_page
    window.ui.main_tabs.setCurrentWidget(page)
    ui = page.ui
    ui.position_combo.setCurrentIndex(ui.position_combo.findData(agency["java"]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    qtbot.mouseClick(ui.shortlist_report_button, Qt.MouseButton.LeftButton)  # nobody shortlisted yet
    qtbot.waitUntil(lambda: "No one is shortlisted" in window.statusBar().currentMessage())
    for name in ("陈静", "周思远"):
        services.pipeline.move(agency[name], agency["java"], "shortlisted")
    qtbot.mouseClick(ui.shortlist_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ReportPreviewDialog) is not None)
    dialog = page.findChild(ReportPreviewDialog)
    assert list(dialog.candidate_ids) == [agency["周思远"], agency["陈静"]]  # best match first
    dialog.close()

    # From the Candidates tab: 周思远 is in two pipelines → which position?
    services.pipeline.move(agency["周思远"], agency["sales"], "screened")
    asked: list[list[str]] = []
    monkeypatch.setattr(dialogs.ChoiceDialog, "ask", classmethod(
        lambda cls, parent, title, label, items: asked.append(items) or
        next(i for i, text in enumerate(items) if text.startswith("高级Java工程师"))))
    cpage = window.candidates_page
    window.ui.main_tabs.setCurrentWidget(cpage)
    cpage.select_candidate(agency["周思远"])
    qtbot.waitUntil(lambda: cpage.ui.name_heading_label.text() == "周思远")
    qtbot.mouseClick(cpage.ui.recommend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cpage.findChild(ReportPreviewDialog) is not None)
    preview = cpage.findChild(ReportPreviewDialog)
    assert len(asked[0]) == 2 and preview.position_id == agency["java"]
    assert list(preview.candidate_ids) == [agency["周思远"]]
    preview.close()


def test_the_open_timeline_shows_a_shortlisting(qtbot, services, agency, window) -> None:  # noqa: ANN001
    cpage = window.candidates_page
    window.ui.main_tabs.setCurrentWidget(cpage)
    cpage.select_candidate(agency["Lena Hoffmann"])
    qtbot.waitUntil(lambda: cpage.ui.name_heading_label.text() == "Lena Hoffmann")
    tree = cpage.history.ui.timeline_tree
    before = tree.topLevelItemCount()
    page = window.match_page
    window.ui.main_tabs.setCurrentWidget(page)
    page.ui.position_combo.setCurrentIndex(page.ui.position_combo.findData(agency["java"]))
    qtbot.waitUntil(lambda: page.model.row_of(agency["Lena Hoffmann"]) >= 0)
    page.ui.ranking_table.selectRow(page.model.row_of(agency["Lena Hoffmann"]))
    qtbot.waitUntil(lambda: page.ui.total_label.text().startswith("Lena Hoffmann"))
    qtbot.mouseClick(page.ui.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == before + 1)
    assert "Shortlisted" in tree.topLevelItem(0).text(1)
