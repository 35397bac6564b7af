"""A job order typed while the client is on the phone: company, contacts, position, edits, prompts, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hhdesk.core.records import CompanyInput
from hhdesk.ui import dialogs
from tests.gui.test_end_to_end import type_into


def fill_contact(qtbot, table, row: int, values: list[str]) -> None:  # noqa: ANN001
    """Type a contact row cell by cell, as a person does with the item editors."""
    assert table.currentRow() == row  # "Add contact" opened the editor on the new row's first cell
    for column, value in enumerate(values):
        editor = QApplication.focusWidget()  # Tab moved the editor to the next cell
        type_into(qtbot, editor, value)
        if column < len(values) - 1:
            qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_company_with_contacts_and_position_edit_prompt_delete(qtbot, window, services, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []
    answers: list[str] = []
    monkeypatch.setattr(dialogs.UnsavedChangesDialog, "ask",
                        classmethod(lambda cls, parent, what: (asked.append(what), answers.pop(0))[1]))
    confirmations: list[str] = []
    monkeypatch.setattr(dialogs.MessageBox, "confirm",
                        classmethod(lambda cls, parent, question: (confirmations.append(question), True)[1]))
    page = window.companies_page
    window.ui.main_tabs.setCurrentWidget(page)

    # A new company with Ctrl+N, two contacts, saved with Ctrl+S.
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.company_form.ui
    type_into(qtbot, form.name_edit, "星河金融科技")
    type_into(qtbot, form.aliases_edit, "Xinghe Fintech")
    type_into(qtbot, form.website_edit, "www.xinghe.example")
    type_into(qtbot, form.culture_edit, "数据说话")
    for values in (["王丽", "HRD", "138 0013 8000", "wangli@xinghe.example", "wl_hr", ""],
                   ["Tom Lee", "CTO", "+1 415 555 0142", "tom@xinghe.example", "", "prefers e-mail"]):
        qtbot.mouseClick(form.add_contact_button, Qt.MouseButton.LeftButton)
        fill_contact(qtbot, form.contacts_table, form.contacts_table.rowCount() - 1, values)
    assert page.company_form.is_dirty()
    form.name_edit.setFocus()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    company = services.companies.list_companies()[0]
    assert [c.name for c in company.contacts] == ["王丽", "Tom Lee"]
    assert company.contacts[0].phone == "+86 138 0013 8000"
    assert company.contacts[1].notes == "prefers e-mail"  # still in its cell editor when Ctrl+S was pressed
    assert company.website == "https://www.xinghe.example"
    qtbot.waitUntil(lambda: not page.company_form.is_dirty())

    # A position with three skills.
    qtbot.waitUntil(lambda: page.ui.new_position_button.isEnabled())
    qtbot.mouseClick(page.ui.new_position_button, Qt.MouseButton.LeftButton)
    pform = page.position_form.ui
    type_into(qtbot, pform.title_edit, "风控模型专家")
    type_into(qtbot, pform.budget_edit, "3万-4.5万×14")
    for skill in ("Python", "Credit Risk", "SQL"):
        type_into(qtbot, pform.new_skill_edit, skill)
        qtbot.keyClick(pform.new_skill_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(pform.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.position_list.count() == 1)
    position = services.companies.list_positions()[0]
    assert [s.skill for s in position.skills] == ["Python", "Credit Risk", "SQL"]

    # Edit the position, then leave for the company: asked, and "cancel" keeps the edit on screen.
    type_into(qtbot, pform.title_edit, "（高级）")
    assert page.position_form.is_dirty()
    answers.append(dialogs.UnsavedChangesDialog.CANCEL)
    page.ui.company_table.clearSelection()
    page.ui.company_table.selectRow(0)
    assert asked == ["The position"]
    assert page.current_form() is page.position_form and page.position_form.is_dirty()
    # Esc reverts the unsaved edit.
    qtbot.keyClick(pform.title_edit, Qt.Key.Key_Escape)
    assert pform.title_edit.text() == "风控模型专家" and not page.position_form.is_dirty()

    # Edit the company, switch away, answer "save": the edit is stored.
    page.ui.company_table.clearSelection()
    page.ui.company_table.selectRow(0)
    qtbot.waitUntil(lambda: page.current_form() is page.company_form)
    type_into(qtbot, form.core_values_edit, "长期主义")
    services.companies.save_company(CompanyInput(name="Other client"))
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    answers.append(dialogs.UnsavedChangesDialog.SAVE)
    other_row = next(r for r in range(2) if page.model.record_at(r).name == "Other client")
    page.ui.company_table.selectRow(other_row)
    qtbot.waitUntil(lambda: page.company_form.ui.name_edit.text() == "Other client")
    assert asked[-1] == "The company"
    saved = next(c for c in services.companies.list_companies() if c.name == "星河金融科技")
    assert saved.core_values == "长期主义"

    # Delete the first company: the question says what goes with it.
    first_row = next(r for r in range(2) if page.model.record_at(r).name == "星河金融科技")
    page.ui.company_table.selectRow(first_row)
    qtbot.waitUntil(lambda: page.company_form.ui.name_edit.text() == "星河金融科技")
    qtbot.mouseClick(page.ui.delete_company_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "1 position" in confirmations[-1] and "2 contacts" in confirmations[-1]
    assert [c.name for c in services.companies.list_companies()] == ["Other client"]
    assert services.companies.list_positions() == []


def test_duplicate_name_warning_and_field_errors(qtbot, window, services) -> None:  # noqa: ANN001
    services.companies.save_company(CompanyInput(name="阿里巴巴", aliases="Alibaba"))
    page = window.companies_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.new_company()
    form = page.company_form.ui
    type_into(qtbot, form.name_edit, "ALIBABA ")
    qtbot.waitUntil(lambda: form.name_warning_label.isVisible())
    assert "阿里巴巴" in form.name_warning_label.text()
    type_into(qtbot, form.website_edit, "not a website")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.website_error_label.isVisible())
    assert "not a website address" in form.website_error_label.text()
    assert page.model.rowCount() == 1


def test_closing_the_window_with_unsaved_edits_asks(qtbot, window, services, monkeypatch) -> None:  # noqa: ANN001
    answers = [dialogs.UnsavedChangesDialog.CANCEL, dialogs.UnsavedChangesDialog.DISCARD]
    monkeypatch.setattr(dialogs.UnsavedChangesDialog, "ask", classmethod(lambda cls, parent, what: answers.pop(0)))
    page = window.companies_page
    page.new_company()
    type_into(qtbot, page.company_form.ui.name_edit, "Half typed")
    window.close()
    assert window.isVisible()  # cancelled: nothing typed is lost
    assert page.company_form.ui.name_edit.text() == "Half typed"
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.companies.list_companies() == []


def test_company_table_sorts_and_filters(qtbot, window, services) -> None:  # noqa: ANN001
    for name, city in (("Beta", "Shanghai"), ("alpha", "Beijing"), ("Gamma", "Shenzhen")):
        services.companies.save_company(CompanyInput(name=name, city=city))
    page = window.companies_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert [page.model.record_at(r).name for r in range(3)] == ["alpha", "Beta", "Gamma"]
    page.ui.company_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [page.model.record_at(r).city for r in range(3)] == ["Shenzhen", "Shanghai", "Beijing"]
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, page.ui.filter_edit, "shen")
    assert page.model.rowCount() == 1 and page.model.record_at(0).name == "Gamma"


def test_suggest_skills_from_a_pasted_description(qtbot, window, services, monkeypatch) -> None:  # noqa: ANN001
    offered: list[list[str]] = []
    monkeypatch.setattr(dialogs.SuggestedSkillsDialog, "ask",
                        classmethod(lambda cls, parent, names: (offered.append(names), names[:2])[1]))
    services.companies.save_company(CompanyInput(name="Acme"))
    page = window.companies_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.company_table.selectRow(0)
    qtbot.waitUntil(lambda: page.ui.new_position_button.isEnabled())
    qtbot.mouseClick(page.ui.new_position_button, Qt.MouseButton.LeftButton)
    pform = page.position_form.ui
    pform.description_edit.setPlainText("负责风控建模，熟练使用 Python 和 SQL，了解机器学习；"
                                        "有 Kubernetes 经验者优先。")
    qtbot.mouseClick(pform.suggest_skills_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pform.skills_table.rowCount() == 2)
    assert {"Python", "SQL", "Machine Learning", "Kubernetes"} <= set(offered[0])
    assert [pform.skills_table.item(r, 0).text() for r in range(2)] == offered[0][:2]


def test_adding_a_spelling_in_the_vocabulary_dialog(qtbot, window, services) -> None:  # noqa: ANN001
    dialog = window.open_skill_vocabulary()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.skills_table.rowCount() > 300)
    type_into(qtbot, dialog.ui.alias_edit, "大模型微调")
    type_into(qtbot, dialog.ui.canonical_edit, "LLM Fine-tuning")
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.filter_edit.text() == "大模型微调")
    qtbot.waitUntil(lambda: dialog.ui.skills_table.rowCount() == 1)
    assert dialog.ui.skills_table.item(0, 0).text() == "LLM Fine-tuning"
    assert ("大模型微调", "LLM Fine-tuning") in services.skills.user_aliases()
    dialog.ui.alias_edit.clear()
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.error_label.text() != "")


def test_typed_skills_become_their_canonical_names(qtbot, window, services) -> None:  # noqa: ANN001
    services.companies.save_company(CompanyInput(name="Acme"))
    page = window.companies_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.company_table.selectRow(0)
    qtbot.waitUntil(lambda: page.ui.new_position_button.isEnabled())
    qtbot.mouseClick(page.ui.new_position_button, Qt.MouseButton.LeftButton)
    pform = page.position_form.ui
    for typed in ("k8s", "机器学习", "Underwater Basket Weaving"):
        type_into(qtbot, pform.new_skill_edit, typed)
        qtbot.keyClick(pform.new_skill_edit, Qt.Key.Key_Return)
    names = [pform.skills_table.item(r, 0).text() for r in range(pform.skills_table.rowCount())]
    assert names == ["Kubernetes", "Machine Learning", "Underwater Basket Weaving"]


def test_back_to_the_previous_position_after_new(qtbot, window, services) -> None:  # noqa: ANN001
    from hhdesk.core.records import CompanyInput, PositionInput

    company = services.companies.save_company(CompanyInput(name="Back Again Co"))
    services.companies.save_position(PositionInput(company_id=company.id, title="Analyst"))
    page = window.companies_page
    window.ui.main_tabs.setCurrentWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.company_table.selectRow(0)
    listing = page.ui.position_list
    qtbot.waitUntil(lambda: listing.count() == 1)
    listing.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.position_form.ui.title_edit.text() == "Analyst")
    qtbot.mouseClick(page.ui.new_position_button, Qt.MouseButton.LeftButton)
    assert page.position_form.ui.title_edit.text() == ""
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.position_form.ui.title_edit.text() == "Analyst")
