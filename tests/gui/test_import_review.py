"""A batch of dropped resumes is walked in a review queue with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_end_to_end import drop_files, type_into


def test_review_queue_after_a_batch_drop(qtbot, window, services, tmp_path) -> None:  # noqa: ANN001
    people = [("Mei Lin", "mei.lin@example.com"), ("张伟", "zhang.wei@example.cn"), ("Tom Baker", "tom@example.org")]
    paths = []
    for index, (name, email) in enumerate(people):
        path = tmp_path / f"resume-{index}.txt"
        path.write_text(f"{name}\n{email}\n+86 138 0013 800{index}\nSenior Accountant\n", encoding="utf-8")
        paths.append(path)
    page = window.candidates_page
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        drop_files(window, paths)
    qtbot.waitUntil(lambda: page.reviewing() and "1 of 3" in page.ui.review_label.text())
    form = page.profile_form
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "Mei Lin")
    assert form.highlighted_count() >= 3  # name, e-mail and phone marked in the resume text

    # Correct the name, confirm with Ctrl+Enter: saved, and on to the next.
    form.ui.name_edit.clear()
    type_into(qtbot, form.ui.name_edit, "Lin Mei")
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "2 of 3" in page.ui.review_label.text())
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "张伟")
    assert "Lin Mei" in [r.full_name for r in services.candidates.list_rows()]

    qtbot.mouseClick(page.ui.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "Tom Baker")
    qtbot.mouseClick(page.ui.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "张伟")
    qtbot.mouseClick(page.ui.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "Tom Baker")
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.reviewing())


def test_a_resume_dropped_on_an_open_candidate_is_added_to_that_person(qtbot, window, services,  # noqa: ANN001
                                                                         tmp_path) -> None:
    from hhdesk.core.records import CandidateInput

    person = services.candidates.save(CandidateInput(full_name="Chen Jing"))
    page = window.candidates_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_candidate(person.id)
    qtbot.waitUntil(lambda: page.profile_form.ui.name_edit.text() == "Chen Jing")
    resume = tmp_path / "cv-2026.txt"
    resume.write_text("Jing Chen\njing.chen@example.com\nProduct Manager\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=20000) as done:
        drop_files(page.ui.detail_page, [resume])
    outcome = done.args[0][0]
    assert (outcome.status, outcome.candidate_id) == ("attached", person.id)
    assert services.candidates.count() == 1
    assert services.candidates.get(person.id).email == "jing.chen@example.com"


def test_search_and_filters_in_the_candidate_list(qtbot, window, services) -> None:  # noqa: ANN001
    from hhdesk.core.records import CandidateInput

    for name, city, title, skills in (("张伟", "上海", "销售经理", ("Key Account Management",)),
                                      ("Mary Chen", "Shenzhen", "Python developer", ("Python",)),
                                      ("Li Lei", "上海", "Data engineer", ("Python", "SQL"))):
        services.candidates.save(CandidateInput(full_name=name, city=city, current_title=title, skills=skills))
    page = window.candidates_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    type_into(qtbot, page.ui.filter_edit, "销售")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.candidate_at(0).full_name == "张伟")
    page.ui.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    type_into(qtbot, page.ui.skill_filter_edit, "python")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.ui.city_combo.setCurrentIndex(page.ui.city_combo.findData("上海"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.candidate_at(0).full_name == "Li Lei")
    assert page.ui.results_label.text() == "1 candidate"
    page.ui.skill_filter_edit.clear()
    type_into(qtbot, page.ui.filter_edit, '" AND(')  # hostile input: no error, maybe no rows
    qtbot.wait(300)
    assert page.model.rowCount() in (0, 1, 2, 3)


def test_the_phone_screen_lists_the_resume_doubts(qtbot, window, services, tmp_path) -> None:  # noqa: ANN001
    resume = tmp_path / "zw.txt"
    resume.write_text("张伟\nzw@example.cn\n\n工作经历\n星河金融 | 高级工程师 | 2021.03 - 至今\n"
                      "北辰软件 | 开发工程师 | 2018.01 - 2018.08\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        drop_files(window, [resume])
    page = window.candidates_page
    qtbot.waitUntil(lambda: page.profile_form.ui.name_edit.text() == "张伟")
    # The gap and the short tenure, each with a field for the candidate's explanation.
    from PySide6.QtWidgets import QLabel, QLineEdit

    layout = page.screen_form.ui.doubts_layout
    rows = [(layout.itemAt(r, layout.ItemRole.LabelRole), layout.itemAt(r, layout.ItemRole.FieldRole))
            for r in range(layout.rowCount())]
    doubts = [(label.widget().text(), field.widget()) for label, field in rows if label and field]
    assert len(doubts) >= 2
    assert all(isinstance(edit, QLineEdit) and edit.text() == "" for _text, edit in doubts)
    assert any("2018" in text for text, _edit in doubts) and all(isinstance(t, str) and t for t, _e in doubts)
    assert not any(isinstance(w, QLabel) and "None found" in w.text()
                   for w in page.screen_form.ui.doubts_container.findChildren(QLabel))


def test_a_resume_attached_to_a_known_person_can_be_separated(qtbot, window, services, tmp_path) -> None:  # noqa: ANN001
    from hhdesk.core.records import CandidateInput

    known = services.candidates.save(CandidateInput(full_name="Mei Lin", email="mei.lin@example.com"))
    resume = tmp_path / "mei-2026.txt"
    resume.write_text("Lin Mei\nmei.lin@example.com\nFinance Manager\n", encoding="utf-8")
    page = window.candidates_page
    with qtbot.waitSignal(window.import_finished, timeout=20000) as done:
        drop_files(window, [resume])
    assert (done.args[0][0].status, done.args[0][0].candidate_id) == ("attached", known.id)
    qtbot.waitUntil(lambda: page.reviewing() and page.ui.separate_button.isVisible())
    assert "same e-mail" in page.ui.review_label.text()
    qtbot.waitUntil(lambda: page.profile_form.ui.name_edit.text() == "Mei Lin")
    qtbot.mouseClick(page.ui.separate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.candidates.count() == 2)
    qtbot.waitUntil(lambda: page.profile_form.ui.name_edit.text() == "Lin Mei")
    assert not page.ui.separate_button.isVisible()


def test_merging_the_new_resume_field_by_field(qtbot, window, services, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from hhdesk.core.records import CandidateInput
    from hhdesk.ui.merge_fields_dialog import MergeFieldsDialog

    offered: list[MergeFieldsDialog] = []

    def ask(cls, parent, current, new):  # noqa: ANN001, ANN202
        dialog = cls(current, new, parent)
        offered.append(dialog)
        table = dialog.ui.fields_table
        for row in range(table.rowCount()):  # the consultant ticks the newer title
            if table.item(row, 0).text() == "Current title":
                table.item(row, 2).setCheckState(Qt.CheckState.Checked)
        return dialog.chosen()

    monkeypatch.setattr(MergeFieldsDialog, "ask", classmethod(ask))
    known = services.candidates.save(CandidateInput(full_name="Mei Lin", email="mei.lin@example.com",
                                                    current_title="Accountant"))
    resume = tmp_path / "mei-2026.txt"
    resume.write_text("Mei Lin\nmei.lin@example.com\n现居：上海\n\n工作经历\n星河金融 | 财务经理 | 2021.03 - 至今\n",
                      encoding="utf-8")
    page = window.candidates_page
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        drop_files(window, [resume])
    qtbot.waitUntil(lambda: page.ui.merge_button.isVisible())
    qtbot.waitUntil(lambda: page.profile_form.ui.name_edit.text() == "Mei Lin")
    qtbot.mouseClick(page.ui.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered))
    table = offered[0].ui.fields_table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(),
                                      table.item(r, 2).checkState() == Qt.CheckState.Checked)
            for r in range(table.rowCount())}
    assert rows["Current title"] == ("Accountant", True)  # offered because it differs; ticked by the user
    assert "City" not in rows  # empty on the profile, so the attach already filled it from the resume
    qtbot.keyClick(page.profile_form.ui.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.reviewing())
    record = services.candidates.get(known.id)
    assert (record.city, record.current_title) == ("上海", "财务经理")
