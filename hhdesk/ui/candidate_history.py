"""A candidate's history, read-only: each key fact with when it was last confirmed, and a timeline of calls,
stage changes, reminders and other activity, newest first, each call opening onto what was said on it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QTreeView,
    QTreeWidgetItem,
    QWidget,
)

from hhdesk.core.records import CandidateRecord, KeyFacts, ScreenRecord, TimelineEntry
from hhdesk.ui.formatting import count_text, local_text, local_time, money_text
from hhdesk.ui.forms.ui_candidate_history import Ui_CandidateHistory
from hhdesk.ui.match_models import stage_text
from hhdesk.ui.phone_screen_choices import INTENTIONS, OUTCOMES, REASON_TEXTS, choice_text

_EMPTY = QColor("#888")
_LABEL = QColor("#555")
_OVERDUE = QColor("#a15c00")
# The "Last confirmed" of the status row: the status, its notice period or its date, whichever was stated last.
_STATUS_KEYS = ("current_status", "notice_days", "unemployed_since")


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights that follow wrapped text: QTreeView asks for a size hint without the column's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        if index.column() == 0:  # the date: never wrapped, and its column is sized to it
            opt.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        else:
            opt.rect.setRect(0, 0, self._view.columnWidth(index.column()), 10_000)  # a valid rect turns wrapping on
        size = super().sizeHint(opt, index)
        return QSize(size.width(), size.height() + 6)  # a little air between the lines


class CandidateHistory(QWidget):
    """Shows what the page loaded (``show_history``); no database access here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidateHistory()
        self.ui.setupUi(self)
        table = self.ui.facts_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(24)
        tree = self.ui.timeline_tree
        tree.setItemDelegate(_WrappingDelegate(tree))
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        # Wrapped rows change height with their column's width; lay the rows out again once per burst of resizes.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(tree.doItemsLayout)
        tree.header().sectionResized.connect(self._relayout.start)
        tree.viewport().installEventFilter(self)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.timeline_tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timeline_columns()
        return super().eventFilter(watched, event)

    # -- public ------------------------------------------------------------------------------------------------

    def clear(self) -> None:
        """Nothing to show (no candidate selected)."""
        self.ui.facts_table.setRowCount(0)
        self._fit_facts_table()
        self.ui.timeline_tree.clear()
        self.ui.timeline_tree.setVisible(False)
        self.ui.empty_label.setVisible(False)

    def show_history(self, record: CandidateRecord, timeline: list[TimelineEntry],
                     screens: list[ScreenRecord]) -> None:
        self._show_facts(record)
        self._show_timeline(timeline, {s.id: s for s in screens})

    # -- key facts ---------------------------------------------------------------------------------------------

    def _show_facts(self, record: CandidateRecord) -> None:
        table = self.ui.facts_table
        rows = self._fact_rows(record.facts, ", ".join(record.skills) or record.facts.main_skills)
        table.setRowCount(len(rows))
        today = datetime.now().astimezone().date()
        for row, (name, label, value) in enumerate(rows):
            if name == "willing_to_relocate" and not value:
                value = self.tr("Unknown")
                empty = True
            else:
                empty = not value
            keys = _STATUS_KEYS if name == "current_status" else (name,)
            stamps = [record.facts_confirmed[k] for k in keys if record.facts_confirmed.get(k) is not None]
            confirmed = self._confirmed_text(max(stamps), today) if stamps else ""
            cells = ((label, False), (_one_line(value) or self.tr("—"), empty),
                     (confirmed or self.tr("never (from the resume / profile)"), not confirmed))
            for column, (text, grey) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 1 and value and not empty:
                    item.setToolTip(value)
                if grey:
                    item.setForeground(QBrush(_EMPTY))
                table.setItem(row, column, item)
        table.setCurrentIndex(QModelIndex())  # no focus frame on the first cell of a read-only table
        self._fit_facts_table()

    def _fit_facts_table(self) -> None:
        """As tall as its rows: nine short lines read better without a scroll bar of their own."""
        table = self.ui.facts_table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def _fact_rows(self, facts: KeyFacts, skills: str) -> list[tuple[str, str, str]]:
        """``(field, label, value text)`` in the order of ``KEY_FACT_FIELDS``; the text is "" when unknown."""
        relocate = "" if facts.willing_to_relocate is None else (
            self.tr("Yes") if facts.willing_to_relocate else self.tr("No"))
        return [
            ("current_status", self.tr("Current status"), self._status_text(facts)),
            ("reasons_for_change", self.tr("Reasons for changing"), facts.reasons_for_change.strip()),
            ("next_company_requirements", self.tr("Requirements for the next company"),
             facts.next_company_requirements.strip()),
            ("main_skills", self.tr("Main skills"), skills.strip()),
            ("current_salary", self.tr("Current salary"), money_text(facts.current_salary)),
            ("expected_salary", self.tr("Expected salary"), money_text(facts.expected_salary)),
            ("bottom_line", self.tr("Bottom line (private)"), money_text(facts.bottom_line)),
            ("willing_to_relocate", self.tr("Willing to relocate"), relocate),
            ("interview_availability", self.tr("Interview availability"), facts.interview_availability.strip()),
        ]

    def _status_text(self, facts: KeyFacts) -> str:
        status, days, since = facts.current_status, facts.notice_days, facts.unemployed_since
        if status == "notice":
            return (self.tr("Serving notice (%1 days)").replace("%1", str(days)) if days is not None
                    else self.tr("Serving notice"))
        if status == "unemployed":
            return (self.tr("Not employed since %1").replace("%1", since.isoformat()) if isinstance(since, date)
                    else self.tr("Not employed"))
        if status == "employed":
            return (self.tr("Employed (%1 days notice)").replace("%1", str(days)) if days is not None
                    else self.tr("Employed"))
        if status == "available":
            return self.tr("Available now")
        return status

    def _confirmed_text(self, at: datetime, today: date) -> str:
        local = local_time(at)
        return f"{local:%Y-%m-%d %H:%M} ({self._relative_day(local.date(), today)})"

    def _relative_day(self, day: date, today: date) -> str:
        days = (today - day).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        if days == -1:
            return self.tr("tomorrow")
        if days < 0:
            return count_text(-days, self.tr("in 1 day"), self.tr("in %1 days"))
        if days < 60:
            return count_text(days, self.tr("1 day ago"), self.tr("%1 days ago"))
        if days < 730:
            return count_text(days // 30, self.tr("1 month ago"), self.tr("%1 months ago"))
        return count_text(days // 365, self.tr("1 year ago"), self.tr("%1 years ago"))

    # -- timeline ----------------------------------------------------------------------------------------------

    def _show_timeline(self, timeline: list[TimelineEntry], screens: dict[int, ScreenRecord]) -> None:
        tree = self.ui.timeline_tree
        tree.clear()
        tree.setVisible(bool(timeline))
        self.ui.empty_label.setVisible(not timeline)
        now = datetime.now(UTC).replace(tzinfo=None)
        newest_call: QTreeWidgetItem | None = None
        for entry in sorted(timeline, key=lambda e: e.at or datetime.min, reverse=True):
            screen = screens.get(entry.screen_id) if entry.screen_id is not None else None
            what, details = self._entry_texts(entry, screen)
            when = local_text(entry.at) if entry.at else self.tr("—")
            item = QTreeWidgetItem(tree, [when, what, details])
            item.setToolTip(1, what)
            item.setToolTip(2, details)
            if entry.kind == "reminder" and not entry.done and entry.at and entry.at < now:
                for column in range(3):
                    item.setForeground(column, QBrush(_OVERDUE))
            if entry.kind == "call" and screen is not None:
                for label, value in self._screen_rows(screen):
                    child = QTreeWidgetItem(item, ["", label, value])
                    child.setForeground(1, QBrush(_LABEL))
                    child.setToolTip(2, value)
                if newest_call is None and item.childCount():
                    newest_call = item
        if newest_call is not None:
            newest_call.setExpanded(True)
        self._fit_timeline_columns()

    def _fit_timeline_columns(self) -> None:
        """"What" as wide as its longest sentence but at most a little over half; "Details" takes the rest."""
        tree = self.ui.timeline_tree
        metrics = tree.fontMetrics()
        natural = 0
        for top in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(top)
            for row in (item, *(item.child(c) for c in range(item.childCount()))):
                natural = max(natural, metrics.horizontalAdvance(row.text(1)))
        available = tree.viewport().width() - tree.columnWidth(0)
        tree.setColumnWidth(1, max(120, min(natural + 24, int(available * 0.55))))

    def _entry_texts(self, entry: TimelineEntry, screen: ScreenRecord | None) -> tuple[str, str]:
        """The row's sentence ("What") and what else is worth a glance ("Details")."""
        title = entry.title.strip()
        if entry.kind == "call":
            return self._call_texts(entry, screen)
        if entry.kind == "stage":
            before, _, after = entry.detail.partition("→")
            before = "" if before in ("", "None") else self._stage_label(before)
            if before:
                text = self.tr("Stage: %1 → %2").replace("%1", before).replace("%2", self._stage_label(after))
            else:
                text = self.tr("Stage: %1").replace("%1", self._stage_label(after))
            return (f"{text} ({title})" if title else text), ""
        if entry.kind == "reminder":
            kinds = {"callback": self.tr("call back"), "follow_up": self.tr("follow up"),
                     "interview": self.tr("interview")}
            state = self.tr("done") if entry.done else self.tr("open")
            text = (self.tr("Reminder: %1 (%2)").replace("%1", kinds.get(entry.detail, entry.detail))
                    .replace("%2", state))
            return text, title
        if entry.kind == "report":  # the stored summary is English; say it in the window's language
            text = self.tr("Recommendation report")
            if "anonymous" in title.lower():
                text += " " + self.tr("(anonymous)")
            return text, _one_line(entry.detail)
        # Other activity: its summary is already a sentence ("Recommendation report"); the kind is the fallback.
        kinds = {"import": self.tr("Resume imported"), "report": self.tr("Report"), "note": self.tr("Note"),
                 "email": self.tr("E-mail")}
        return title or kinds.get(entry.kind, entry.kind.replace("_", " ").capitalize()), _one_line(entry.detail)

    def _call_texts(self, entry: TimelineEntry, screen: ScreenRecord | None) -> tuple[str, str]:
        title = entry.title.strip()
        if entry.detail == "not_convenient":
            details = [title]
            if screen is not None and screen.callback_at is not None:
                details.append(self.tr("call back at %1").replace("%1", local_text(screen.callback_at)))
            return self.tr("Call not convenient — call back later"), " · ".join(d for d in details if d)
        head = self.tr("Phone screen — %1").replace("%1", title) if title else self.tr("Phone screen")
        outcome = entry.detail or (screen.outcome if screen is not None else "")
        parts = [head, self._duration_text(screen.duration_seconds if screen is not None else None),
                 self._outcome_label(outcome)]
        details = []
        if screen is not None:
            details = [self._intention_label(screen.intention),
                       _one_line(screen.outcome_reason)]
        return " · ".join(p for p in parts if p), " · ".join(d for d in details if d)

    def _screen_rows(self, screen: ScreenRecord) -> list[tuple[str, str]]:
        """The call's facts as they were then, and what came of it: ``(label, value)``, non-empty only."""
        rows = [(label, _one_line(value)) for _, label, value in self._fact_rows(screen.facts, screen.facts.main_skills)
                if value]
        if screen.intention:
            rows.append((self.tr("Intention"), self._intention_label(screen.intention)))
        if screen.outcome:
            outcome = self._outcome_label(screen.outcome)
            reasons = [self._reason_label(screen.outcome_reason_code),
                       _one_line(screen.outcome_reason)]
            reason = " — ".join(r for r in reasons if r)
            rows.append((self.tr("Outcome"), f"{outcome} ({reason})" if reason else outcome))
        duration = self._duration_text(screen.duration_seconds)
        if duration:
            rows.append((self.tr("Duration"), duration))
        topics = {"location": self.tr("Asked about the location"), "schedule": self.tr("Asked about the schedule"),
                  "salary": self.tr("Asked about the salary"), "benefits": self.tr("Asked about the benefits"),
                  "other": self.tr("Asked about something else")}
        for topic, (asked, answered) in screen.candidate_qa.items():
            asked, answered = _one_line(asked), _one_line(answered)
            if not (asked or answered):
                continue
            if asked and answered:
                text = self.tr("“%1” — answered: %2").replace("%1", asked).replace("%2", answered)
            elif asked:
                text = self.tr("“%1” — not answered yet").replace("%1", asked)
            else:
                text = self.tr("Answered: %1").replace("%1", answered)
            rows.append((topics.get(topic, topic), text))
        if not screen.candidate_qa and screen.candidate_questions.strip():
            rows.append((self.tr("The candidate's questions"), _one_line(screen.candidate_questions)))
        return rows

    def _duration_text(self, seconds: int | None) -> str:
        if seconds is None:
            return ""
        if seconds < 60:
            return self.tr("%1 s").replace("%1", str(seconds))
        minutes = round(seconds / 60)
        if minutes < 60:
            return self.tr("%1 min").replace("%1", str(minutes))
        return self.tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60))

    @staticmethod
    def _stage_label(stage: str) -> str:
        return stage_text(stage)

    @staticmethod
    def _outcome_label(code: str) -> str:
        return choice_text(OUTCOMES, code) or code

    @staticmethod
    def _intention_label(code: str) -> str:
        return choice_text(INTENTIONS, code) or code

    @staticmethod
    def _reason_label(code: str) -> str:
        return choice_text(tuple(REASON_TEXTS.items()), code) or code
