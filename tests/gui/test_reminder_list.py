"""Follow-up: reminders due today counted in the status bar; the list opens the candidate and marks done."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from hhdesk.core.db.models import utcnow
from hhdesk.core.records import CandidateInput, ScreenInput
from hhdesk.core.services import Services


def test_reminders_due_today(qtbot, services: Services, window) -> None:  # noqa: ANN001
    button = window.reminder_button
    assert not button.isVisible()  # nothing due
    cid = services.candidates.save(CandidateInput(full_name="韩雪")).id
    now = utcnow()
    services.screens.record(ScreenInput(candidate_id=cid, convenient=False, callback_at=now + timedelta(minutes=30),
                                        started_at=now, ended_at=now))
    services.screens.record(ScreenInput(candidate_id=cid, follow_up_at=now + timedelta(days=20), started_at=now,
                                        ended_at=now))
    window.candidates_page.reload()
    button.refresh()
    qtbot.waitUntil(lambda: button.isVisible() and "1 reminder due" in button.text())

    dialog = window.open_reminders()
    table = dialog.ui.reminders_table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert [table.item(r, 1).text() for r in range(2)] == ["Call back", "Follow up"]
    assert table.item(0, 2).text() == "韩雪" and "2 open" in dialog.ui.summary_label.text()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # open the candidate
    qtbot.waitUntil(lambda: window.candidates_page.ui.name_heading_label.text() == "韩雪")
    assert window.ui.main_tabs.currentWidget() is window.candidates_page
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # the call-back is done
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    qtbot.waitUntil(lambda: not button.isVisible())
    assert [r.kind for r in services.reminders.open_reminders()] == ["follow_up"]
