"""The report preview used like a consultant: open it from the Match tab, make it anonymous, save it, and be
warned before sending the same person to the same client twice."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

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

NAME = "Lena Hoffmann"
CLIENT = "Lanhui Fintech"
MATCH_HEADING = "Match with the position"  # the renderer's English heading of the "match" section


def k13(thousands: int) -> Salary:
    return Salary(thousands * 1000 * 100, "CNY", "month", 13)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).split())


@pytest.fixture
def pair(services: Services) -> tuple[int, int]:
    company = services.companies.save_company(CompanyInput(name=CLIENT, city="Shanghai", culture="Engineering-led"))
    position = services.companies.save_position(PositionInput(
        company_id=company.id, title="Senior Java Engineer", city="Shanghai", budget_min=k13(28),
        budget_max=k13(35), min_years=3,
        skills=(SkillRequirementInput("Java", 5, True), SkillRequirementInput("Kafka", 3))))
    candidate = services.candidates.save(CandidateInput(
        full_name=NAME, email="lena.hoffmann@example.com", phone="+86 138 0000 0199", city="Shanghai",
        current_title="Java Engineer", current_company="Starline Payments", skills=("Java", "Kafka"),
        years_experience=6.0))
    services.screens.record(ScreenInput(
        candidate_id=candidate.id, position_id=position.id, intention="interested",
        assessment="Calm, precise backend engineer; owns reconciliation end to end.",
        facts=KeyFacts(current_status="employed", current_salary=k13(28), expected_salary=k13(34),
                       bottom_line=k13(31), reasons_for_change="Wants larger systems")))
    return candidate.id, position.id


def open_from_match_tab(qtbot, window, position_id: int):  # noqa: ANN001, ANN201
    from hhdesk.ui.report_preview import ReportPreviewDialog

    page = window.match_page
    window.ui.main_tabs.setCurrentWidget(page)
    page.ui.position_combo.setCurrentIndex(page.ui.position_combo.findData(position_id))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.ui.recommend_button.isEnabled())
    qtbot.mouseClick(page.ui.recommend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ReportPreviewDialog) is not None)
    dialog = page.findChild(ReportPreviewDialog)
    qtbot.waitExposed(dialog)
    wait_for_pages(qtbot, dialog)
    return dialog


def tick(qtbot, check) -> None:  # noqa: ANN001
    """Click on the box itself (a check box stretched across the panel ignores clicks beyond its text)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def wait_for_pages(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog.is_rendering() and bool(dialog.page_images()), timeout=20000)


def test_preview_anonymous_save_and_warn_before_sending_again(qtbot, services, pair, window, tmp_path,
                                                              monkeypatch) -> None:  # noqa: ANN001
    from hhdesk.ui import dialogs, report_preview

    candidate_id, position_id = pair
    dialog = open_from_match_tab(qtbot, window, position_id)
    ui = dialog.ui

    # The pages, as images, with their count; the options as a consultant finds them.
    pages = len(dialog.page_images())
    assert pages >= 1 and not dialog.page_images()[0].isNull()
    assert ui.page_count_label.text() == ("1 page" if pages == 1 else f"{pages} pages")
    assert NAME in dialog.windowTitle() and CLIENT in ui.subject_label.text()
    assert ui.history_label.text() == "Not sent to this client before." and not ui.history_list.isVisible()
    assert not ui.employer_check.isEnabled() and not ui.employer_edit.isEnabled()
    named = pdf_text(dialog.pdf_bytes)
    assert NAME in named and "Senior Java Engineer" in named and "owns reconciliation" in named
    assert ui.print_button.isEnabled() and ui.open_button.isEnabled()

    # Anonymous: a fresh render without the name; the employer options come alive.
    tick(qtbot, ui.anonymous_check)
    assert dialog.is_rendering() and not ui.print_button.isEnabled()  # the pages shown are stale now
    assert ui.employer_check.isEnabled() and not ui.employer_edit.isEnabled()
    wait_for_pages(qtbot, dialog)
    assert dialog.preview_options is not None and dialog.preview_options.anonymous
    anonymous = pdf_text(dialog.pdf_bytes)
    assert "Hoffmann" not in anonymous and "lena.hoffmann@example.com" not in anonymous
    assert f"HH-{candidate_id:04d}" in anonymous
    tick(qtbot, ui.employer_check)
    assert ui.employer_edit.isEnabled()
    wait_for_pages(qtbot, dialog)
    assert not dialog.preview_options.include_employer

    # Open in viewer: a temporary copy of exactly what is shown, named without the name.
    opened: list[Path] = []
    monkeypatch.setattr(report_preview.SystemViewer, "open", classmethod(lambda cls, path: opened.append(path) or True))
    qtbot.mouseClick(ui.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].read_bytes() == dialog.pdf_bytes and "Hoffmann" not in opened[0].name

    # Save: the suggested name is anonymous too; the file is written and the ledger records it.
    target = tmp_path / "out" / "for the client"
    target.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(dialogs.SaveFileDialog, "ask",
                        classmethod(lambda cls, parent, title, suggested, filt: asked.append(suggested) or str(target)))
    questions: list[str] = []
    monkeypatch.setattr(dialogs.MessageBox, "confirm", classmethod(lambda cls, parent, q: questions.append(q) or False))
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert questions == []  # nothing sent to this client before: no question
    assert asked and Path(asked[0]).suffix == ".pdf" and "Hoffmann" not in asked[0]
    written = target.with_name("for the client.pdf")
    assert written.is_file() and written.read_bytes() == dialog.pdf_bytes  # the very pages previewed
    on_disk = pdf_text(written.read_bytes())
    assert "Hoffmann" not in on_disk and "31,000" not in on_disk  # neither the name nor the bottom line
    ledger = services.reports.submissions(candidate_id)
    assert len(ledger) == 1 and ledger[0].anonymous and ledger[0].company_name == CLIENT
    assert Path(ledger[0].file_name) == written and saved.args[0] == ledger
    with services.sessions() as s:
        entry = s.scalars(select(PipelineEntry).where(PipelineEntry.candidate_id == candidate_id)).one()
        assert entry.stage == "recommended"
    assert ui.saved_label.text() == f"Saved to {written}"
    qtbot.waitUntil(lambda: ui.history_list.count() == 1)
    assert CLIENT in ui.history_label.text() and "Senior Java Engineer" in ui.history_list.item(0).text()

    # Again, with Ctrl+S: the question names the client; No sends nothing.
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: questions != [])
    assert CLIENT in questions[0] and "Senior Java Engineer" in questions[0] and "Send again?" in questions[0]
    qtbot.waitUntil(lambda: ui.save_button.isEnabled())
    assert len(services.reports.submissions(candidate_id)) == 1

    # Esc closes.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not window.match_page._tasks.busy)


