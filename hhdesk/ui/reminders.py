"""Follow-up: the status-bar button that counts reminders due today, and the list behind it (call-backs
and follow-ups set on phone screens), with "open the candidate" and "mark done"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QToolButton, QWidget

from hhdesk.ui.formatting import local_text
from hhdesk.ui.forms.ui_reminders_dialog import Ui_RemindersDialog

if TYPE_CHECKING:
    from hhdesk.core.services import Services
    from hhdesk.core.services.reminders import ReminderRow
    from hhdesk.ui.tasks import TaskRunner

REFRESH_MS = 5 * 60 * 1000


def _end_of_today_utc() -> datetime:
    local = datetime.now().astimezone()
    end = local.replace(hour=23, minute=59, second=59, microsecond=0)
    return end.astimezone(UTC).replace(tzinfo=None)


class ReminderButton(QToolButton):
    """"2 reminders due" in the status bar; hidden when nothing is due today. Emits ``open_requested``."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setVisible(False)
        self.clicked.connect(self.open_requested)
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def attach(self, services: Services, tasks: TaskRunner) -> None:
        self._services, self._tasks = services, tasks
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._services and self._tasks:
            reminders = self._services.reminders
            self._tasks.submit(lambda: reminders.open_reminders(due_before=_end_of_today_utc()), self._show)

    def _show(self, due: list[ReminderRow]) -> None:
        self.setVisible(bool(due))
        text = self.tr("1 reminder due") if len(due) == 1 else self.tr("%1 reminders due").replace("%1", str(len(due)))
        self.setText("⏰ " + text)
        self.setToolTip("\n".join(f"{local_text(r.due_at)}  {r.candidate_name}  {r.note}" for r in due[:10]))


class RemindersDialog(QDialog):
    """Every open reminder, soonest first; overdue ones in red. Emits ``candidate_requested(id)``."""

    candidate_requested = Signal(int)
    changed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RemindersDialog()
        self.ui.setupUi(self)
        self._services, self._tasks = services, tasks
        self._rows: list[ReminderRow] = []
        table = self.ui.reminders_table
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self._open_selected())
        self.ui.open_button.clicked.connect(self._open_selected)
        self.ui.done_button.clicked.connect(self._done_selected)
        self.ui.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+D"), self, self._done_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), table, self._open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    def reload(self) -> None:
        self._tasks.submit(self._services.reminders.open_reminders, self._show)

    def _show(self, rows: list[ReminderRow]) -> None:
        self._rows = rows
        table = self.ui.reminders_table
        table.setRowCount(len(rows))
        now = datetime.now(UTC).replace(tzinfo=None)
        kinds = {"callback": self.tr("Call back"), "follow_up": self.tr("Follow up"), "interview": self.tr("Interview")}
        for i, r in enumerate(rows):
            position = " — ".join(x for x in (r.position_title, r.company_name) if x)
            for column, text in enumerate((local_text(r.due_at), kinds.get(r.kind, r.kind), r.candidate_name,
                                           position, r.note)):
                item = QTableWidgetItem(text)
                if r.due_at < now:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(i, column, item)
        overdue = sum(r.due_at < now for r in rows)
        soon = sum(now <= r.due_at < now + timedelta(days=1) for r in rows)
        self.ui.summary_label.setText(
            self.tr("Nothing to follow up. Call-backs and follow-ups set on phone screens appear here.") if not rows
            else self.tr("%1 open: %2 overdue, %3 in the next 24 hours.").replace("%1", str(len(rows)))
            .replace("%2", str(overdue)).replace("%3", str(soon)))
        if rows:
            table.selectRow(0)
        for button in (self.ui.open_button, self.ui.done_button):
            button.setEnabled(bool(rows))

    def _selected(self) -> ReminderRow | None:
        rows = self.ui.reminders_table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _open_selected(self) -> None:
        row = self._selected()
        if row is not None and row.candidate_id:
            self.candidate_requested.emit(row.candidate_id)

    def _done_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        reminders = self._services.reminders
        self._tasks.submit(lambda: reminders.mark_done(row.id), lambda _r: (self.reload(), self.changed.emit()))
