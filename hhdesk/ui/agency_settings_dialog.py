"""Tools → Agency settings…: the branding printed on reports (name, consultant, contact line, logo,
colour) and the agency's defaults (report language, phone region)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QColorDialog, QDialog, QDialogButtonBox, QWidget

from hhdesk.core.records import ValidationError
from hhdesk.ui.dialogs import MessageBox, OpenFilesDialog, show_status
from hhdesk.ui.formatting import core_text
from hhdesk.ui.forms.ui_agency_settings_dialog import Ui_AgencySettingsDialog

if TYPE_CHECKING:
    from hhdesk.core.services import Services
    from hhdesk.ui.tasks import TaskRunner



class AgencySettingsDialog(QDialog):
    """Loads the settings on the database thread, validates and saves them there; emits ``saved``."""

    saved = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgencySettingsDialog()
        self.ui.setupUi(self)
        self._services, self._tasks = services, tasks
        self._logo_source: Path | None = None  # a newly chosen file, copied on save
        self._logo_removed = False
        self._stored_logo = ""
        ui = self.ui
        ui.language_combo.addItem(self.tr("Same as the window"), "")
        ui.language_combo.addItem("English", "en")
        ui.language_combo.addItem("中文", "zh")
        ui.button_box.accepted.connect(self._on_save)
        ui.button_box.rejected.connect(self.reject)
        ui.logo_button.clicked.connect(self._on_logo_button_clicked)
        ui.remove_logo_button.clicked.connect(self._on_remove_logo_clicked)
        ui.colour_button.clicked.connect(self._on_colour_button_clicked)
        ui.colour_edit.textChanged.connect(self._show_swatch)
        self.setEnabled(False)
        tasks.submit(services.settings.all, self._on_loaded)

    def _on_loaded(self, values: dict[str, str]) -> None:
        ui = self.ui
        ui.agency_name_edit.setText(values.get("agency_name", ""))
        ui.consultant_edit.setText(values.get("consultant_name", ""))
        ui.contact_edit.setText(values.get("agency_contact", ""))
        ui.colour_edit.setText(values.get("brand_colour", ""))
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(values.get("report_language", ""))))
        ui.region_edit.setText(values.get("phone_region", "CN"))
        self._stored_logo = values.get("agency_logo", "")
        from hhdesk.core.branding import logo_path

        self._show_logo(logo_path(self._services.data_dir, self._stored_logo))
        self.setEnabled(True)
        ui.agency_name_edit.setFocus()

    def values(self) -> dict[str, str]:
        ui = self.ui
        return {"agency_name": ui.agency_name_edit.text(), "consultant_name": ui.consultant_edit.text(),
                "agency_contact": ui.contact_edit.text(), "brand_colour": ui.colour_edit.text(),
                "report_language": ui.language_combo.currentData(), "phone_region": ui.region_edit.text()}

    def _on_save(self) -> None:
        from hhdesk.core.branding import store_logo, validate_settings

        services, values = self._services, self.values()
        source, removed = self._logo_source, self._logo_removed

        def save() -> None:
            clean = validate_settings(values)  # nothing is stored unless every value is right
            if source is not None:
                clean["agency_logo"] = store_logo(services.data_dir, source)
            elif removed:
                clean["agency_logo"] = ""
            services.settings.set(clean)

        self.ui.error_label.clear()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._tasks.submit(save, lambda _r: self._on_saved(), self._on_failed)

    def _on_saved(self) -> None:
        show_status(self.parentWidget() or self, self.tr("Agency settings saved."))
        self.saved.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if not isinstance(exc, ValidationError):
            MessageBox.error(self, core_text(exc), getattr(exc, "formatted_traceback", ""))
            return
        self.ui.error_label.setText(core_text(exc.message))
        widget = {"agency_name": self.ui.agency_name_edit, "consultant_name": self.ui.consultant_edit,
                  "agency_contact": self.ui.contact_edit, "brand_colour": self.ui.colour_edit,
                  "phone_region": self.ui.region_edit, "agency_logo": self.ui.logo_button}.get(exc.field)
        if widget is not None:
            widget.setFocus()

    def _on_logo_button_clicked(self) -> None:
        paths = OpenFilesDialog.ask(self, self.tr("Choose the agency's logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if paths:
            self.choose_logo(Path(paths[0]))

    def choose_logo(self, path: Path) -> None:
        """Take ``path`` as the new logo (copied into the data folder on save)."""
        self._logo_source, self._logo_removed = path, False
        self._show_logo(path)

    def _on_remove_logo_clicked(self) -> None:
        self._logo_source, self._logo_removed = None, True
        self._show_logo(None)

    def _show_logo(self, path: Path | None) -> None:
        label = self.ui.logo_preview_label
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            label.setPixmap(QPixmap())
            label.setText(self.tr("No logo") if path is None else self.tr("Not an image"))
            return
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))

    def _on_colour_button_clicked(self) -> None:
        current = QColor(self.ui.colour_edit.text() or "#1F3A5F")
        chosen = QColorDialog.getColor(current, self, self.tr("Brand colour"))
        if chosen.isValid():
            self.ui.colour_edit.setText(chosen.name().upper())

    def _show_swatch(self, text: str) -> None:
        colour = QColor(text)
        style = f"background: {colour.name()};" if colour.isValid() and len(text.strip()) == 7 else ""
        self.ui.colour_swatch_label.setStyleSheet(style)