def test_unticked_section_leaves_the_pdf(qtbot, services, pair, window) -> None:  # noqa: ANN001
    _candidate_id, position_id = pair
    dialog = open_from_match_tab(qtbot, window, position_id)
    full = pdf_text(dialog.pdf_bytes)
    assert MATCH_HEADING in full and "Overall match" in full
    tick(qtbot, dialog.ui.match_check)
    wait_for_pages(qtbot, dialog)
    assert "match" not in dialog.preview_options.sections
    without = pdf_text(dialog.pdf_bytes)
    assert MATCH_HEADING not in without and "Overall match" not in without
    assert len(without) < len(full)
    assert NAME in without  # the rest is still there
    dialog.reject()
    qtbot.waitUntil(lambda: not window.match_page._tasks.busy)


def test_a_stale_render_is_dropped(qtbot, services, pair, window, monkeypatch) -> None:  # noqa: ANN001
    """Anonymous ticked, then unticked while that render is still running: its pages are never shown."""
    _candidate_id, position_id = pair
    dialog = open_from_match_tab(qtbot, window, position_id)
    started, real = threading.Event(), services.reports.render_bytes

    def slow(candidate_id: int, position_id: int, options):  # noqa: ANN001, ANN202
        if options.anonymous:
            started.set()
            time.sleep(0.4)
        return real(candidate_id, position_id, options)

    monkeypatch.setattr(services.reports, "render_bytes", slow)
    shown = []
    dialog.preview_ready.connect(lambda: shown.append(dialog.preview_options))
    tick(qtbot, dialog.ui.anonymous_check)
    qtbot.waitUntil(started.is_set)  # after the pause, the anonymous render runs…
    tick(qtbot, dialog.ui.anonymous_check)  # …and is stale before it returns
    wait_for_pages(qtbot, dialog)
    qtbot.wait(600)  # whatever else was on its way has arrived by now
    assert shown and not any(options.anonymous for options in shown)
    assert not dialog.is_rendering() and NAME in pdf_text(dialog.pdf_bytes)
    dialog.reject()
    qtbot.waitUntil(lambda: not window.match_page._tasks.busy)


def test_print_sends_every_page(qtbot, services, pair, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from hhdesk.ui import report_preview

    if not report_preview.print_support():
        pytest.skip("this PySide6 build has no QtPrintSupport")
    _candidate_id, position_id = pair
    services.settings.set({"report_language": "zh"})  # the agency's report language is the default
    dialog = open_from_match_tab(qtbot, window, position_id)
    assert dialog.ui.language_combo.currentText() == "中文" and dialog.preview_options.lang == "zh"
    out = tmp_path / "printed.pdf"

    def to_file(cls, parent, printer, page_count) -> bool:  # noqa: ANN001
        from PySide6.QtPrintSupport import QPrinter

        assert page_count == len(dialog.page_images())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)  # keeps the test quick
        return True

    monkeypatch.setattr(report_preview.PrintSetup, "ask", classmethod(to_file))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.ui.saved_label.text(), timeout=20000)
    assert len(PdfReader(out).pages) == len(dialog.page_images())
    assert services.reports.submissions() == []  # printing is not a submission
    dialog.reject()
    qtbot.waitUntil(lambda: not window.match_page._tasks.busy)


def test_shortlist_preview_and_save(qtbot, services, pair, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from hhdesk.ui import dialogs
    from hhdesk.ui.report_preview import ReportPreviewDialog
    from hhdesk.ui.tasks import TaskRunner

    if not hasattr(services.reports, "render_shortlist_bytes"):
        pytest.skip("the shortlist renderer is not in this tree yet")
    candidate_id, position_id = pair
    other = services.candidates.save(CandidateInput(full_name="Zhou Siyuan", city="Shanghai", skills=("Java",),
                                                    years_experience=4.0)).id
    dialog = ReportPreviewDialog.open_for(window.match_page, services, window.findChild(TaskRunner),
                                          [candidate_id, other], position_id)
    qtbot.addWidget(dialog)
    wait_for_pages(qtbot, dialog)
    assert dialog.windowTitle() == "Shortlist report" and "2 candidates" in dialog.ui.subject_label.text()
    text = pdf_text(dialog.pdf_bytes)
    assert NAME in text and "Zhou Siyuan" in text
    target = tmp_path / "shortlist.pdf"
    monkeypatch.setattr(dialogs.SaveFileDialog, "ask", classmethod(lambda cls, *a: str(target)))
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and len(saved.args[0]) == 2
    assert {s.candidate_id for s in services.reports.submissions()} == {candidate_id, other}
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChild(TaskRunner).busy)
