"""The Companies tab: the list of client companies and positions beside their editors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from hhdesk.core.records import CompanyRecord, PositionRecord, ValidationError
from hhdesk.ui.company_editor import ROLE_ID, ROLE_KIND, CompanyForm, PositionForm, fill_company_tree
from hhdesk.ui.dialogs import MessageBox, show_status
from hhdesk.ui.forms.ui_companies_page import Ui_CompaniesPage

if TYPE_CHECKING:
    from hhdesk.core.services import Services
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner


class CompaniesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompaniesPage()
        self.ui.setupUi(self)
        self.company_form = CompanyForm()
        self.position_form = PositionForm()
        self.ui.editor_stack.addWidget(self.company_form)
        self.ui.editor_stack.addWidget(self.position_form)
        self.ui.splitter.setSizes([400, 900])
        self._companies: list[CompanyRecord] = []
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._bus: DataBus | None = None
        self._select_after_reload: tuple[str, int] | None = None
        self.ui.new_company_button.clicked.connect(self._on_new_company_button_clicked)
        self.ui.new_position_button.clicked.connect(self._on_new_position_button_clicked)
        self.ui.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.ui.filter_edit.textChanged.connect(lambda: self._refill())
        self.ui.company_tree.currentItemChanged.connect(self._on_company_tree_current_changed)
        self.company_form.save_requested.connect(self._on_company_form_save_requested)
        self.position_form.save_requested.connect(self._on_position_form_save_requested)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new_company_button_clicked)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.filter_edit.setFocus)
        self._update_buttons()

    def attach(self, services: Services, tasks: TaskRunner, bus: DataBus) -> None:
        self._services, self._tasks, self._bus = services, tasks, bus
        bus.changed.connect(self._on_bus_changed)
        self.reload()

    def reload(self) -> None:
        if self._services and self._tasks:
            self._tasks.submit(self._services.companies.list_companies, self._on_companies_loaded)

    # slots ---------------------------------------------------------------------------------
    def _on_bus_changed(self, kind: str) -> None:
        if kind in ("company", "position", "all"):
            self.reload()

    def _on_companies_loaded(self, companies: list[CompanyRecord]) -> None:
        self._companies = companies
        self._refill()

    def _refill(self) -> None:
        tree = self.ui.company_tree
        tree.blockSignals(True)
        fill_company_tree(tree, self._companies, self.ui.filter_edit.text())
        tree.blockSignals(False)
        if self._select_after_reload:
            kind, ident = self._select_after_reload
            self._select_after_reload = None
            for i in range(tree.topLevelItemCount()):
                top = tree.topLevelItem(i)
                for item in [top] + [top.child(j) for j in range(top.childCount())]:
                    if item.data(0, ROLE_KIND) == kind and item.data(0, ROLE_ID) == ident:
                        tree.blockSignals(True)
                        tree.setCurrentItem(item)
                        tree.blockSignals(False)
        self._update_buttons()

    def _current(self) -> tuple[str | None, int | None, int | None]:
        """(kind, id, company id) of the selected tree item."""
        item = self.ui.company_tree.currentItem()
        if item is None:
            return None, None, None
        kind, ident = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        company_item = item if kind == "company" else item.parent()
        return kind, ident, company_item.data(0, ROLE_ID)

    def _update_buttons(self) -> None:
        kind, _, _ = self._current()
        self.ui.new_position_button.setEnabled(kind is not None)
        self.ui.delete_button.setEnabled(kind is not None)

    def _on_company_tree_current_changed(self, *_args: object) -> None:
        self._update_buttons()
        kind, ident, company_id = self._current()
        if kind == "company":
            self._show_company(next((c for c in self._companies if c.id == ident), None))
        elif kind == "position" and self._services and self._tasks:
            self._tasks.submit(lambda: self._services.companies.get_position(ident), self._show_position)

    def _show_company(self, record: CompanyRecord | None) -> None:
        self.company_form.load(record)
        self.ui.editor_stack.setCurrentWidget(self.company_form)

    def _show_position(self, record: PositionRecord | None, company_id: int = 0) -> None:
        company_id = record.company_id if record else company_id
        name = next((c.name for c in self._companies if c.id == company_id), "")
        self.position_form.load(record, company_id, name)
        self.ui.editor_stack.setCurrentWidget(self.position_form)

    def _on_new_company_button_clicked(self) -> None:
        self.ui.company_tree.blockSignals(True)
        self.ui.company_tree.setCurrentItem(None)
        self.ui.company_tree.blockSignals(False)
        self._update_buttons()
        self._show_company(None)

    def _on_new_position_button_clicked(self) -> None:
        _, _, company_id = self._current()
        if company_id is not None:
            self._show_position(None, company_id)

    def _on_delete_button_clicked(self) -> None:
        kind, ident, _ = self._current()
        if kind is None or not self._services or not self._tasks:
            return
        if kind == "company":
            company = next(c for c in self._companies if c.id == ident)
            question = self.tr("Delete %1 with its %n position(s) and their pipeline entries?", "",
                               len(company.positions)).replace("%1", company.name)
            action = lambda: self._services.companies.delete_company(ident)  # noqa: E731
        else:
            question = self.tr("Delete this position and its pipeline entries?")
            action = lambda: self._services.companies.delete_position(ident)  # noqa: E731
        if MessageBox.confirm(self, question):
            self._tasks.submit(action, lambda _: self._after_delete(kind))

    def _after_delete(self, kind: str) -> None:
        self.ui.editor_stack.setCurrentWidget(self.ui.empty_page)
        if self._bus:
            self._bus.changed.emit(kind)

    def _on_company_form_save_requested(self, company_id: int, data: object) -> None:
        if not self._services or not self._tasks:
            return
        services = self._services
        self._tasks.submit(lambda: services.companies.save_company(data, company_id or None),
                           self._on_company_saved, self._on_save_failed(self.company_form))

    def _on_position_form_save_requested(self, position_id: int, data: object) -> None:
        if not self._services or not self._tasks:
            return
        services = self._services
        self._tasks.submit(lambda: services.companies.save_position(data, position_id or None),
                           self._on_position_saved, self._on_save_failed(self.position_form))

    def _on_company_saved(self, record: CompanyRecord) -> None:
        self.company_form.load(record)
        self._select_after_reload = ("company", record.id)
        show_status(self, self.tr("Company saved."), 4000)
        if self._bus:
            self._bus.changed.emit("company")

    def _on_position_saved(self, record: PositionRecord) -> None:
        self._show_position(record)
        self._select_after_reload = ("position", record.id)
        show_status(self, self.tr("Position saved."), 4000)
        if self._bus:
            self._bus.changed.emit("position")

    def _on_save_failed(self, form: CompanyForm | PositionForm):  # noqa: ANN202
        def handle(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                form.show_error(exc)
            else:
                MessageBox.error(self, str(exc), getattr(exc, "formatted_traceback", ""))
        return handle
