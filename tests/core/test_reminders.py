"""Reminders from phone screens are listed soonest first until done."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_services import make_candidate, make_company, make_position

from hhdesk.core.db.models import utcnow
from hhdesk.core.records import NotFoundError, ScreenInput
from hhdesk.core.services import Services


def test_open_reminders_and_done(services: Services) -> None:
    now = utcnow()
    pid = make_position(services, make_company(services))
    cid = make_candidate(services)
    services.screens.record(ScreenInput(candidate_id=cid, position_id=pid, convenient=False,
                                        callback_at=now + timedelta(hours=2), started_at=now, ended_at=now))
    services.screens.record(ScreenInput(candidate_id=cid, follow_up_at=now + timedelta(days=3), started_at=now,
                                        ended_at=now))
    rows = services.reminders.open_reminders()
    assert [(r.kind, r.candidate_name, r.position_title) for r in rows] == [
        ("callback", "Maria Gonzalez", "Senior Backend Engineer"), ("follow_up", "Maria Gonzalez", "")]
    assert [r.kind for r in services.reminders.open_reminders(due_before=now + timedelta(days=1))] == ["callback"]
    services.reminders.mark_done(rows[0].id)
    services.reminders.mark_done(rows[0].id)  # twice: still done, no error
    assert [r.kind for r in services.reminders.open_reminders()] == ["follow_up"]
    with pytest.raises(NotFoundError):
        services.reminders.mark_done(9999)
