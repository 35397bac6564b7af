"""One headhunter's path through the window: job order → resume drop → phone screen → match → PDF."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import CORPUS_DIR

RESUME = "en_025_skillora_software_engineer.pdf"  # a one-column PDF that states name, e-mail and phone


def manifest_row(name: str) -> dict[str, str]:
    with (CORPUS_DIR / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle, delimiter="\t") if r["file"] == name)


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Type like a person; characters QTest cannot synthesise (Chinese) arrive as an input method would."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def drop_files(widget, paths: list[Path]) -> None:  # noqa: ANN001
    """A real drag-and-drop: enter, then drop, as the window system delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the window refused the drag"
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


@pytest.mark.skipif(not (CORPUS_DIR / "resumes" / RESUME).exists(), reason="shared corpus not present")
def test_job_order_to_recommendation_pdf(qtbot, window, services, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    truth = manifest_row(RESUME)

    # 1. A client company and a position, typed into the forms.
    page = window.companies_page
    window.ui.main_tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.ui.new_company_button, Qt.MouseButton.LeftButton)
    form = page.company_form.ui
    type_into(qtbot, form.name_edit, "澜汇金融科技 Lanhui Fintech")
    type_into(qtbot, form.industry_edit, "Fintech")
    type_into(qtbot, form.city_edit, "Shanghai")
    type_into(qtbot, form.culture_edit, "Engineering-led, writes things down")
    type_into(qtbot, form.core_values_edit, "Customers first; own the outcome")
    type_into(qtbot, form.leadership_edit, "Hands-off, high trust")
    type_into(qtbot, form.atmosphere_edit, "Calm, few meetings")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert services.companies.list_companies()[0].culture == "Engineering-led, writes things down"

    qtbot.waitUntil(lambda: page.ui.new_position_button.isEnabled())
    qtbot.mouseClick(page.ui.new_position_button, Qt.MouseButton.LeftButton)
    pform = page.position_form.ui
    type_into(qtbot, pform.title_edit, "Senior Software Engineer")
    type_into(qtbot, pform.city_edit, "Shanghai")
    type_into(qtbot, pform.budget_edit, "30k-45k×14")
    assert "45,000" in pform.budget_hint_label.text()
    pform.min_years_spin.setFocus()
    pform.min_years_spin.selectAll()
    qtbot.keyClicks(pform.min_years_spin, "3")
    for skill, weight, must in (("Python", 5, True), ("SQL", 3, False), ("Kubernetes", 2, False)):
        type_into(qtbot, pform.new_skill_edit, skill)
        pform.new_skill_weight_spin.setValue(weight)
        if must:
            qtbot.mouseClick(pform.new_skill_must_check, Qt.MouseButton.LeftButton)
        qtbot.keyClick(pform.new_skill_edit, Qt.Key.Key_Return)
    assert pform.skills_table.rowCount() == 3
    qtbot.mouseClick(pform.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(services.companies.list_positions()) == 1)
    qtbot.waitUntil(lambda: page.ui.position_list.count() == 1)
    position = services.companies.list_positions()[0]
    assert [(s.skill, s.weight, s.must_have) for s in position.skills] == [
        ("Python", 5, True), ("SQL", 3, False), ("Kubernetes", 2, False)]
    assert position.budget_max is not None and position.budget_max.annual_minor == 45_000_00 * 14
    assert position.min_years == 3

    # 2. Drop a real resume on the window.
    with qtbot.waitSignal(window.import_finished, timeout=20000) as imported:
        drop_files(window, [CORPUS_DIR / "resumes" / RESUME])
    outcome = imported.args[0][0]
    assert outcome.status == "created", outcome.message
    candidate = services.candidates.get(outcome.candidate_id)
    assert candidate.email.lower() == truth["gt_email"].lower()
    assert candidate.full_name.lower() == truth["gt_name"].lower()
    assert "".join(ch for ch in candidate.phone if ch.isdigit())[-10:] == "".join(
        ch for ch in truth["gt_phone"] if ch.isdigit())[-10:]
    assert len(candidate.resume_text) > 200
    stored = services.data_dir / candidate.resumes[0].stored_path
    assert stored.is_file() and stored.read_bytes() == (CORPUS_DIR / "resumes" / RESUME).read_bytes()
    cpage = window.candidates_page
    assert window.ui.main_tabs.currentWidget() is cpage
    qtbot.waitUntil(lambda: cpage.profile_form.ui.name_edit.text() == candidate.full_name)

    # 3. The phone screen.
    cpage.open_screen()
    screen = cpage.screen_form.ui
    qtbot.waitUntil(lambda: screen.position_combo.count() == 2)
    screen.position_combo.setCurrentIndex(screen.position_combo.findData(position.id))
    qtbot.waitUntil(lambda: "Lanhui" in screen.pitch_browser.toPlainText())
    for check in (screen.identity_check, screen.introduced_check, screen.purpose_check):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    screen.status_combo.setCurrentIndex(screen.status_combo.findData("notice"))
    screen.notice_days_spin.setValue(30)
    type_into(qtbot, screen.reasons_edit, "Wants larger systems and a shorter commute")
    type_into(qtbot, screen.requirements_edit, "Engineering culture, hybrid work")
    screen.main_skills_edit.clear()
    type_into(qtbot, screen.main_skills_edit, "Python, SQL, JavaScript")
    type_into(qtbot, screen.current_salary_edit, "28k×13")
    type_into(qtbot, screen.expected_salary_edit, "50k×14")
    qtbot.waitUntil(lambda: "Matching degree" in screen.match_label.text())
    before = screen.match_label.text()
    type_into(qtbot, screen.bottom_line_edit, "33k×14")
    qtbot.waitUntil(lambda: screen.match_label.text() != before)  # the degree updates as facts are typed
    screen.intention_combo.setCurrentIndex(screen.intention_combo.findData("interested"))
    screen.outcome_combo.setCurrentIndex(screen.outcome_combo.findData("recommend"))
    type_into(qtbot, screen.assessment_edit, "Solid backend engineer, clear about why she wants to move.")
    with qtbot.waitSignal(cpage.screen_saved, timeout=10000):
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    facts = services.candidates.get(candidate.id).facts
    assert facts.bottom_line is not None and facts.bottom_line.amount_minor == 33_000_00
    assert facts.current_status == "notice" and facts.notice_days == 30

    # 4. The match view shows the degree and its breakdown.
    mpage = window.match_page
    window.ui.main_tabs.setCurrentWidget(mpage)
    qtbot.waitUntil(lambda: mpage.ui.breakdown_table.rowCount() == 7)
    assert mpage.ui.total_label.text().startswith(candidate.full_name)
    criteria = {mpage.ui.breakdown_table.item(r, 0).text() for r in range(7)}
    assert criteria == {"Skills", "Experience", "Salary", "Location", "Education & languages", "Availability",
                        "Culture fit"}

    # 5. Recommend → the preview → a PDF saved where the user chose, recorded in the ledger.
    from hhdesk.ui import dialogs
    from hhdesk.ui.report_preview import ReportPreviewDialog

    qtbot.mouseClick(mpage.ui.recommend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mpage.findChild(ReportPreviewDialog) is not None)
    preview = mpage.findChild(ReportPreviewDialog)
    qtbot.waitUntil(lambda: not preview.is_rendering() and preview.ui.page_stack.page_count() > 0, timeout=20000)
    target = tmp_path / "out" / "recommendation.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs.SaveFileDialog, "ask", classmethod(lambda cls, *a: str(target)))
    with qtbot.waitSignal(preview.saved, timeout=20000):
        qtbot.mouseClick(preview.ui.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert [s.file_name for s in services.reports.submissions(candidate.id)] == [str(target)]
    preview.close()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    assert candidate.full_name.lower() in flat.lower()
    assert "Senior Software Engineer" in flat
    assert "Solid backend engineer" in flat
    assert "/ 100" in flat
    for leak in ("33,000", "33000", "462,000", "462000", "33k"):
        assert leak not in flat, f"the bottom line leaked into the report as {leak!r}"
