"""The candidate's profile as read from the resume, for the consultant to confirm or correct."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget

from hhdesk.core.records import CandidateInput, CandidateRecord, ValidationError
from hhdesk.core.skill_text import split_skills
from hhdesk.ui.formatting import core_text
from hhdesk.ui.forms.ui_candidate_form import Ui_CandidateForm


class CandidateForm(QWidget):
    save_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidateForm()
        self.ui.setupUi(self)
        self._candidate_id = 0
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)

    def load(self, record: CandidateRecord) -> None:
        ui = self.ui
        self._candidate_id = record.id
        ui.name_edit.setText(record.full_name)
        ui.email_edit.setText(record.email)
        ui.phone_edit.setText(record.phone)
        ui.city_edit.setText(record.city)
        ui.title_edit.setText(record.current_title)
        ui.company_edit.setText(record.current_company)
        ui.years_spin.setValue(record.years_experience if record.years_experience is not None else -0.5)
        ui.skills_edit.setText(", ".join(record.skills))
        ui.resume_text_edit.setPlainText(record.resume_text or self.tr("(No resume file for this candidate.)"))
        self._highlight_sources(record)
        ui.error_label.clear()

    def _highlight_sources(self, record: CandidateRecord) -> None:
        """Mark where each field was read in the resume, so the consultant can check it at a glance."""
        edit = self.ui.resume_text_edit
        values = [record.full_name, record.email, record.phone, record.city, record.current_title,
                  record.current_company]
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff2a8"))
        for value in (v.strip() for v in values):
            if len(value) < 2:
                continue
            cursor = edit.document().find(value)
            if cursor.isNull() and value.startswith("+"):  # a phone read as +86 138…, written 138-…
                cursor = edit.document().find(value[-4:])
            if not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = cursor, fmt
                selections.append(selection)
        edit.setExtraSelections(selections)

    def _text_fields(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {"full_name": ui.name_edit, "email": ui.email_edit, "phone": ui.phone_edit, "city": ui.city_edit,
                "current_title": ui.title_edit, "current_company": ui.company_edit, "skills": ui.skills_edit}

    def field_texts(self) -> dict[str, str]:
        """The profile as shown, field by field, as text (for a merge)."""
        values = {key: edit.text() for key, edit in self._text_fields().items()}
        years = self.ui.years_spin.value()
        values["years_experience"] = f"{years:g}" if years >= 0 else ""
        return values

    def set_field_texts(self, values: dict[str, str]) -> None:
        """Put merged values into the form (not saved until the user saves or confirms)."""
        for key, edit in self._text_fields().items():
            if key in values:
                edit.setText(values[key])
        if values.get("years_experience"):
            self.ui.years_spin.setValue(float(values["years_experience"]))

    def highlighted_count(self) -> int:
        return len(self.ui.resume_text_edit.extraSelections())

    def data(self) -> CandidateInput:
        ui = self.ui
        years = ui.years_spin.value()
        return CandidateInput(
            full_name=ui.name_edit.text(), email=ui.email_edit.text(), phone=ui.phone_edit.text(),
            city=ui.city_edit.text(), current_title=ui.title_edit.text(), current_company=ui.company_edit.text(),
            years_experience=years if years >= 0 else None, skills=tuple(split_skills(ui.skills_edit.text())),
        )

    def show_error(self, error: ValidationError) -> None:
        self.ui.error_label.setText(core_text(error.message))

    def _on_save_button_clicked(self) -> None:
        self.ui.error_label.clear()
        self.save_requested.emit(self._candidate_id, self.data())
