"""The position form on its own: every field round-trips, defaults, dirty tracking, skills, errors."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QSpinBox, QWidget

from hhdesk.core.money import Salary
from hhdesk.core.records import PositionInput, PositionRecord, SkillRequirementInput, ValidationError
from hhdesk.ui.position_form import PositionForm
from tests.gui.test_end_to_end import type_into

FULL = PositionRecord(
    id=11, company_id=4, company_name="澜汇金融科技 Lanhui Fintech", title="高级后端工程师 Senior Backend Engineer",
    department="平台工程部 Platform", city="上海张江 Shanghai", work_mode="hybrid", schedule="9:30–18:30, 双休",
    headcount=2, budget_min=Salary(30_000_00, "CNY", "month", 14), budget_max=Salary(45_000_00, "CNY", "month", 14),
    benefits="六险一金\nAnnual bonus 2–4 months", skills=(
        SkillRequirementInput("Python", 5, True), SkillRequirementInput("机器学习", 2, False),
        SkillRequirementInput("Kubernetes", 3, False)),
    min_years=5.0, max_years=10.0, education_level="master", languages="English (fluent), 普通话",
    description="负责支付核心系统。\nBuild the payments core in Python.", selling_points="Profitable; 远程两天/周",
    status="on_hold", priority=1, fee_kind="percent", fee_value=22.5,
    opened_on=date(2025, 3, 1), target_on=date(2025, 5, 31))

OTHER = PositionRecord(
    id=12, company_id=4, title="Finance Director", city="Hong Kong", work_mode="remote", headcount=1,
    budget_min=Salary(1_200_000_00, "HKD", "year", 12), budget_max=Salary(1_500_000_00, "HKD", "year", 12),
    skills=(SkillRequirementInput("财务分析", 4, True),), min_years=None, max_years=15.0, education_level="",
    status="filled", priority=3, fee_kind="fixed", fee_value=180_000.0, opened_on=None, target_on=None)


def as_input(record: PositionRecord) -> PositionInput:
    return PositionInput(**{f.name: getattr(record, f.name) for f in fields(PositionInput)})


@pytest.fixture
def form(qtbot) -> PositionForm:  # noqa: ANN001
    widget = PositionForm()
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("record", [FULL, OTHER], ids=["cny-monthly", "hkd-yearly-fixed-fee"])
def test_every_field_round_trips(form: PositionForm, record: PositionRecord) -> None:
    form.load(record, record.company_id, record.company_name)
    assert form.data() == as_input(record)
    assert (form.position_id(), form.company_id()) == (record.id, record.company_id)
    assert not form.is_dirty()


def test_a_new_position_starts_with_the_usual_defaults(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(FULL, 4)
    form.load(None, 7, "Acme")
    data = form.data()
    assert data == PositionInput(company_id=7, title="", opened_on=date.today())
    assert (data.status, data.work_mode, data.headcount, data.priority) == ("open", "onsite", 1, 2)
    assert form.ui.currency_combo.currentText() == "CNY"
    assert form.ui.skills_table.rowCount() == 0
    assert form.ui.fee_value_spin.text() == "—" and form.ui.min_years_spin.text() == "any"
    assert not form.ui.target_date_edit.isEnabled()
    assert form.position_id() == 0 and "Acme" in form.ui.heading_label.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ui.title_edit)


def test_dirty_after_typing_and_clean_after_revert(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(FULL, 4)
    assert not form.is_dirty() and not form.ui.revert_button.isEnabled()
    with qtbot.waitSignal(form.dirty_changed, check_params_cb=lambda dirty: dirty):
        type_into(qtbot, form.ui.title_edit, " II")
    assert form.is_dirty() and form.ui.revert_button.isEnabled()
    with qtbot.waitSignal(form.dirty_changed, check_params_cb=lambda dirty: not dirty):
        form.revert()
    assert not form.is_dirty()
    assert form.ui.title_edit.text() == FULL.title
    form.ui.skills_table.item(1, 2).setCheckState(Qt.CheckState.Checked)
    assert form.is_dirty()
    qtbot.mouseClick(form.ui.revert_button, Qt.MouseButton.LeftButton)
    assert not form.is_dirty() and form.data() == as_input(FULL)


def test_unreadable_budget_is_refused_and_counts_as_a_change(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(FULL, 4)
    form.ui.budget_edit.clear()
    type_into(qtbot, form.ui.budget_edit, "quite a lot")
    assert "not a salary" in form.ui.budget_hint_label.text()
    with pytest.raises(ValidationError) as caught:
        form.data()
    assert caught.value.field == "budget"
    assert form.is_dirty()
    with qtbot.assertNotEmitted(form.save_requested):
        qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    assert "not a salary" in form.ui.error_label.text()


@pytest.mark.parametrize(("typed", "hint"), [
    ("25-35k×13", "Read as ¥25,000 × 13 to ¥35,000 × 13"),
    ("30k-45k×14", "Read as ¥30,000 × 14 to ¥45,000 × 14"),
    ("2.5万", "Read as ¥25,000 × 12"),
    ("400k-600k/yr", "Read as ¥400,000 per year to ¥600,000 per year"),
    ("40k-30k", "The minimum is larger than the maximum."),
])
def test_budget_hint_says_how_the_budget_was_read(qtbot, form: PositionForm, typed: str, hint: str) -> None:  # noqa: ANN001
    form.load(None, 1)
    type_into(qtbot, form.ui.budget_edit, typed)
    assert form.ui.budget_hint_label.text().startswith(hint)


def test_monthly_budget_hint_gives_the_yearly_total(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(None, 1)
    type_into(qtbot, form.ui.budget_edit, "25-35k×13")
    assert "¥325,000 to ¥455,000 a year" in form.ui.budget_hint_label.text()


def test_suggested_skills_skip_those_already_listed(form: PositionForm) -> None:
    form.load(FULL, 4)
    assert form.add_suggested_skills(["python", "SQL", " kubernetes ", "Go", "sql"]) == 2
    skills = form.data().skills
    assert [s.skill for s in skills] == ["Python", "机器学习", "Kubernetes", "SQL", "Go"]
    assert skills[3:] == (SkillRequirementInput("SQL", 3, False), SkillRequirementInput("Go", 3, False))
    assert form.is_dirty()
    assert form.add_suggested_skills(["PYTHON"]) == 0


def test_suggest_button_sends_the_description(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(None, 1)
    assert not form.ui.suggest_skills_button.isEnabled()
    form.ui.description_edit.setPlainText("We need Python, SQL and 财务分析.")
    with qtbot.waitSignal(form.suggest_requested) as sent:
        qtbot.mouseClick(form.ui.suggest_skills_button, Qt.MouseButton.LeftButton)
    assert sent.args == ["We need Python, SQL and 财务分析."]


def test_skills_are_typed_in_and_a_duplicate_is_refused(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(None, 1)
    ui = form.ui
    type_into(qtbot, ui.new_skill_edit, "Python")
    ui.new_skill_weight_spin.setValue(5)
    qtbot.mouseClick(ui.new_skill_must_check, Qt.MouseButton.LeftButton)
    qtbot.keyClick(ui.new_skill_edit, Qt.Key.Key_Return)
    type_into(qtbot, ui.new_skill_edit, "财务分析")
    qtbot.mouseClick(ui.add_skill_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, ui.new_skill_edit, "PYTHON")
    qtbot.keyClick(ui.new_skill_edit, Qt.Key.Key_Return)
    assert ui.skills_table.rowCount() == 2
    assert "already in the list" in ui.skills_error_label.text() and ui.skills_error_label.isVisible()
    assert isinstance(ui.skills_table.cellWidget(0, 1), QSpinBox)
    assert form.data().skills == (SkillRequirementInput("Python", 5, True), SkillRequirementInput("财务分析", 3, False))


def test_renaming_a_skill_to_a_listed_one_is_undone(form: PositionForm) -> None:
    form.load(FULL, 4)
    form.ui.skills_table.item(2, 0).setText("  python ")
    assert form.ui.skills_table.item(2, 0).text() == "Kubernetes"
    assert "already in the list" in form.ui.skills_error_label.text()
    form.ui.skills_table.item(2, 0).setText("  K8s   Operators ")
    assert form.data().skills[2].skill == "K8s Operators"


def test_delete_key_and_button_remove_skills(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(FULL, 4)
    table = form.ui.skills_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.skill for s in form.data().skills] == ["机器学习", "Kubernetes"]
    table.selectRow(1)
    qtbot.mouseClick(form.ui.remove_skill_button, Qt.MouseButton.LeftButton)
    assert [s.skill for s in form.data().skills] == ["机器学习"]
    assert form.is_dirty()


def test_years_fee_and_dates_as_a_person_sets_them(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(None, 1)
    ui = form.ui
    ui.min_years_spin.setFocus()
    ui.min_years_spin.selectAll()
    qtbot.keyClicks(ui.min_years_spin, "3")
    assert form.data().min_years == 3 and form.data().max_years is None
    assert form.data().fee_value is None
    ui.fee_value_spin.setValue(20)
    assert (form.data().fee_kind, form.data().fee_value) == ("percent", 20)
    ui.fee_value_spin.setValue(120)
    with pytest.raises(ValidationError) as caught:
        form.data()
    assert caught.value.field == "fee"
    ui.fee_kind_combo.setCurrentIndex(ui.fee_kind_combo.findData("fixed"))
    assert form.data().fee_value == 120 and ui.fee_value_spin.suffix() == " CNY"
    qtbot.mouseClick(ui.target_check, Qt.MouseButton.LeftButton)
    assert ui.target_date_edit.isEnabled()
    ui.target_date_edit.setDate(QDate(2031, 1, 15))
    assert form.data().target_on == date(2031, 1, 15)
    qtbot.mouseClick(ui.target_check, Qt.MouseButton.LeftButton)
    assert form.data().target_on is None


def test_save_button_emits_the_data(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(FULL, 4)
    with qtbot.waitSignal(form.save_requested) as saved:
        qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [11, as_input(FULL)]


def test_skill_completion_ignores_case_and_matches_inside(form: PositionForm) -> None:
    form.set_skill_completions(["Python", "Machine Learning", "机器学习"])
    completer = form.ui.new_skill_edit.completer()
    completer.setCompletionPrefix("learn")
    assert completer.currentCompletion() == "Machine Learning"
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert completer.filterMode() == Qt.MatchFlag.MatchContains


def group_of(widget: QWidget) -> QGroupBox:
    while not isinstance(widget, QGroupBox):
        widget = widget.parentWidget()
    return widget


ERROR_FIELDS = ["title", "budget", "skills", "min_years", "max_years", "headcount", "priority", "fee", "fee_kind",
                "education_level", "target_on", "work_mode", "status"]


@pytest.mark.parametrize("field", ERROR_FIELDS)
def test_show_error_puts_the_message_next_to_the_field(qtbot, form: PositionForm, field: str) -> None:  # noqa: ANN001
    form.load(FULL, 4)
    message = f"Something is wrong with {field}."
    form.show_error(ValidationError(field, message))
    label = form._error_labels[field]
    widget = form._focus_widgets[field]
    assert label.text() == message and label.isVisible()
    assert group_of(label) is group_of(widget)  # in the same box, and below the field
    assert label.mapTo(form, label.rect().topLeft()).y() > widget.mapTo(form, widget.rect().topLeft()).y()
    assert form.ui.error_label.text() == message
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    form.load(FULL, 4)
    assert form.ui.error_label.text() == ""
    if label is not form.ui.budget_hint_label:
        assert not label.isVisible()


def test_a_value_this_version_does_not_know_is_kept(form: PositionForm) -> None:
    odd = PositionRecord(id=1, company_id=1, title="X", education_level="doctorate_plus", opened_on=date(2024, 1, 2))
    form.load(odd, 1)
    assert form.data().education_level == "doctorate_plus"
    form.load(FULL, 4)
    assert form.ui.education_combo.count() == 6


def test_return_on_a_completion_adds_that_skill(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    form.load(None, 1)
    form.set_skill_completions(["Python", "PostgreSQL", "Machine Learning"])
    edit = form.ui.new_skill_edit
    type_into(qtbot, edit, "gres")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [s.skill for s in form.data().skills] == ["PostgreSQL"]
    qtbot.waitUntil(lambda: edit.text() == "")
