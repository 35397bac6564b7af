"""A main window over a temporary database, attached the way app.py attaches it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hhdesk.core.services import Services, build_services


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A modal dialog would block a headless test forever: answer them, and fail on unexpected errors.

    Tests that care about a dialog replace these answers with their own.
    """
    from hhdesk.ui import dialogs

    errors: list[str] = []
    monkeypatch.setattr(dialogs.UnsavedChangesDialog, "ask", classmethod(lambda cls, parent, what: cls.DISCARD))
    monkeypatch.setattr(dialogs.MessageBox, "confirm", classmethod(lambda cls, parent, question: True))
    monkeypatch.setattr(dialogs.MessageBox, "error",
                        classmethod(lambda cls, parent, message, details="": errors.append(message)))
    monkeypatch.setattr(dialogs.FirstRunDialog, "ask", classmethod(lambda cls, parent: False))
    monkeypatch.setattr(dialogs.SuggestedSkillsDialog, "ask", classmethod(lambda cls, parent, names: names))
    from hhdesk.ui.import_summary_dialog import ImportSummaryDialog

    monkeypatch.setattr(ImportSummaryDialog, "show_for",
                        classmethod(lambda cls, parent, outcomes: cls(outcomes, parent)))
    yield errors
    assert not errors, f"unexpected error dialogs: {errors}"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    data = tmp_path / "data"
    data.mkdir()
    built = build_services(data)
    yield built
    built.close()


@pytest.fixture
def window(qtbot, services: Services):  # noqa: ANN001, ANN201
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.main_window import MainWindow
    from hhdesk.ui.tasks import TaskRunner

    win = MainWindow()
    qtbot.addWidget(win)
    tasks = TaskRunner(win)
    win.attach(services, tasks, DataBus(win))
    win.resize(1320, 820)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not tasks.busy)
    yield win
    tasks.wait_for_done()
