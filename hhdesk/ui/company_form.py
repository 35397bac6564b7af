"""The company form: profile, what to tell candidates (culture, values, leadership, atmosphere), contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from hhdesk.core.records import CompanyInput, CompanyRecord, ContactInput, ContactRecord, ValidationError
from hhdesk.ui.formatting import core_text
from hhdesk.ui.forms.ui_company_form import Ui_CompanyForm
from hhdesk.ui.item_views import commit_pending_edit

_TEXT_EDITS = {"culture": "culture_edit", "core_values": "core_values_edit",
               "leadership_style": "leadership_edit", "atmosphere": "atmosphere_edit", "notes": "notes_edit"}
_LINE_EDITS = {"name": "name_edit", "aliases": "aliases_edit", "industry": "industry_edit",
               "website": "website_edit", "city": "city_edit", "address": "address_edit"}
_CONTACT_COLUMNS = ("name", "title", "phone", "email", "wechat", "notes")
_SIZES = ("", "1–50", "50–200", "200–1,000", "1,000–5,000", "5,000–10,000", "10,000+")
_ROLE_CONTACT_ID = Qt.ItemDataRole.UserRole


class CompanyForm(QWidget):
    """Emits ``save_requested(company id or 0, CompanyInput)`` and ``name_edited(name)`` (debounced)."""

    save_requested = Signal(int, object)
    name_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompanyForm()
        self.ui.setupUi(self)
        self._record: CompanyRecord | None = None
        self._loaded = self._snapshot()
        self.ui.size_combo.addItems(list(_SIZES))
        header = self.ui.contacts_table.horizontalHeader()
        for column, width in enumerate((110, 110, 140, 180, 100)):
            header.resizeSection(column, width)
        self._name_timer = QTimer(self, singleShot=True, interval=300)
        self._name_timer.timeout.connect(lambda: self.name_edited.emit(self.ui.name_edit.text()))
        self.ui.name_edit.textEdited.connect(lambda _text: self._name_timer.start())
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.revert_button.clicked.connect(self.revert)
        self.ui.add_contact_button.clicked.connect(self._on_add_contact_button_clicked)
        self.ui.remove_contact_button.clicked.connect(self._on_remove_contact_button_clicked)

    # loading and reading -------------------------------------------------------------------------
    def load(self, record: CompanyRecord | None) -> None:
        """Show ``record`` (None: a new, empty company)."""
        self._record = record
        ui = self.ui
        ui.heading_label.setText(record.name if record else self.tr("New company"))
        for attr, widget in _LINE_EDITS.items():
            value = getattr(record, attr) if record else ""
            getattr(ui, widget).setText(value.replace("|", ", ") if attr == "aliases" else value)
        for attr, widget in _TEXT_EDITS.items():
            getattr(ui, widget).setPlainText(getattr(record, attr) if record else "")
        ui.size_combo.setCurrentText(record.size if record else "")
        commit_pending_edit(ui.contacts_table)  # no editor may outlive its row
        ui.contacts_table.setRowCount(0)
        for contact in record.contacts if record else ():
            self._add_contact_row(contact)
        self.set_similar([])
        self._clear_errors()
        self._loaded = self._snapshot()
        if record is None:
            ui.name_edit.setFocus()

    def company_id(self) -> int:
        return self._record.id if self._record else 0

    def data(self) -> CompanyInput:
        ui = self.ui
        commit_pending_edit(ui.contacts_table)
        contacts = []
        for row in range(ui.contacts_table.rowCount()):
            values = {c: (ui.contacts_table.item(row, i).text() if ui.contacts_table.item(row, i) else "")
                      for i, c in enumerate(_CONTACT_COLUMNS)}
            if not any(v.strip() for v in values.values()):
                continue  # an empty row the user added and left
            first = ui.contacts_table.item(row, 0)
            contact_id = first.data(_ROLE_CONTACT_ID) if first else None
            contacts.append(ContactRecord(**values, id=contact_id) if contact_id else ContactInput(**values))
        return CompanyInput(
            **{attr: getattr(ui, widget).text() for attr, widget in _LINE_EDITS.items()},
            **{attr: getattr(ui, widget).toPlainText() for attr, widget in _TEXT_EDITS.items()},
            size=ui.size_combo.currentText(), contacts=tuple(contacts),
        )

    def _snapshot(self) -> tuple:
        data = self.data()
        contacts = tuple((c.name, c.title, c.phone, c.email, c.wechat, c.notes) for c in data.contacts)
        aliases = tuple(a.strip() for a in data.aliases.replace("|", ",").split(",") if a.strip())
        plain = {k: v.strip() for k, v in vars(data).items() if isinstance(v, str) and k != "aliases"}
        return tuple(sorted(plain.items())), aliases, contacts

    def is_dirty(self) -> bool:
        """True when what is on screen differs from what was loaded or last saved."""
        return self._snapshot() != self._loaded

    def revert(self) -> None:
        """Throw away unsaved edits (Esc)."""
        self.load(self._record)

    # messages ------------------------------------------------------------------------------------
    def set_similar(self, names: list[str]) -> None:
        """Warn that the typed name looks like existing companies."""
        label = self.ui.name_warning_label
        label.setStyleSheet("color: #a15c00;")
        label.setText(self.tr("Looks like an existing company: %1").replace("%1", ", ".join(names)) if names else "")
        label.setVisible(bool(names))

    def show_error(self, error: ValidationError) -> None:
        """Put the message next to the field it is about."""
        self._clear_errors()
        ui = self.ui
        if error.field == "name":  # the same place as the duplicate warning, in red
            ui.name_warning_label.setStyleSheet("color: #b00020;")
            ui.name_warning_label.setText(core_text(error.message))
            ui.name_warning_label.setVisible(True)
            ui.name_edit.setFocus()
            return
        targets = {"website": (ui.website_error_label, ui.website_edit),
                   "contacts": (ui.contacts_error_label, ui.contacts_table)}
        fallback = getattr(ui, _LINE_EDITS.get(error.field, "name_edit"))
        label, widget = targets.get(error.field, (ui.error_label, fallback))
        label.setText(core_text(error.message))
        label.setVisible(True)
        widget.setFocus()

    def _clear_errors(self) -> None:
        for label in (self.ui.website_error_label, self.ui.contacts_error_label):
            label.clear()
            label.setVisible(False)
        self.ui.error_label.clear()

    # contacts ------------------------------------------------------------------------------------
    def _add_contact_row(self, contact: ContactInput | None = None) -> int:
        table = self.ui.contacts_table
        row = table.rowCount()
        table.insertRow(row)
        for column, attr in enumerate(_CONTACT_COLUMNS):
            item = QTableWidgetItem(getattr(contact, attr) if contact else "")
            if column == 0 and isinstance(contact, ContactRecord):
                item.setData(_ROLE_CONTACT_ID, contact.id)
            table.setItem(row, column, item)
        return row

    def _on_add_contact_button_clicked(self) -> None:
        row = self._add_contact_row()
        table = self.ui.contacts_table
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(table.item(row, 0))

    def _on_remove_contact_button_clicked(self) -> None:
        row = self.ui.contacts_table.currentRow()
        if row >= 0:
            self.ui.contacts_table.removeRow(row)

    def _on_save_button_clicked(self) -> None:
        self._clear_errors()
        self.save_requested.emit(self.company_id(), self.data())

    def mark_saved(self, record: CompanyRecord) -> None:
        """After a successful save: the saved record becomes the baseline."""
        self.load(record)
