"""One position of a job order: what the client wants, what it pays, and what to say on the phone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QSignalBlocker,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QSpinBox, QTableWidgetItem, QWidget

from hhdesk.core.money import CURRENCIES, Salary, SalaryParseError, parse_salary_range
from hhdesk.core.records import PositionInput, PositionRecord, SkillRequirementInput, ValidationError
from hhdesk.ui.formatting import core_text, money_text, range_edit_text
from hhdesk.ui.forms.ui_position_form import Ui_PositionForm
from hhdesk.ui.match_weights_box import MatchWeightsBox

_SKILL, _WEIGHT, _MUST = range(3)
_NAME_ROLE = Qt.ItemDataRole.UserRole  # the accepted name of a skill row, to undo a refused edit
_HINT_STYLE = "color: #555;"
_ERROR_STYLE = "color: #b00020;"
_UNREADABLE = object()  # the snapshot of a form whose budget or fee cannot be read


class PositionForm(QWidget):
    """Edits one position of a company.

    Emits ``save_requested(position_id or 0, PositionInput)``, ``suggest_requested(description)`` and
    ``dirty_changed(bool)``; holds no data access of its own.
    """

    save_requested = Signal(int, object)
    suggest_requested = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._normalise: Callable[[str], str] = lambda name: name
        self.ui = Ui_PositionForm()
        self.ui.setupUi(self)
        ui = self.ui
        self._position_id = 0
        self._company_id = 0
        self._company_name = ""
        self._record: PositionRecord | None = None
        self._snapshot: object = None
        self._dirty = False
        self._loading = False
        self._fill_choices()
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.new_skill_edit.setCompleter(completer)
        self._just_added = ""  # Return in the completion list adds the skill, then the completer fills it in again
        header = ui.skills_table.horizontalHeader()
        header.setSectionResizeMode(_SKILL, header.ResizeMode.Stretch)
        header.setSectionResizeMode(_WEIGHT, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_MUST, header.ResizeMode.ResizeToContents)
        ui.skills_table.installEventFilter(self)
        self._weights = MatchWeightsBox(ui, self)
        # Which label shows a service's complaint about a field, and which widget to put the cursor in.
        self._error_labels: dict[str, QLabel] = {
            "title": ui.title_error_label, "department": ui.job_error_label, "city": ui.job_error_label,
            "work_mode": ui.job_error_label, "schedule": ui.job_error_label, "headcount": ui.job_error_label,
            "budget": ui.budget_hint_label, "fee": ui.fee_error_label, "fee_kind": ui.fee_error_label,
            "benefits": ui.fee_error_label, "status": ui.status_error_label, "priority": ui.status_error_label,
            "opened_on": ui.status_error_label, "target_on": ui.status_error_label,
            "skills": ui.skills_error_label, "min_years": ui.years_error_label, "max_years": ui.years_error_label,
            "education_level": ui.requirements_error_label, "languages": ui.requirements_error_label,
            "match_weights": ui.weights_error_label,
        }
        self._focus_widgets: dict[str, QWidget] = {
            "title": ui.title_edit, "department": ui.department_edit, "city": ui.city_edit,
            "work_mode": ui.work_mode_combo, "schedule": ui.schedule_edit, "headcount": ui.headcount_spin,
            "budget": ui.budget_edit, "fee": ui.fee_value_spin, "fee_kind": ui.fee_kind_combo,
            "benefits": ui.benefits_edit, "status": ui.status_combo, "priority": ui.priority_combo,
            "opened_on": ui.opened_date_edit, "target_on": ui.target_date_edit, "skills": ui.skills_table,
            "min_years": ui.min_years_spin, "max_years": ui.max_years_spin, "education_level": ui.education_combo,
            "languages": ui.languages_edit, "description": ui.description_edit,
            "selling_points": ui.selling_points_edit, "match_weights": ui.weight_skills_spin,
        }

        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.revert_button.clicked.connect(self._on_revert_button_clicked)
        ui.add_skill_button.clicked.connect(self._on_add_skill_button_clicked)
        ui.new_skill_edit.returnPressed.connect(self._on_add_skill_button_clicked)
        ui.new_skill_edit.textEdited.connect(self._on_new_skill_edit_textEdited)
        completer.activated.connect(self._on_completer_activated)
        ui.remove_skill_button.clicked.connect(self._on_remove_skill_button_clicked)
        ui.suggest_skills_button.clicked.connect(self._on_suggest_skills_button_clicked)
        ui.title_edit.textChanged.connect(self._on_title_edit_textChanged)
        ui.budget_edit.textChanged.connect(self._on_budget_edit_textChanged)
        ui.currency_combo.currentIndexChanged.connect(self._on_currency_combo_currentIndexChanged)
        ui.fee_kind_combo.currentIndexChanged.connect(self._on_fee_kind_combo_currentIndexChanged)
        ui.fee_value_spin.editingFinished.connect(self._on_fee_value_spin_editingFinished)
        ui.target_check.toggled.connect(self._on_target_check_toggled)
        ui.description_edit.textChanged.connect(self._on_description_edit_textChanged)
        ui.skills_table.itemChanged.connect(self._on_skills_table_itemChanged)
        ui.skills_table.itemSelectionChanged.connect(self._on_skills_table_itemSelectionChanged)
        self._weights.changed.connect(self._on_weights_changed)
        for line_edit in (ui.department_edit, ui.city_edit, ui.schedule_edit, ui.languages_edit):
            line_edit.textChanged.connect(self._on_field_changed)
        for text_edit in (ui.benefits_edit, ui.selling_points_edit):
            text_edit.textChanged.connect(self._on_field_changed)
        for combo in (ui.work_mode_combo, ui.status_combo, ui.priority_combo, ui.education_combo):
            combo.currentIndexChanged.connect(self._on_field_changed)
        for spin in (ui.headcount_spin, ui.min_years_spin, ui.max_years_spin, ui.fee_value_spin):
            spin.valueChanged.connect(self._on_field_changed)
        for date_edit in (ui.opened_date_edit, ui.target_date_edit):
            date_edit.dateChanged.connect(self._on_field_changed)

        self.load(None, 0)

    # choices -----------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        choices: list[tuple[QComboBox, list[tuple[str, object]]]] = [
            (ui.work_mode_combo, [(self.tr("On-site"), "onsite"), (self.tr("Hybrid"), "hybrid"),
                                  (self.tr("Remote"), "remote")]),
            (ui.status_combo, [(self.tr("Open"), "open"), (self.tr("On hold"), "on_hold"),
                               (self.tr("Filled"), "filled"), (self.tr("Closed"), "closed")]),
            (ui.priority_combo, [(self.tr("High"), 1), (self.tr("Normal"), 2), (self.tr("Low"), 3)]),
            (ui.education_combo, [(self.tr("Any"), ""), (self.tr("High school"), "high_school"),
                                  (self.tr("Associate degree"), "associate"), (self.tr("Bachelor"), "bachelor"),
                                  (self.tr("Master"), "master"), (self.tr("PhD"), "phd")]),
            (ui.fee_kind_combo, [(self.tr("% of package"), "percent"), (self.tr("Fixed amount"), "fixed")]),
            (ui.currency_combo, [(code, code) for code in CURRENCIES]),
        ]
        self._known_choices: dict[QComboBox, int] = {}
        for combo, items in choices:
            for text, value in items:
                combo.addItem(text, value)
            self._known_choices[combo] = len(items)

    def _select(self, combo: QComboBox, value: object) -> None:
        """Select ``value``; a value this version does not know is kept as an extra item, not lost."""
        while combo.count() > self._known_choices[combo]:
            combo.removeItem(combo.count() - 1)
        index = combo.findData(value)
        if index < 0:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # public API --------------------------------------------------------------------------------
    def company_id(self) -> int:
        return self._company_id

    def position_id(self) -> int:
        return self._position_id

    def load(self, record: PositionRecord | None, company_id: int, company_name: str = "") -> None:
        """Show ``record``, or a new position of the company with the usual defaults when it is None."""
        self._record, self._company_id, self._company_name = record, company_id, company_name
        self._position_id = record.id if record else 0
        data = record or PositionInput(company_id=company_id, title="", opened_on=date.today())
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._clear_errors()
        self._update_heading()
        self._update_budget_hint()
        self._snapshot = self._current_snapshot()
        self._set_dirty(False)
        if record is None:  # a new record: start typing; an existing one leaves focus where it was
            self.ui.title_edit.setFocus()

    def revert(self) -> None:
        """Throw away unsaved edits: show again what was loaded."""
        self.load(self._record, self._company_id, self._company_name)

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded; an unreadable budget or fee counts as a change."""
        current = self._current_snapshot()
        return current is _UNREADABLE or current != self._snapshot

    def data(self) -> PositionInput:
        """The form's content; :class:`ValidationError` when the budget or the fee cannot be read."""
        ui = self.ui
        try:
            budget = parse_salary_range(ui.budget_edit.text(), ui.currency_combo.currentData())
        except SalaryParseError as exc:
            raise ValidationError("budget", exc.args[0] if exc.args else str(exc)) from exc
        fee_kind = ui.fee_kind_combo.currentData()
        fee = ui.fee_value_spin.value()
        fee_value = None if fee < 0 else fee
        if fee_kind == "percent" and fee_value is not None and fee_value > 100:
            raise ValidationError("fee", self.tr("A percentage fee is at most 100 %."))
        min_years, max_years = ui.min_years_spin.value(), ui.max_years_spin.value()
        opened = ui.opened_date_edit.date()
        return PositionInput(
            company_id=self._company_id, title=ui.title_edit.text(), department=ui.department_edit.text(),
            city=ui.city_edit.text(), work_mode=ui.work_mode_combo.currentData(),
            schedule=ui.schedule_edit.text(), headcount=ui.headcount_spin.value(),
            budget_min=budget.low if budget else None, budget_max=budget.high if budget else None,
            benefits=ui.benefits_edit.toPlainText(), skills=tuple(self._skills()),
            min_years=float(min_years) if min_years >= 0 else None,
            max_years=float(max_years) if max_years >= 0 else None,
            education_level=ui.education_combo.currentData(), languages=ui.languages_edit.text(),
            description=ui.description_edit.toPlainText(), selling_points=ui.selling_points_edit.toPlainText(),
            status=ui.status_combo.currentData(), priority=ui.priority_combo.currentData(),
            fee_kind=fee_kind, fee_value=fee_value,
            opened_on=None if opened == ui.opened_date_edit.minimumDate() else opened.toPython(),
            target_on=ui.target_date_edit.date().toPython() if ui.target_check.isChecked() else None,
            match_weights=self._weights.overrides(),
        )

    def show_error(self, error: ValidationError) -> None:
        """Show a complaint about a field next to that field (and at the foot of the form), and go there."""
        self.ui.error_label.setText(core_text(error.message))
        label = self._error_labels.get(error.field)
        if label is not None:
            self._show_near(label, core_text(error.message))
        widget = self._focus_widgets.get(error.field)
        if widget is not None:
            self.ui.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus()

    def set_skill_normaliser(self, normalise: Callable[[str], str]) -> None:
        """How a typed skill becomes its canonical name (k8s → Kubernetes, 机器学习 → Machine Learning)."""
        self._normalise = normalise

    def set_skill_completions(self, names: list[str]) -> None:
        """Skills the new-skill field offers as the user types (case-insensitive, anywhere in the name)."""
        self._completions.setStringList(list(names))

    def add_suggested_skills(self, names: list[str]) -> int:
        """Add the skills not listed yet with weight 3, not must-have; return how many were added."""
        listed = {name.casefold() for name in self._skill_names()}
        added = 0
        for raw in names:
            name = " ".join(raw.split())
            if name and name.casefold() not in listed:
                self._add_skill_row(name, 3, False)
                listed.add(name.casefold())
                added += 1
        if added:
            self._update_dirty()
        return added

    # filling and reading -----------------------------------------------------------------------
    def _fill(self, data: PositionInput) -> None:
        ui = self.ui
        ui.title_edit.setText(data.title)
        ui.department_edit.setText(data.department)
        ui.city_edit.setText(data.city)
        self._select(ui.work_mode_combo, data.work_mode)
        ui.schedule_edit.setText(data.schedule)
        ui.headcount_spin.setValue(data.headcount)
        reference = data.budget_min or data.budget_max
        self._select(ui.currency_combo, reference.currency if reference else "CNY")
        ui.budget_edit.setText(range_edit_text(data.budget_min, data.budget_max))
        self._select(ui.fee_kind_combo, data.fee_kind)
        ui.fee_value_spin.setValue(data.fee_value if data.fee_value is not None else ui.fee_value_spin.minimum())
        self._update_fee_suffix()
        ui.benefits_edit.setPlainText(data.benefits)
        self._select(ui.status_combo, data.status)
        self._select(ui.priority_combo, data.priority)
        ui.opened_date_edit.setDate(QDate(data.opened_on) if data.opened_on else ui.opened_date_edit.minimumDate())
        ui.target_check.setChecked(data.target_on is not None)
        ui.target_date_edit.setEnabled(data.target_on is not None)
        ui.target_date_edit.setDate(QDate(data.target_on or (data.opened_on or date.today()) + timedelta(days=30)))
        ui.skills_table.setRowCount(0)
        for req in data.skills:
            self._add_skill_row(req.skill, req.weight, req.must_have)
        ui.new_skill_edit.clear()
        ui.new_skill_weight_spin.setValue(3)
        ui.new_skill_must_check.setChecked(False)
        ui.min_years_spin.setValue(round(data.min_years) if data.min_years is not None else -1)
        ui.max_years_spin.setValue(round(data.max_years) if data.max_years is not None else -1)
        self._select(ui.education_combo, data.education_level)
        ui.languages_edit.setText(data.languages)
        ui.description_edit.setPlainText(data.description)
        ui.selling_points_edit.setPlainText(data.selling_points)
        self._weights.set_overrides(data.match_weights)
        ui.scroll_area.verticalScrollBar().setValue(0)

    def _current_snapshot(self) -> object:
        try:
            return self.data()
        except ValidationError:
            return _UNREADABLE

    def _skill_names(self) -> list[str]:
        table = self.ui.skills_table
        return [item.text() for row in range(table.rowCount()) if (item := table.item(row, _SKILL))]

    def _skills(self) -> list[SkillRequirementInput]:
        table = self.ui.skills_table
        skills = []
        for row in range(table.rowCount()):
            item, weight, must = table.item(row, _SKILL), table.cellWidget(row, _WEIGHT), table.item(row, _MUST)
            if item and item.text().strip() and isinstance(weight, QSpinBox):
                skills.append(SkillRequirementInput(item.text(), weight.value(),
                                                    must is not None and must.checkState() == Qt.CheckState.Checked))
        return skills

    def _add_skill_row(self, skill: str, weight: int, must_have: bool) -> int:
        table = self.ui.skills_table
        with QSignalBlocker(table):
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(skill)
            item.setData(_NAME_ROLE, skill)
            table.setItem(row, _SKILL, item)
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(weight)
            spin.setFrame(False)
            spin.setAccessibleName(self.tr("Weight of %1").replace("%1", skill))
            spin.valueChanged.connect(self._on_field_changed)
            table.setCellWidget(row, _WEIGHT, spin)
            must = QTableWidgetItem()
            must.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            must.setCheckState(Qt.CheckState.Checked if must_have else Qt.CheckState.Unchecked)
            table.setItem(row, _MUST, must)
        self._update_remove_button()
        return row

    def _remove_selected_skills(self) -> None:
        table = self.ui.skills_table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)
        if rows and table.rowCount():  # keep the keyboard on the list so Delete can be pressed again
            table.selectRow(min(rows[-1], table.rowCount() - 1))
        self._show_near(self.ui.skills_error_label, "")
        self._update_remove_button()
        self._update_dirty()

    # state shown around the fields -------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        self.ui.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _update_dirty(self) -> None:
        if not self._loading:
            self._set_dirty(self.is_dirty())

    def _update_heading(self) -> None:
        title = " ".join(self.ui.title_edit.text().split()) or self.tr("New position")
        self.ui.heading_label.setText(f"{title} — {self._company_name}" if self._company_name else title)

    def _update_budget_hint(self) -> None:
        ui = self.ui
        label = ui.budget_hint_label
        try:
            budget = parse_salary_range(ui.budget_edit.text(), ui.currency_combo.currentData())
        except SalaryParseError as exc:
            label.setStyleSheet(_ERROR_STYLE)
            label.setText(core_text(exc))
            return
        label.setStyleSheet(_HINT_STYLE)
        if budget is None:
            label.setText(self.tr("No budget entered."))
        elif budget.low == budget.high:
            label.setText(self.tr("Read as %1").replace("%1", money_text(budget.low))
                          + _per_year(budget.low, budget.high))
        else:
            label.setText(self.tr("Read as %1 to %2").replace("%1", money_text(budget.low))
                          .replace("%2", money_text(budget.high)) + _per_year(budget.low, budget.high))

    def _update_fee_suffix(self) -> None:
        ui = self.ui
        percent = ui.fee_kind_combo.currentData() == "percent"
        ui.fee_value_spin.setSuffix(" %" if percent else f" {ui.currency_combo.currentData()}")

    def _update_remove_button(self) -> None:
        table = self.ui.skills_table
        self.ui.remove_skill_button.setEnabled(bool(table.selectionModel().selectedRows()) or
                                               (table.rowCount() > 0 and table.currentRow() >= 0))

    @staticmethod
    def _show_near(label: QLabel, message: str) -> None:
        if label.objectName() == "budget_hint_label":
            if message:
                label.setStyleSheet(_ERROR_STYLE)
                label.setText(message)
            return
        label.setText(message)
        label.setVisible(bool(message))

    def _clear_errors(self) -> None:
        self.ui.error_label.clear()
        for label in set(self._error_labels.values()):
            if label is not self.ui.budget_hint_label:
                self._show_near(label, "")

    # slots -------------------------------------------------------------------------------------
    def _on_field_changed(self) -> None:
        self._update_dirty()

    def _on_weights_changed(self) -> None:
        self._show_near(self.ui.weights_error_label, "")
        self._update_dirty()

    def _on_title_edit_textChanged(self, _text: str) -> None:
        self._show_near(self.ui.title_error_label, "")
        self._update_heading()
        self._update_dirty()

    def _on_budget_edit_textChanged(self, _text: str) -> None:
        self._update_budget_hint()
        self._update_dirty()

    def _on_currency_combo_currentIndexChanged(self, _index: int) -> None:
        self._update_budget_hint()
        self._update_fee_suffix()
        self._update_dirty()

    def _on_fee_kind_combo_currentIndexChanged(self, _index: int) -> None:
        self._update_fee_suffix()
        self._show_near(self.ui.fee_error_label, "")
        self._update_dirty()

    def _on_fee_value_spin_editingFinished(self) -> None:
        spin = self.ui.fee_value_spin
        if spin.minimum() < spin.value() < 0:  # a typed negative means "no fee agreed": show the dash
            spin.setValue(spin.minimum())

    def _on_target_check_toggled(self, checked: bool) -> None:
        self.ui.target_date_edit.setEnabled(checked)
        if checked and not self._loading:
            self.ui.target_date_edit.setFocus()
        self._update_dirty()

    def _on_description_edit_textChanged(self) -> None:
        self.ui.suggest_skills_button.setEnabled(bool(self.ui.description_edit.toPlainText().strip()))
        self._update_dirty()

    def _on_suggest_skills_button_clicked(self) -> None:
        text = self.ui.description_edit.toPlainText()
        if text.strip():
            self.suggest_requested.emit(text)

    def _on_add_skill_button_clicked(self) -> None:
        """Add the skill typed in the entry row; a duplicate is refused with a message."""
        ui = self.ui
        name = " ".join(ui.new_skill_edit.text().split())
        ui.new_skill_edit.setFocus()
        if not name:
            return
        name = self._normalise(name) or name
        if name.casefold() in {n.casefold() for n in self._skill_names()}:
            self._show_near(ui.skills_error_label, self.tr("%1 is already in the list.").replace("%1", name))
            ui.new_skill_edit.selectAll()
            return
        self._show_near(ui.skills_error_label, "")
        row = self._add_skill_row(name, ui.new_skill_weight_spin.value(), ui.new_skill_must_check.isChecked())
        ui.skills_table.scrollToItem(ui.skills_table.item(row, _SKILL))
        ui.new_skill_edit.clear()
        ui.new_skill_weight_spin.setValue(3)
        ui.new_skill_must_check.setChecked(False)
        self._just_added = name.casefold()
        self._update_dirty()

    def _on_new_skill_edit_textEdited(self, _text: str) -> None:
        self._just_added = ""

    def _on_completer_activated(self, text: str) -> None:
        if self._just_added and " ".join(text.split()).casefold() == self._just_added:
            # The completer writes the chosen text back after this signal: empty the field once it has.
            QTimer.singleShot(0, self, lambda: self._clear_new_skill_if(text))
        self._just_added = ""

    def _clear_new_skill_if(self, text: str) -> None:
        if self.ui.new_skill_edit.text() == text:
            self.ui.new_skill_edit.clear()

    def _on_remove_skill_button_clicked(self) -> None:
        self._remove_selected_skills()
        self.ui.skills_table.setFocus()

    def _on_skills_table_itemSelectionChanged(self) -> None:
        self._update_remove_button()

    def _on_skills_table_itemChanged(self, item: QTableWidgetItem) -> None:
        """A skill renamed in the list: tidy its spaces; refuse an empty name or a duplicate."""
        if item.column() == _SKILL:
            table = self.ui.skills_table
            name = " ".join(item.text().split())
            others = {n.casefold() for row, n in enumerate(self._skill_names()) if row != item.row()}
            message = ""
            if not name:
                message = self.tr("A skill needs a name; use Remove skill to take it off the list.")
            elif name.casefold() in others:
                message = self.tr("%1 is already in the list.").replace("%1", name)
            with QSignalBlocker(table):
                if message:
                    item.setText(item.data(_NAME_ROLE))
                else:
                    item.setText(name)
                    item.setData(_NAME_ROLE, name)
            self._show_near(self.ui.skills_error_label, message)
        self._update_dirty()

    def _on_save_button_clicked(self) -> None:
        self._clear_errors()
        try:
            data = self.data()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.save_requested.emit(self._position_id, data)

    def _on_revert_button_clicked(self) -> None:
        self.revert()

    # Qt overrides ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) in the skills list removes the selected skills, before any shortcut."""
        table = self.ui.skills_table
        if (watched is table and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and table.state() != table.State.EditingState):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._remove_selected_skills()
            return True
        return super().eventFilter(watched, event)


def _per_year(low: Salary, high: Salary) -> str:
    """`` (¥390,000 to ¥546,000 a year)`` for monthly pay, so 30k×14 and 35k×12 can be compared; else empty."""
    if low.period == "year":
        return ""
    # money_text writes monthly pay as "<sign><amount> × <months>": one payment a year is the bare amount.
    low_text, high_text = (money_text(Salary(s.annual_minor, s.currency, "month", 1)).removesuffix(" × 1")
                           for s in (low, high))
    if low == high:
        return QCoreApplication.translate("PositionForm", " (%1 a year)").replace("%1", low_text)
    return QCoreApplication.translate("PositionForm", " (%1 to %2 a year)").replace("%1", low_text).replace(
        "%2", high_text)
