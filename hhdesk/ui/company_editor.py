"""The job order: company and position forms, and the page that lists companies with their positions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSpinBox, QTableWidgetItem, QTreeWidgetItem, QWidget

from hhdesk.core.money import CURRENCIES, SalaryParseError, parse_salary_range
from hhdesk.core.records import (
    WORK_MODES,
    CompanyInput,
    CompanyRecord,
    PositionInput,
    PositionRecord,
    SkillRequirementInput,
    ValidationError,
)
from hhdesk.ui.formatting import money_text, range_edit_text
from hhdesk.ui.forms.ui_company_form import Ui_CompanyForm
from hhdesk.ui.forms.ui_position_form import Ui_PositionForm

_TEXT_FIELDS = {"culture": "culture_edit", "core_values": "core_values_edit",
                "leadership_style": "leadership_edit", "atmosphere": "atmosphere_edit"}


class CompanyForm(QWidget):
    """Edits one company; emits ``save_requested(company_id or 0, data)``."""

    save_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompanyForm()
        self.ui.setupUi(self)
        self._company_id = 0
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.name_edit.returnPressed.connect(self._on_save_button_clicked)

    def load(self, record: CompanyRecord | None) -> None:
        self._company_id = record.id if record else 0
        self.ui.heading_label.setText(record.name if record else self.tr("New company"))
        self.ui.name_edit.setText(record.name if record else "")
        self.ui.industry_edit.setText(record.industry if record else "")
        self.ui.city_edit.setText(record.city if record else "")
        for attr, widget in _TEXT_FIELDS.items():
            getattr(self.ui, widget).setPlainText(getattr(record, attr) if record else "")
        self.ui.error_label.clear()
        if record is None:  # a new record: start typing; an existing one leaves focus where it was
            self.ui.name_edit.setFocus()

    def data(self) -> CompanyInput:
        return CompanyInput(
            name=self.ui.name_edit.text(), industry=self.ui.industry_edit.text(), city=self.ui.city_edit.text(),
            **{attr: getattr(self.ui, widget).toPlainText() for attr, widget in _TEXT_FIELDS.items()},
        )

    def show_error(self, error: ValidationError) -> None:
        self.ui.error_label.setText(error.message)
        if error.field == "name":
            self.ui.name_edit.setFocus()

    def _on_save_button_clicked(self) -> None:
        self.ui.error_label.clear()
        self.save_requested.emit(self._company_id, self.data())


class PositionForm(QWidget):
    """Edits one position of a company; emits ``save_requested(position_id or 0, data)``."""

    save_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PositionForm()
        self.ui.setupUi(self)
        self._position_id = 0
        self._company_id = 0
        labels = {"onsite": self.tr("On-site"), "hybrid": self.tr("Hybrid"), "remote": self.tr("Remote")}
        for mode in WORK_MODES:
            self.ui.work_mode_combo.addItem(labels[mode], mode)
        self.ui.currency_combo.addItems(list(CURRENCIES))
        header = self.ui.skills_table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.add_skill_button.clicked.connect(self._on_add_skill_button_clicked)
        self.ui.new_skill_edit.returnPressed.connect(self._on_add_skill_button_clicked)
        self.ui.remove_skill_button.clicked.connect(self._on_remove_skill_button_clicked)
        self.ui.budget_edit.textChanged.connect(self._on_budget_edit_changed)
        self.ui.currency_combo.currentIndexChanged.connect(self._on_budget_edit_changed)

    def load(self, record: PositionRecord | None, company_id: int, company_name: str = "") -> None:
        self._position_id = record.id if record else 0
        self._company_id = company_id
        heading = record.title if record else self.tr("New position")
        self.ui.heading_label.setText(f"{heading} — {company_name}" if company_name else heading)
        self.ui.title_edit.setText(record.title if record else "")
        self.ui.city_edit.setText(record.city if record else "")
        self.ui.work_mode_combo.setCurrentIndex(max(0, self.ui.work_mode_combo.findData(
            record.work_mode if record else "onsite")))
        ref = (record.budget_min or record.budget_max) if record else None
        self.ui.currency_combo.setCurrentText(ref.currency if ref else "CNY")
        self.ui.budget_edit.setText(range_edit_text(record.budget_min, record.budget_max) if record else "")
        self.ui.min_years_spin.setValue(int(record.min_years) if record and record.min_years is not None else -1)
        self.ui.max_years_spin.setValue(int(record.max_years) if record and record.max_years is not None else -1)
        self.ui.skills_table.setRowCount(0)
        self.ui.new_skill_edit.clear()
        for req in record.skills if record else ():
            self.add_skill_row(req.skill, req.weight, req.must_have)
        self.ui.selling_points_edit.setPlainText(record.selling_points if record else "")
        self.ui.description_edit.setPlainText(record.description if record else "")
        self.ui.error_label.clear()
        if record is None:
            self.ui.title_edit.setFocus()

    def add_skill_row(self, skill: str, weight: int = 3, must_have: bool = False) -> int:
        table = self.ui.skills_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(skill))
        spin = QSpinBox()
        spin.setRange(1, 5)
        spin.setValue(weight)
        table.setCellWidget(row, 1, spin)
        must = QTableWidgetItem(self.tr("must-have"))
        must.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        must.setCheckState(Qt.CheckState.Checked if must_have else Qt.CheckState.Unchecked)
        table.setItem(row, 2, must)
        return row

    def _on_add_skill_button_clicked(self) -> None:
        """Add the skill typed in the entry row; a duplicate is refused with a message."""
        ui = self.ui
        name = " ".join(ui.new_skill_edit.text().split())
        if not name:
            ui.new_skill_edit.setFocus()
            return
        existing = {ui.skills_table.item(r, 0).text().casefold() for r in range(ui.skills_table.rowCount())}
        if name.casefold() in existing:
            ui.error_label.setText(self.tr("%1 is already in the list.").replace("%1", name))
            return
        ui.error_label.clear()
        self.add_skill_row(name, ui.new_skill_weight_spin.value(), ui.new_skill_must_check.isChecked())
        ui.new_skill_edit.clear()
        ui.new_skill_weight_spin.setValue(3)
        ui.new_skill_must_check.setChecked(False)
        ui.new_skill_edit.setFocus()

    def data(self) -> PositionInput:
        """The form's content; :class:`ValidationError` when the budget cannot be read."""
        try:
            budget = parse_salary_range(self.ui.budget_edit.text(), self.ui.currency_combo.currentText())
        except SalaryParseError as exc:
            raise ValidationError("budget", str(exc)) from exc
        skills = []
        table = self.ui.skills_table
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            name = item.text().strip() if item else ""
            if name:
                weight = table.cellWidget(row, 1)
                must = table.item(row, 2).checkState() == Qt.CheckState.Checked
                skills.append(SkillRequirementInput(name, weight.value(), must))
        min_years, max_years = self.ui.min_years_spin.value(), self.ui.max_years_spin.value()
        return PositionInput(
            company_id=self._company_id, title=self.ui.title_edit.text(), city=self.ui.city_edit.text(),
            work_mode=self.ui.work_mode_combo.currentData(),
            budget_min=budget.low if budget else None, budget_max=budget.high if budget else None,
            min_years=float(min_years) if min_years >= 0 else None,
            max_years=float(max_years) if max_years >= 0 else None,
            skills=tuple(skills), selling_points=self.ui.selling_points_edit.toPlainText(),
            description=self.ui.description_edit.toPlainText(),
        )

    def show_error(self, error: ValidationError) -> None:
        self.ui.error_label.setText(error.message)
        focus = {"title": self.ui.title_edit, "budget": self.ui.budget_edit, "skills": self.ui.skills_table,
                 "max_years": self.ui.max_years_spin, "min_years": self.ui.min_years_spin}.get(error.field)
        if focus:
            focus.setFocus()

    def _on_save_button_clicked(self) -> None:
        self.ui.error_label.clear()
        try:
            data = self.data()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.save_requested.emit(self._position_id, data)

    def _on_remove_skill_button_clicked(self) -> None:
        row = self.ui.skills_table.currentRow()
        if row >= 0:
            self.ui.skills_table.removeRow(row)

    def _on_budget_edit_changed(self) -> None:
        try:
            budget = parse_salary_range(self.ui.budget_edit.text(), self.ui.currency_combo.currentText())
        except SalaryParseError as exc:
            self.ui.budget_hint_label.setText(str(exc))
            return
        if budget is None:
            self.ui.budget_hint_label.setText(self.tr("No budget entered."))
        else:
            self.ui.budget_hint_label.setText(self.tr("Read as %1 to %2").replace(
                "%1", money_text(budget.low)).replace("%2", money_text(budget.high)))


ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def fill_company_tree(tree, companies: list[CompanyRecord], text_filter: str = "") -> None:  # noqa: ANN001
    """Companies as top-level items with their positions as children, filtered by ``text_filter``."""
    needle = text_filter.strip().casefold()
    tree.clear()
    for company in companies:
        positions = [p for p in company.positions
                     if not needle or needle in p.title.casefold() or needle in company.name.casefold()]
        if needle and needle not in company.name.casefold() and not positions:
            continue
        top = QTreeWidgetItem([company.name + (f" · {company.city}" if company.city else "")])
        top.setToolTip(0, top.text(0))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setData(0, ROLE_KIND, "company")
        top.setData(0, ROLE_ID, company.id)
        for pos in positions:
            child = QTreeWidgetItem([pos.title + (f" · {pos.city}" if pos.city else "")])
            child.setToolTip(0, child.text(0))
            child.setData(0, ROLE_KIND, "position")
            child.setData(0, ROLE_ID, pos.id)
            top.addChild(child)
        tree.addTopLevelItem(top)
        top.setExpanded(True)
