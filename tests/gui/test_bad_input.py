"""Bad input through the window gets a clear message and changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from hhdesk.core.records import CompanyInput, PositionInput
from tests.gui.test_end_to_end import drop_files, type_into


def test_company_without_a_name_is_refused(qtbot, window, services) -> None:  # noqa: ANN001
    page = window.companies_page
    qtbot.mouseClick(page.ui.new_company_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.company_form.ui.city_edit, "Shanghai")
    qtbot.mouseClick(page.company_form.ui.save_button, Qt.MouseButton.LeftButton)
    label = page.company_form.ui.name_warning_label
    qtbot.waitUntil(lambda: label.isVisible())
    assert "name is required" in label.text()
    assert services.companies.list_companies() == []


def test_salary_typed_as_text_is_refused(qtbot, window, services) -> None:  # noqa: ANN001
    company = services.companies.save_company(CompanyInput(name="Acme"))
    window.companies_page.reload()
    page = window.companies_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.company_table.selectRow(0)
    qtbot.waitUntil(lambda: page.ui.new_position_button.isEnabled())
    qtbot.mouseClick(page.ui.new_position_button, Qt.MouseButton.LeftButton)
    form = page.position_form.ui
    type_into(qtbot, form.title_edit, "Analyst")
    type_into(qtbot, form.budget_edit, "quite a lot")
    assert "not a salary" in form.budget_hint_label.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "not a salary" in form.error_label.text()
    form.budget_edit.clear()
    type_into(qtbot, form.budget_edit, "40k-30k")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "larger than the maximum" in form.error_label.text()
    assert services.companies.list_positions(company.id) == []


def test_a_bad_file_in_a_drop_is_reported_and_the_rest_imported(qtbot, window, services, tmp_path,  # noqa: ANN001
                                                                 monkeypatch) -> None:
    from hhdesk.ui.import_summary_dialog import ImportSummaryDialog

    summaries: list[ImportSummaryDialog] = []
    monkeypatch.setattr(ImportSummaryDialog, "show_for",
                        classmethod(lambda cls, parent, outcomes: summaries.append(cls(outcomes, parent))))
    fake = tmp_path / "photo.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    good = tmp_path / "resume.txt"
    good.write_text("Mei Lin\nmei.lin@example.com\n+86 138 0013 8000\nSenior Accountant\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=20000) as done:
        drop_files(window, [fake, good])
    statuses = {Path(o.path).name: o.status for o in done.args[0]}
    assert statuses == {"photo.pdf": "failed", "resume.txt": "created"}
    table = summaries[0].ui.files_table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(2)}
    assert rows["photo.pdf"][0] == "Failed" and rows["photo.pdf"][1]  # with the reason
    assert rows["resume.txt"] == ("New candidate", "Mei Lin")
    assert "2 files: 1 new" in summaries[0].ui.totals_label.text()
    stored = [p for p in (services.data_dir / "resumes").rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].suffix == ".txt"
    assert [r.full_name for r in services.candidates.list_rows()] == ["Mei Lin"]


def test_phone_screen_with_a_nonsense_salary_saves_nothing(qtbot, window, services, tmp_path) -> None:  # noqa: ANN001
    company = services.companies.save_company(CompanyInput(name="Acme"))
    services.companies.save_position(PositionInput(company_id=company.id, title="Analyst"))
    resume = tmp_path / "r.txt"
    resume.write_text("Wang Fang\nwang.fang@example.cn\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        drop_files(window, [resume])
    page = window.candidates_page
    qtbot.waitUntil(lambda: page.profile_form.ui.name_edit.text() == "Wang Fang")
    page.open_screen()
    type_into(qtbot, page.screen_form.ui.expected_salary_edit, "depends")
    qtbot.mouseClick(page.screen_form.ui.save_button, Qt.MouseButton.LeftButton)
    assert "not a salary" in page.screen_form.ui.error_label.text()
    candidate = services.candidates.list_rows()[0]
    assert services.screens.latest(candidate.id) is None
