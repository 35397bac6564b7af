"""The guided phone screen: sections in the order of the real call, key facts captured as spoken.

The form holds no data access: the page gives it the candidate, positions, pitch and match, saves what it
emits, and stores its :meth:`PhoneScreenForm.state` as a draft while the consultant types.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hhdesk.core.money import SalaryParseError, parse_salary
from hhdesk.core.records import (
    QUESTION_TOPICS,
    CandidateRecord,
    CompanyRecord,
    KeyFacts,
    PositionRecord,
    ScreenDraftRecord,
    ScreenInput,
    ValidationError,
)
from hhdesk.ui.formatting import core_text, money_text, salary_edit_text
from hhdesk.ui.forms.ui_phone_screen_form import Ui_PhoneScreenForm
from hhdesk.ui.phone_screen_choices import fact_labels, fill_choices, salary_band_text
from hhdesk.ui.skill_completer import SkillListCompleter

# Form fields kept in a draft, by kind; doubts and the call's times are added by state().
_TEXTS = ("direction_edit", "experience_edit", "doubts_edit", "reasons_edit", "requirements_edit", "assessment_edit",
          "notes_edit")
_LINES = ("main_skills_edit", "current_salary_edit", "expected_salary_edit", "bottom_line_edit", "availability_edit",
          "outcome_reason_edit", *(f"qa_{t}_{w}_edit" for t in QUESTION_TOPICS for w in ("asked", "answered")))
_CHECKS = ("identity_check", "introduced_check", "purpose_check", "convenient_check", "unemployed_since_check",
           "follow_up_check")
_COMBOS = ("position_combo", "salary_mode_combo", "status_combo", "relocate_combo", "intention_combo",
           "outcome_combo", "reason_code_combo")
_DATES = ("unemployed_since_edit", "follow_up_edit")


def _utc(moment: QDateTime) -> datetime:
    return moment.toPython().astimezone(UTC).replace(tzinfo=None)  # type: ignore[union-attr]


def _local(moment: datetime) -> QDateTime:
    return QDateTime(moment.replace(tzinfo=UTC).astimezone())


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class PhoneScreenForm(QWidget):
    """Emits ``save_requested(ScreenInput)``, ``position_changed(id)``, ``facts_changed()`` (debounced),
    ``draft_changed()`` (debounced, once the call has started) and ``discard_requested()``."""

    save_requested = Signal(object)
    position_changed = Signal(int)
    facts_changed = Signal()
    draft_changed = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhoneScreenForm()
        self.ui.setupUi(self)
        ui = self.ui
        self._candidate_id = 0
        self._started_at: datetime | None = None
        self._loading = False
        self._doubt_edits: list[tuple[int, QLineEdit]] = []
        self._company: CompanyRecord | None = None
        self._position: PositionRecord | None = None
        self.last_topic = ""  # the match criterion the last edit concerns ("salary", "skills", "location")
        fill_choices(ui)
        self._labels = fact_labels(ui)
        self.skill_completer = SkillListCompleter(self)
        ui.main_skills_edit.setCompleter(self.skill_completer)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.facts_changed)
        self._draft_timer = QTimer(self, singleShot=True, interval=800)
        self._draft_timer.timeout.connect(self.draft_changed)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._show_time)
        for name in _TEXTS:
            getattr(ui, name).textChanged.connect(self._on_edited)
        for name in _LINES:
            getattr(ui, name).textChanged.connect(self._on_edited)
        for name in _CHECKS:
            getattr(ui, name).toggled.connect(self._on_edited)
        for name in _COMBOS:
            getattr(ui, name).currentIndexChanged.connect(self._on_edited)
        for name in (*_DATES, "callback_edit"):
            getattr(ui, name).editingFinished.connect(self._on_edited)
        ui.notice_days_spin.valueChanged.connect(self._on_edited)
        for edit in (ui.current_salary_edit, ui.expected_salary_edit, ui.bottom_line_edit):
            edit.textEdited.connect(lambda _t: setattr(self, "last_topic", "salary"))
        ui.main_skills_edit.textEdited.connect(lambda _t: setattr(self, "last_topic", "skills"))
        ui.relocate_combo.activated.connect(lambda _i: setattr(self, "last_topic", "location"))
        ui.convenient_check.toggled.connect(self._on_convenient_toggled)
        ui.status_combo.currentIndexChanged.connect(self._sync_status_widgets)
        ui.unemployed_since_check.toggled.connect(self._sync_status_widgets)
        ui.outcome_combo.currentIndexChanged.connect(self._sync_outcome_widgets)
        ui.follow_up_check.toggled.connect(ui.follow_up_edit.setEnabled)
        ui.position_combo.currentIndexChanged.connect(self._on_position_combo_changed)
        ui.salary_mode_combo.currentIndexChanged.connect(lambda _i: self._render_pitch())
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.callback_button.clicked.connect(self._on_callback_button_clicked)
        ui.discard_button.clicked.connect(self.discard_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_save_button_clicked,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sections = (ui.identity_check, ui.position_combo, ui.direction_edit, ui.qa_location_asked_edit,
                    ui.status_combo, ui.intention_combo)
        for number, widget in enumerate(sections, start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda w=widget: self._focus_section(w),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._sync_status_widgets()
        self._sync_outcome_widgets()
        self._show_time()

    # -- filling the form ----------------------------------------------------------------------------
    def set_positions(self, positions: list[PositionRecord]) -> None:
        combo = self.ui.position_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No position (talent-pool call)"), 0)
        for pos in positions:
            combo.addItem(f"{pos.title} — {pos.company_name}", pos.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def set_skill_completions(self, names: list[str]) -> None:
        self.skill_completer.set_skills(names)

    def position_id(self) -> int:
        return int(self.ui.position_combo.currentData() or 0)

    def candidate_id(self) -> int:
        return self._candidate_id

    def started(self) -> bool:
        """True once the consultant has ticked or typed something for this call."""
        return self._started_at is not None

    def started_at(self) -> datetime | None:
        return self._started_at

    def load(self, candidate: CandidateRecord, draft: ScreenDraftRecord | None = None) -> None:
        """Start a fresh screen for ``candidate`` (facts prefilled from what is known), or continue ``draft``."""
        ui = self.ui
        self.flush_draft()  # the previous call's last keystrokes, before the form changes hands
        self._loading = True
        try:
            self._candidate_id = candidate.id
            self._started_at = None
            self.last_topic = ""
            self._clock.stop()
            facts = candidate.facts
            for check in (ui.identity_check, ui.introduced_check, ui.purpose_check, ui.follow_up_check):
                check.setChecked(False)
            ui.convenient_check.setChecked(True)
            for name in _TEXTS:
                getattr(ui, name).clear()
            for name in _LINES:
                getattr(ui, name).clear()
            self._build_doubts(candidate)
            ui.status_combo.setCurrentIndex(max(0, ui.status_combo.findData(facts.current_status)))
            ui.notice_days_spin.setValue(facts.notice_days if facts.notice_days is not None else -1)
            ui.unemployed_since_check.setChecked(facts.unemployed_since is not None)
            ui.unemployed_since_edit.setDate(QDate(facts.unemployed_since) if facts.unemployed_since
                                             else QDate.currentDate())
            ui.reasons_edit.setPlainText(facts.reasons_for_change)
            ui.requirements_edit.setPlainText(facts.next_company_requirements)
            ui.main_skills_edit.setText(", ".join(candidate.skills))
            ui.current_salary_edit.setText(salary_edit_text(facts.current_salary))
            ui.expected_salary_edit.setText(salary_edit_text(facts.expected_salary))
            ui.bottom_line_edit.setText(salary_edit_text(facts.bottom_line))
            ui.relocate_combo.setCurrentIndex(max(0, ui.relocate_combo.findData(facts.willing_to_relocate)))
            ui.availability_edit.setText(facts.interview_availability)
            for combo in (ui.intention_combo, ui.outcome_combo, ui.reason_code_combo):
                combo.setCurrentIndex(0)
            ui.follow_up_edit.setDate(QDate.currentDate().addDays(7))
            self._reset_callback_time()
            ui.error_label.clear()
            ui.match_label.setText(self.tr("Pick a position to see the matching degree as you talk."))
            if draft is not None:
                self._restore(draft)
        finally:
            self._loading = False
        self._sync_status_widgets()
        self._sync_outcome_widgets()
        self._on_convenient_toggled(ui.convenient_check.isChecked())
        self._show_missing()
        self._show_salary_reading()
        self._show_time()

    def _build_doubts(self, candidate: CandidateRecord) -> None:
        """One line per doubt found in the resume, for the candidate's explanation."""
        layout = self.ui.doubts_layout
        while layout.rowCount():
            layout.removeRow(0)
        self._doubt_edits = []
        if not candidate.doubts:
            empty = QLabel(self.tr("None found in the resume."))
            empty.setStyleSheet("color: #555;")
            layout.addRow(empty)
        previous: QWidget = self.ui.experience_edit
        for doubt in candidate.doubts:
            label = QLabel(doubt.description)
            label.setWordWrap(True)
            edit = QLineEdit(doubt.explanation)
            edit.setPlaceholderText(self.tr("The candidate's explanation"))
            edit.setObjectName(f"doubt_{doubt.id}_edit")
            edit.textChanged.connect(self._on_edited)
            layout.addRow(label, edit)
            QWidget.setTabOrder(previous, edit)
            previous = edit
            self._doubt_edits.append((doubt.id, edit))
        QWidget.setTabOrder(previous, self.ui.doubts_edit)

    def show_pitch(self, position: PositionRecord | None, company: CompanyRecord | None) -> None:
        """What to say about the company and the position (read-only)."""
        self._position, self._company = position, company
        self._render_pitch()

    def _render_pitch(self) -> None:
        position, company = self._position, self._company
        if position is None or company is None or position.id != self.position_id():
            self.ui.pitch_browser.setHtml(html.escape(self.tr("A general call: no position to present.")))
            return
        band = salary_band_text(self.ui.salary_mode_combo.currentData(), money_text(position.budget_min),
                                money_text(position.budget_max))
        where = " · ".join(x for x in (position.city, position.department, position.schedule) if x)
        rows = [(self.tr("Company"), " · ".join(x for x in (company.name, company.industry, company.city) if x)),
                (self.tr("Culture"), company.culture), (self.tr("Core values"), company.core_values),
                (self.tr("Leadership style"), company.leadership_style), (self.tr("Atmosphere"), company.atmosphere),
                (self.tr("The position"), " · ".join(x for x in (position.title, where) if x)),
                (self.tr("Key points"), position.description),
                (self.tr("Selling points"), position.selling_points), (self.tr("Benefits"), position.benefits),
                (self.tr("Salary"), band)]
        label = self.tr("%1:")
        body = "".join(f"<p style='margin: 2px 0'><b>{html.escape(label.replace('%1', k))}</b> "
                       f"{html.escape(v).replace(chr(10), '<br>')}</p>" for k, v in rows if v.strip())
        self.ui.pitch_browser.setHtml(body)

    def show_match(self, total: int | None, reason: str) -> None:
        if total is None:
            self.ui.match_label.setText(html.escape(reason))
        else:
            self.ui.match_label.setText(self.tr("Matching degree: %1 / 100 — %2").replace("%1", str(total))
                                        .replace("%2", reason))

    # -- reading the form ----------------------------------------------------------------------------
    def facts(self) -> KeyFacts:
        """Key facts as typed so far; :class:`ValidationError` for a salary that cannot be read."""
        ui = self.ui
        salaries = {}
        for name, edit in (("current_salary", ui.current_salary_edit), ("expected_salary", ui.expected_salary_edit),
                           ("bottom_line", ui.bottom_line_edit)):
            try:
                salaries[name] = parse_salary(edit.text())
            except SalaryParseError as exc:
                raise ValidationError(name, exc.args[0] if exc.args else str(exc)) from exc
        notice = ui.notice_days_spin.value()
        status = ui.status_combo.currentData()
        since = ui.unemployed_since_edit.date().toPython() if (
            status == "unemployed" and ui.unemployed_since_check.isChecked()) else None
        return KeyFacts(
            current_status=status, notice_days=notice if notice >= 0 else None,
            reasons_for_change=ui.reasons_edit.toPlainText().strip(),
            next_company_requirements=ui.requirements_edit.toPlainText().strip(),
            main_skills=ui.main_skills_edit.text().strip(), willing_to_relocate=ui.relocate_combo.currentData(),
            unemployed_since=since,  # type: ignore[arg-type]
            interview_availability=ui.availability_edit.text().strip(), **salaries,
        )

    def data(self, convenient: bool = True) -> ScreenInput:
        ui = self.ui
        now = _now()
        qa = {t: (getattr(ui, f"qa_{t}_asked_edit").text(), getattr(ui, f"qa_{t}_answered_edit").text())
              for t in QUESTION_TOPICS}
        asked = "\n".join(f"{t}: {a} → {b}" for t, (a, b) in qa.items() if a.strip() or b.strip())
        follow_up = None
        if ui.follow_up_check.isChecked():
            follow_up = _utc(QDateTime(ui.follow_up_edit.date(), QTime(9, 0)))
        return ScreenInput(
            candidate_id=self._candidate_id, position_id=self.position_id() or None,
            identity_confirmed=ui.identity_check.isChecked(), introduced=ui.introduced_check.isChecked(),
            purpose_explained=ui.purpose_check.isChecked(), convenient=convenient,
            callback_at=None if convenient else _utc(ui.callback_edit.dateTime()),
            job_search_direction=ui.direction_edit.toPlainText(), relevant_experience=ui.experience_edit.toPlainText(),
            doubts_explained="\n".join(
                [f"{self._doubt_label(e)} — {e.text().strip()}" for _i, e in self._doubt_edits if e.text().strip()]
                + ([ui.doubts_edit.toPlainText().strip()] if ui.doubts_edit.toPlainText().strip() else [])),
            doubt_explanations=tuple((i, e.text()) for i, e in self._doubt_edits),
            candidate_questions=asked, candidate_qa=qa,
            facts=self.facts() if convenient else KeyFacts(), intention=ui.intention_combo.currentData(),
            outcome=ui.outcome_combo.currentData(), outcome_reason_code=ui.reason_code_combo.currentData(),
            outcome_reason=ui.outcome_reason_edit.text(), follow_up_at=follow_up,
            assessment=ui.assessment_edit.toPlainText(), notes=ui.notes_edit.toPlainText(),
            started_at=self._started_at or now, ended_at=now,
        )

    def _doubt_label(self, edit: QLineEdit) -> str:
        label = self.ui.doubts_layout.labelForField(edit)
        return label.text() if isinstance(label, QLabel) else ""

    def missing_facts(self) -> list[str]:
        """The labels of key facts still empty (salaries that do not parse count as missing)."""
        try:
            facts = self.facts()
        except ValidationError:
            facts = KeyFacts(current_status=self.ui.status_combo.currentData())
        return [self._labels[f][1] for f in facts.missing()]

    # -- drafts --------------------------------------------------------------------------------------
    def state(self) -> dict[str, object]:
        """Every field as typed (JSON): what a draft keeps, even a half-typed salary."""
        ui = self.ui
        state: dict[str, object] = {}
        for name in _TEXTS:
            state[name] = getattr(ui, name).toPlainText()
        for name in _LINES:
            state[name] = getattr(ui, name).text()
        for name in _CHECKS:
            state[name] = getattr(ui, name).isChecked()
        for name in _COMBOS:
            state[name] = getattr(ui, name).currentData()
        for name in _DATES:
            state[name] = getattr(ui, name).date().toString(Qt.DateFormat.ISODate)
        state["notice_days_spin"] = ui.notice_days_spin.value()
        state["callback_edit"] = _utc(ui.callback_edit.dateTime()).isoformat()
        state["doubts"] = {str(i): e.text() for i, e in self._doubt_edits}
        return state

    def _restore(self, draft: ScreenDraftRecord) -> None:
        ui, state = self.ui, draft.state
        for name in _TEXTS:
            if isinstance(state.get(name), str):
                getattr(ui, name).setPlainText(state[name])
        for name in _LINES:
            if isinstance(state.get(name), str):
                getattr(ui, name).setText(state[name])
        for name in _CHECKS:
            if isinstance(state.get(name), bool):
                getattr(ui, name).setChecked(state[name])
        for name in _COMBOS:
            if name in state:
                combo: QComboBox = getattr(ui, name)
                combo.setCurrentIndex(max(0, combo.findData(state[name])))
        for name in _DATES:
            day = QDate.fromString(str(state.get(name, "")), Qt.DateFormat.ISODate)
            if day.isValid():
                getattr(ui, name).setDate(day)
        if isinstance(state.get("notice_days_spin"), int):
            ui.notice_days_spin.setValue(state["notice_days_spin"])
        try:
            ui.callback_edit.setDateTime(_local(datetime.fromisoformat(str(state.get("callback_edit")))))
        except ValueError:
            pass
        doubts = state.get("doubts") if isinstance(state.get("doubts"), dict) else {}
        for doubt_id, edit in self._doubt_edits:
            text = doubts.get(str(doubt_id))  # type: ignore[union-attr]
            if isinstance(text, str):
                edit.setText(text)
        if draft.position_id and ui.position_combo.findData(draft.position_id) >= 0:
            ui.position_combo.setCurrentIndex(ui.position_combo.findData(draft.position_id))
        self._started_at = draft.started_at
        self._clock.start()

    # -- behaviour -----------------------------------------------------------------------------------
    def _on_edited(self, *_args: object) -> None:
        if self._loading or not self._candidate_id:
            return
        if self._started_at is None:
            self._started_at = _now()
            self._clock.start()
            self._show_time()
        self._debounce.start()
        self._draft_timer.start()
        self._show_missing()
        self._show_salary_reading()

    def _show_salary_reading(self) -> None:
        """How the typed salaries were read ("36k×13" → ¥36,000 × 13), or what is wrong with one."""
        ui, parts = self.ui, []
        for name, edit in ((self.tr("current"), ui.current_salary_edit), (self.tr("expected"), ui.expected_salary_edit),
                           (self.tr("bottom line"), ui.bottom_line_edit)):
            try:
                salary = parse_salary(edit.text())
            except SalaryParseError as exc:
                ui.salary_hint_label.setStyleSheet("color: #b00020;")
                ui.salary_hint_label.setText(self.tr("%1: %2").replace("%1", name).replace("%2", core_text(exc)))
                return
            if salary is not None:
                yearly = money_text(replace(salary, amount_minor=salary.annual_minor, period="year"))
                parts.append(f"{name} {money_text(salary)}" + ("" if salary.period == "year" else f" ({yearly})"))
        ui.salary_hint_label.setStyleSheet("color: #555;")
        ui.salary_hint_label.setText(self.tr("Read as: %1").replace("%1", " · ".join(parts)) if parts else "")

    def _show_time(self) -> None:
        if self._started_at is None:
            self.ui.timer_label.setText(self.tr("Call: not started"))
            return
        seconds = max(0, int((_now() - self._started_at).total_seconds()))
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        clock = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
        self.ui.timer_label.setText(self.tr("● Call %1").replace("%1", clock))

    def _show_missing(self) -> None:
        missing = self.missing_facts() if self.ui.convenient_check.isChecked() else []
        names = set(missing)
        for label, text in self._labels.values():
            label.setStyleSheet("color: #a15c00;" if text in names else "")
        separator = self.tr(", ", "list separator")
        self.ui.missing_label.setText(self.tr("Still to ask: %1").replace("%1", separator.join(missing))
                                      if missing else "")

    def _on_convenient_toggled(self, convenient: bool) -> None:
        ui = self.ui
        ui.callback_frame.setVisible(not convenient)
        for group in (ui.pitch_group, ui.questions_group, ui.candidate_questions_group, ui.facts_group,
                      ui.intention_group):
            group.setEnabled(convenient)
        ui.save_button.setEnabled(convenient)
        if not convenient and not self._loading:
            self._reset_callback_time()
        self._show_missing()

    def _reset_callback_time(self) -> None:
        """Two hours from now, on the half hour: a sensible default the consultant adjusts."""
        soon = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=2)
        soon += timedelta(minutes=(30 - soon.minute % 30) % 30)
        self.ui.callback_edit.setDateTime(QDateTime(soon))
        self.ui.callback_edit.setMinimumDate(QDate.currentDate())

    def _sync_status_widgets(self, *_args: object) -> None:
        ui = self.ui
        unemployed = ui.status_combo.currentData() == "unemployed"
        ui.unemployed_since_check.setVisible(unemployed)
        ui.unemployed_since_edit.setVisible(unemployed)
        ui.unemployed_since_edit.setEnabled(ui.unemployed_since_check.isChecked())
        ui.unemployed_since_edit.setMaximumDate(QDate.currentDate())
        ui.notice_days_spin.setVisible(not unemployed)

    def _sync_outcome_widgets(self, *_args: object) -> None:
        ui = self.ui
        not_suitable = ui.outcome_combo.currentData() == "not_suitable"
        for widget in (ui.outcome_reason_label, ui.reason_code_combo, ui.outcome_reason_edit):
            widget.setVisible(not_suitable)
        ui.follow_up_edit.setEnabled(ui.follow_up_check.isChecked())

    def show_error(self, error: ValidationError) -> None:
        self.ui.error_label.setText(core_text(error.message))
        ui = self.ui
        widget = {"current_salary": ui.current_salary_edit, "expected_salary": ui.expected_salary_edit,
                  "bottom_line": ui.bottom_line_edit, "outcome_reason": ui.outcome_reason_edit,
                  "outcome_reason_code": ui.reason_code_combo, "notice_days": ui.notice_days_spin,
                  "unemployed_since": ui.unemployed_since_edit, "callback_at": ui.callback_edit,
                  "follow_up_at": ui.follow_up_edit}.get(error.field)
        if widget:
            self._focus_section(widget)

    def _focus_section(self, widget: QWidget) -> None:
        self.ui.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_position_combo_changed(self, _index: int) -> None:
        self.position_changed.emit(self.position_id())
        self._render_pitch()
        self._debounce.start()

    def _on_save_button_clicked(self) -> None:
        if not self._candidate_id or not self.ui.convenient_check.isChecked():
            return
        self._emit_save(convenient=True)

    def _on_callback_button_clicked(self) -> None:
        if self._candidate_id:
            self._emit_save(convenient=False)

    def _emit_save(self, convenient: bool) -> None:
        self.ui.error_label.clear()
        try:
            data = self.data(convenient)
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.save_requested.emit(data)

    def flush_draft(self) -> None:
        """Emit ``draft_changed`` now if typing is waiting to be saved."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.draft_changed.emit()

    def stop_call(self) -> None:
        """After the screen was stored: the timer stops until the next call starts."""
        self._clock.stop()
        self._started_at = None
        self._draft_timer.stop()
        self._show_time()
