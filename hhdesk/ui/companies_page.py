"""The Companies tab: the client list and each client's positions beside the company and position editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from hhdesk.core.records import CompanyRecord, CompanyRow, DeleteImpact, PositionRecord, ValidationError
from hhdesk.ui.company_form import CompanyForm
from hhdesk.ui.company_table_model import CompanyTableModel
from hhdesk.ui.dialogs import MessageBox, SuggestedSkillsDialog, UnsavedChangesDialog, form_error_handler, show_status
from hhdesk.ui.formatting import count_text
from hhdesk.ui.forms.ui_companies_page import Ui_CompaniesPage
from hhdesk.ui.position_form import PositionForm

if TYPE_CHECKING:
    from hhdesk.core.services import Services
    from hhdesk.core.skills import SkillVocabulary
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner

_ROLE_ID = Qt.ItemDataRole.UserRole


class CompaniesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompaniesPage()
        self.ui.setupUi(self)
        self.company_form = CompanyForm()
        self.position_form = PositionForm()
        self.ui.editor_stack.addWidget(self.company_form)
        self.ui.editor_stack.addWidget(self.position_form)
        self.model = CompanyTableModel(self)
        self.ui.company_table.setModel(self.model)
        self.ui.company_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.ui.company_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.company_table.verticalHeader().setDefaultSectionSize(24)
        self.ui.splitter.setSizes([430, 890])
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._bus: DataBus | None = None
        self._company: CompanyRecord | None = None
        self._select_after_reload = 0
        self.ui.filter_edit.textChanged.connect(self.model.set_filter)
        self.ui.company_table.selectionModel().selectionChanged.connect(self._on_company_table_selection_changed)
        self.ui.position_list.currentItemChanged.connect(self._on_position_list_current_changed)
        self.ui.new_company_button.clicked.connect(self.new_company)
        self.ui.delete_company_button.clicked.connect(self._on_delete_company_button_clicked)
        self.ui.new_position_button.clicked.connect(self._on_new_position_button_clicked)
        self.ui.delete_position_button.clicked.connect(self._on_delete_position_button_clicked)
        self.company_form.save_requested.connect(self._on_company_form_save_requested)
        self.company_form.name_edited.connect(self._on_company_form_name_edited)
        self.position_form.save_requested.connect(self._on_position_form_save_requested)
        self.position_form.suggest_requested.connect(self._on_position_form_suggest_requested)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_company)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.revert_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def attach(self, services: Services, tasks: TaskRunner, bus: DataBus) -> None:
        self._services, self._tasks, self._bus = services, tasks, bus
        bus.changed.connect(self._on_bus_changed)
        self.reload()
        self._load_vocabulary()

    def reload(self) -> None:
        if self._services and self._tasks:
            self._tasks.submit(self._services.companies.list_company_rows, self._on_rows_loaded)

    # leaving a form -------------------------------------------------------------------------------
    def current_form(self) -> CompanyForm | PositionForm | None:
        widget = self.ui.editor_stack.currentWidget()
        return widget if widget in (self.company_form, self.position_form) else None

    def has_unsaved_changes(self) -> bool:
        form = self.current_form()
        return form is not None and form.is_dirty()

    def confirm_leave(self, then: Callable[[], None]) -> bool:
        """Run ``then`` once unsaved edits are saved or discarded; False when the user stays."""
        form = self.current_form()
        if form is None or not form.is_dirty():
            then()
            return True
        what = self.tr("The company") if form is self.company_form else self.tr("The position")
        answer = UnsavedChangesDialog.ask(self, what)
        if answer == UnsavedChangesDialog.CANCEL:
            return False
        if answer == UnsavedChangesDialog.DISCARD:
            form.revert()
            then()
            return True
        self.save_current(then)
        return True

    def save_current(self, then: Callable[[], None] | None = None) -> None:
        form = self.current_form()
        if form is self.company_form:
            self._save_company(form.company_id(), form.data(), then)
        elif form is self.position_form:
            try:
                data = form.data()
            except ValidationError as exc:
                form.show_error(exc)
                return
            self._save_position(form.position_id(), data, then)

    def revert_current(self) -> None:
        form = self.current_form()
        if form is not None and form.is_dirty():
            form.revert()
            show_status(self, self.tr("Unsaved edits undone."))

    # the list -----------------------------------------------------------------------------------------
    def _on_bus_changed(self, kind: str) -> None:
        if kind in ("company", "position", "screen", "report", "all"):
            self.reload()
        if kind in ("skills", "all"):
            self._load_vocabulary()

    def _load_vocabulary(self) -> None:
        """Completions and the canonical form of typed skills, from the vocabulary with the agency's additions."""
        if not self._services or not self._tasks:
            return
        skills = self._services.skills

        def apply(vocabulary: SkillVocabulary) -> None:
            self.position_form.set_skill_completions(vocabulary.completions())
            self.position_form.set_skill_normaliser(vocabulary.normalise)

        self._tasks.submit(skills.vocabulary, apply)

    def _on_rows_loaded(self, rows: list[CompanyRow]) -> None:
        keep = self._select_after_reload or (self._company.id if self._company else 0)
        self._select_after_reload = 0
        table = self.ui.company_table
        table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            table.selectRow(row)
        table.selectionModel().blockSignals(False)
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), 200))
        self._update_buttons()

    def _selected_row_id(self) -> int:
        rows = self.ui.company_table.selectionModel().selectedRows()
        record = self.model.record_at(rows[0].row()) if rows else None
        return record.id if record else 0

    def _reselect_current(self) -> None:
        table = self.ui.company_table
        table.selectionModel().blockSignals(True)
        table.clearSelection()
        row = self.model.row_of(self._company.id) if self._company else -1
        if row >= 0:
            table.selectRow(row)
        table.selectionModel().blockSignals(False)

    def _on_company_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        company_id = self._selected_row_id()
        if not company_id or (self._company and self._company.id == company_id
                              and self.current_form() is self.company_form):
            return
        if not self.confirm_leave(lambda: self._open_company(company_id)):
            self._reselect_current()

    def _open_company(self, company_id: int) -> None:
        if self._services and self._tasks:
            services = self._services
            self._tasks.submit(lambda: services.companies.get_company(company_id), self._show_company)

    def _show_company(self, record: CompanyRecord | None) -> None:
        self._company = record
        self._reselect_current()  # the list follows the form, whatever reloads happened meanwhile
        self.company_form.load(record)
        self.ui.editor_stack.setCurrentWidget(self.company_form)
        self._fill_positions(record)
        self._update_buttons()

    def _fill_positions(self, record: CompanyRecord | None, select_id: int = 0) -> None:
        listing = self.ui.position_list
        listing.blockSignals(True)
        listing.clear()
        statuses = {"on_hold": self.tr("on hold"), "filled": self.tr("filled"), "closed": self.tr("closed")}
        for pos in record.positions if record else ():
            status = "" if pos.status == "open" else " " + self.tr("(%1)").replace(
                "%1", statuses.get(pos.status, pos.status.replace("_", " ")))
            item = QListWidgetItem(f"{pos.title}{' · ' + pos.city if pos.city else ''}{status}", listing)
            item.setData(_ROLE_ID, pos.id)
            item.setToolTip(item.text())
            if pos.id == select_id:
                listing.setCurrentItem(item)
        listing.blockSignals(False)

    def _on_position_list_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        position_id = current.data(_ROLE_ID)
        if not self.confirm_leave(lambda: self._open_position(position_id)):
            self._fill_positions(self._company, self.position_form.position_id())

    def _open_position(self, position_id: int) -> None:
        if self._services and self._tasks:
            services = self._services
            self._tasks.submit(lambda: services.companies.get_position(position_id), self._show_position)

    def _show_position(self, record: PositionRecord | None) -> None:
        company = self._company
        self.position_form.load(record, company.id if company else 0, company.name if company else "")
        self.ui.editor_stack.setCurrentWidget(self.position_form)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_company = self._company is not None
        self.ui.delete_company_button.setEnabled(has_company)
        self.ui.new_position_button.setEnabled(has_company)
        self.ui.delete_position_button.setEnabled(self.ui.position_list.currentItem() is not None)
        self.ui.positions_label.setText(self.tr("&Positions of %1").replace("%1", self._company.name)
                                        if has_company else self.tr("&Positions (select a company)"))

    def _focus_filter(self) -> None:
        self.ui.filter_edit.setFocus()
        self.ui.filter_edit.selectAll()

    # new, save, delete ----------------------------------------------------------------------------
    def new_company(self) -> None:
        def start() -> None:
            self._company = None
            self.ui.company_table.clearSelection()
            self._fill_positions(None)
            self.company_form.load(None)
            self.ui.editor_stack.setCurrentWidget(self.company_form)
            self._update_buttons()
        self.confirm_leave(start)

    def _on_new_position_button_clicked(self) -> None:
        if self._company is None:
            return
        def start() -> None:
            listing = self.ui.position_list
            listing.blockSignals(True)
            listing.setCurrentRow(-1)  # not just unselected: clicking the previous position opens it again
            listing.blockSignals(False)
            self._show_position(None)
        self.confirm_leave(start)

    def _on_company_form_name_edited(self, name: str) -> None:
        if self._services and self._tasks:
            services, exclude = self._services, self.company_form.company_id() or None
            self._tasks.submit(lambda: services.companies.similar_companies(name, exclude),
                               self.company_form.set_similar)

    def _on_company_form_save_requested(self, company_id: int, data: object) -> None:
        self._save_company(company_id, data, None)

    def _save_company(self, company_id: int, data: object, then: Callable[[], None] | None) -> None:
        if not self._services or not self._tasks:
            return
        services = self._services

        def saved(record: CompanyRecord) -> None:
            self._company = record
            self.company_form.mark_saved(record)
            self._select_after_reload = record.id
            self._fill_positions(record)
            self._update_buttons()
            show_status(self, self.tr("Company saved."))
            if self._bus:
                self._bus.changed.emit("company")
            if then:
                then()

        self._tasks.submit(lambda: services.companies.save_company(data, company_id or None), saved,
                           form_error_handler(self, self.company_form))

    def _on_position_form_save_requested(self, position_id: int, data: object) -> None:
        self._save_position(position_id, data, None)

    def _save_position(self, position_id: int, data: object, then: Callable[[], None] | None) -> None:
        if not self._services or not self._tasks:
            return
        services = self._services

        def saved(record: PositionRecord) -> None:
            self.position_form.load(record, record.company_id, record.company_name)
            show_status(self, self.tr("Position saved."))
            company_id = record.company_id
            self._tasks.submit(lambda: services.companies.get_company(company_id),
                               lambda company: self._after_position_saved(company, record.id))
            if self._bus:
                self._bus.changed.emit("position")
            if then:
                then()

        self._tasks.submit(lambda: services.companies.save_position(data, position_id or None), saved,
                           form_error_handler(self, self.position_form))

    def _after_position_saved(self, company: CompanyRecord, position_id: int) -> None:
        self._company = company
        self._fill_positions(company, position_id)
        self._update_buttons()

    def _on_delete_company_button_clicked(self) -> None:
        if self._company is None or not self._services or not self._tasks:
            return
        company, services = self._company, self._services
        self._tasks.submit(lambda: services.companies.company_delete_impact(company.id),
                           lambda impact: self._confirm_delete_company(company, impact))

    def _confirm_delete_company(self, company: CompanyRecord, impact: DeleteImpact) -> None:
        question = self.tr("Delete %1?").replace("%1", company.name)
        parts = [count_text(impact.positions, self.tr("1 position"), self.tr("%1 positions")),
                 count_text(impact.contacts, self.tr("1 contact"), self.tr("%1 contacts")),
                 self._entries_text(impact.pipeline_entries)]
        question += "\n" + self.tr("This also deletes %1. Phone screens stay on the candidates.").replace(
            "%1", ", ".join(parts))
        if not MessageBox.confirm(self, question) or not self._services or not self._tasks:
            return
        services = self._services
        self._tasks.submit(lambda: services.companies.delete_company(company.id), lambda _: self._after_delete())

    def _on_delete_position_button_clicked(self) -> None:
        item = self.ui.position_list.currentItem()
        if item is None or not self._services or not self._tasks:
            return
        position_id, title, services = item.data(_ROLE_ID), item.text(), self._services
        self._tasks.submit(lambda: services.companies.position_delete_impact(position_id),
                           lambda impact: self._confirm_delete_position(position_id, title, impact))

    def _confirm_delete_position(self, position_id: int, title: str, impact: DeleteImpact) -> None:
        question = self.tr("Delete the position %1?").replace("%1", title) + "\n" + self.tr(
            "This also deletes %1; its %2 stay on the candidates without a position.").replace(
            "%1", self._entries_text(impact.pipeline_entries)).replace(
            "%2", count_text(impact.phone_screens, self.tr("1 phone screen"), self.tr("%1 phone screens")))
        if not MessageBox.confirm(self, question) or not self._services or not self._tasks:
            return
        services, company_id = self._services, self._company.id if self._company else 0
        self._tasks.submit(lambda: services.companies.delete_position(position_id),
                           lambda _: self._after_delete(company_id))

    def _entries_text(self, n: int) -> str:
        return count_text(n, self.tr("1 pipeline entry"), self.tr("%1 pipeline entries"))

    def _after_delete(self, reopen_company: int = 0) -> None:
        self.company_form.load(None)  # nothing left to be dirty about
        self.ui.editor_stack.setCurrentWidget(self.ui.empty_page)
        self._company = None
        self._fill_positions(None)
        if reopen_company:
            self._open_company(reopen_company)
            self._select_after_reload = reopen_company
        self._update_buttons()
        if self._bus:
            self._bus.changed.emit("position" if reopen_company else "company")

    def _on_position_form_suggest_requested(self, text: str) -> None:
        if not self._services or not self._tasks:
            return
        skills = self._services.skills
        self._tasks.submit(lambda: skills.vocabulary().suggest(text), self._offer_suggestions)

    def _offer_suggestions(self, names: list[str]) -> None:
        if not names:
            show_status(self, self.tr("No known skills found in the description."))
            return
        accepted = SuggestedSkillsDialog.ask(self, names)
        added = self.position_form.add_suggested_skills(accepted)
        show_status(self, count_text(added, self.tr("1 skill added."), self.tr("%1 skills added.")))
