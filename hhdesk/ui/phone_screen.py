"""The guided phone screen: sections in the order of the real call, key facts captured as spoken."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from hhdesk.core.money import SalaryParseError, parse_salary
from hhdesk.core.records import (
    CandidateRecord,
    CompanyRecord,
    KeyFacts,
    PositionRecord,
    ScreenInput,
    ValidationError,
)
from hhdesk.ui.formatting import money_text, salary_edit_text
from hhdesk.ui.forms.ui_phone_screen_form import Ui_PhoneScreenForm


class PhoneScreenForm(QWidget):
    """Emits ``save_requested(ScreenInput)``, ``position_changed(id)`` and ``facts_changed()`` (debounced)."""

    save_requested = Signal(object)
    position_changed = Signal(int)
    facts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhoneScreenForm()
        self.ui.setupUi(self)
        self._candidate_id = 0
        self._started_at: datetime | None = None
        ui = self.ui
        for value, text in (("", self.tr("—")), ("employed", self.tr("Employed")),
                            ("notice", self.tr("Serving notice")), ("available", self.tr("Available now")),
                            ("unemployed", self.tr("Not employed"))):
            ui.status_combo.addItem(text, value)
        for value, text in ((None, self.tr("Unknown")), (True, self.tr("Yes")), (False, self.tr("No"))):
            ui.relocate_combo.addItem(text, value)
        for value, text in (("", self.tr("—")), ("interested", self.tr("Interested")),
                            ("considering", self.tr("Considering")), ("not_interested", self.tr("Not interested"))):
            ui.intention_combo.addItem(text, value)
        for value, text in (("", self.tr("—")), ("recommend", self.tr("Recommend to the client")),
                            ("talent_pool", self.tr("Keep in talent pool")),
                            ("not_suitable", self.tr("Not suitable"))):
            ui.outcome_combo.addItem(text, value)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.facts_changed)
        for edit in (ui.expected_salary_edit, ui.bottom_line_edit, ui.current_salary_edit, ui.main_skills_edit):
            edit.textChanged.connect(self._on_fact_edited)
        ui.relocate_combo.currentIndexChanged.connect(self._on_fact_edited)
        ui.position_combo.currentIndexChanged.connect(self._on_position_combo_changed)
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_save_button_clicked,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sections = (ui.identity_check, ui.position_combo, ui.direction_edit, ui.candidate_questions_edit,
                    ui.status_combo, ui.intention_combo)
        for number, widget in enumerate(sections, start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda w=widget: self._focus_section(w),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

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

    def position_id(self) -> int:
        return int(self.ui.position_combo.currentData() or 0)

    def load(self, candidate: CandidateRecord) -> None:
        """Start a fresh screen for ``candidate``, facts prefilled from what is known."""
        ui = self.ui
        self._candidate_id = candidate.id
        self._started_at = datetime.now(UTC).replace(tzinfo=None)
        facts = candidate.facts
        for check in (ui.identity_check, ui.introduced_check, ui.purpose_check):
            check.setChecked(False)
        ui.convenient_check.setChecked(True)
        for edit in (ui.direction_edit, ui.experience_edit, ui.doubts_edit, ui.candidate_questions_edit,
                     ui.assessment_edit, ui.notes_edit):
            edit.clear()
        # The doubts found in the resume, each waiting for the candidate's explanation after the dash.
        ui.doubts_edit.setPlainText("\n".join(f"• {d.description} — " for d in candidate.doubts))
        ui.outcome_reason_edit.clear()
        ui.status_combo.setCurrentIndex(max(0, ui.status_combo.findData(facts.current_status)))
        ui.notice_days_spin.setValue(facts.notice_days if facts.notice_days is not None else -1)
        ui.reasons_edit.setPlainText(facts.reasons_for_change)
        ui.requirements_edit.setPlainText(facts.next_company_requirements)
        ui.main_skills_edit.setText(", ".join(candidate.skills))
        ui.current_salary_edit.setText(salary_edit_text(facts.current_salary))
        ui.expected_salary_edit.setText(salary_edit_text(facts.expected_salary))
        ui.bottom_line_edit.setText(salary_edit_text(facts.bottom_line))
        ui.relocate_combo.setCurrentIndex(max(0, ui.relocate_combo.findData(facts.willing_to_relocate)))
        ui.intention_combo.setCurrentIndex(0)
        ui.outcome_combo.setCurrentIndex(0)
        ui.error_label.clear()
        ui.match_label.setText(self.tr("Pick a position to see the matching degree as you talk."))

    def show_pitch(self, position: PositionRecord | None, company: CompanyRecord | None) -> None:
        """What to say about the company and the position (read-only)."""
        if position is None or company is None:
            self.ui.pitch_browser.setHtml(html.escape(self.tr("A general call: no position to present.")))
            return
        rows = [(self.tr("Company"), f"{company.name} · {company.industry} · {company.city}"),
                (self.tr("Culture"), company.culture), (self.tr("Core values"), company.core_values),
                (self.tr("Leadership style"), company.leadership_style), (self.tr("Atmosphere"), company.atmosphere),
                (self.tr("Selling points"), position.selling_points),
                (self.tr("Budget"), " – ".join(filter(None, (money_text(position.budget_min),
                                                              money_text(position.budget_max)))))]
        body = "".join(f"<p><b>{html.escape(k)}:</b> {html.escape(v)}</p>" for k, v in rows if v.strip(" ·–"))
        self.ui.pitch_browser.setHtml(body)

    def show_match(self, total: int | None, reason: str) -> None:
        if total is None:
            self.ui.match_label.setText(html.escape(reason))
        else:
            self.ui.match_label.setText(self.tr("Matching degree: %1 / 100 — %2").replace("%1", str(total))
                                        .replace("%2", reason))

    def facts(self) -> KeyFacts:
        """Key facts as typed so far; :class:`ValidationError` for a salary that cannot be read."""
        ui = self.ui
        salaries = {}
        for name, edit in (("current_salary", ui.current_salary_edit), ("expected_salary", ui.expected_salary_edit),
                           ("bottom_line", ui.bottom_line_edit)):
            try:
                salaries[name] = parse_salary(edit.text())
            except SalaryParseError as exc:
                raise ValidationError(name, str(exc)) from exc
        notice = ui.notice_days_spin.value()
        return KeyFacts(
            current_status=ui.status_combo.currentData(), notice_days=notice if notice >= 0 else None,
            reasons_for_change=ui.reasons_edit.toPlainText().strip(),
            next_company_requirements=ui.requirements_edit.toPlainText().strip(),
            main_skills=ui.main_skills_edit.text().strip(), willing_to_relocate=ui.relocate_combo.currentData(),
            **salaries,
        )

    def data(self) -> ScreenInput:
        ui = self.ui
        return ScreenInput(
            candidate_id=self._candidate_id, position_id=self.position_id() or None,
            identity_confirmed=ui.identity_check.isChecked(), introduced=ui.introduced_check.isChecked(),
            purpose_explained=ui.purpose_check.isChecked(), convenient=ui.convenient_check.isChecked(),
            job_search_direction=ui.direction_edit.toPlainText(), relevant_experience=ui.experience_edit.toPlainText(),
            doubts_explained=ui.doubts_edit.toPlainText(),
            candidate_questions=ui.candidate_questions_edit.toPlainText(),
            facts=self.facts(), intention=ui.intention_combo.currentData(), outcome=ui.outcome_combo.currentData(),
            outcome_reason=ui.outcome_reason_edit.text(), assessment=ui.assessment_edit.toPlainText(),
            notes=ui.notes_edit.toPlainText(), started_at=self._started_at,
        )

    def show_error(self, error: ValidationError) -> None:
        self.ui.error_label.setText(error.message)
        widget = {"current_salary": self.ui.current_salary_edit, "expected_salary": self.ui.expected_salary_edit,
                  "bottom_line": self.ui.bottom_line_edit, "outcome_reason": self.ui.outcome_reason_edit,
                  "notice_days": self.ui.notice_days_spin}.get(error.field)
        if widget:
            widget.setFocus()

    def _focus_section(self, widget: QWidget) -> None:
        self.ui.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()

    def _on_fact_edited(self, *_args: object) -> None:
        self._debounce.start()

    def _on_position_combo_changed(self, _index: int) -> None:
        self.position_changed.emit(self.position_id())
        self._debounce.start()

    def _on_save_button_clicked(self) -> None:
        self.ui.error_label.clear()
        try:
            data = self.data()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.save_requested.emit(data)
