"""Field-by-field merge of a new resume into a known candidate's profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from hhdesk.ui.forms.ui_merge_fields_dialog import Ui_MergeFieldsDialog


def _labels() -> dict[str, str]:
    translate = QCoreApplication.translate  # named so pyside6-lupdate reads translate(context, text)
    return {"full_name": translate("MergeFieldsDialog", "Name"), "email": translate("MergeFieldsDialog", "E-mail"),
            "phone": translate("MergeFieldsDialog", "Phone"), "city": translate("MergeFieldsDialog", "City"),
            "current_title": translate("MergeFieldsDialog", "Current title"),
            "current_company": translate("MergeFieldsDialog", "Current company"),
            "years_experience": translate("MergeFieldsDialog", "Years of experience"),
            "skills": translate("MergeFieldsDialog", "Skills")}


class MergeFieldsDialog(QDialog):
    """Shows current and new values side by side; fields that differ and are stated are offered ticked
    only where the profile is empty."""

    def __init__(self, current: dict[str, str], new: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeFieldsDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._keys: list[str] = []
        table = self.ui.fields_table
        for key, label in _labels().items():
            old, fresh = current.get(key, ""), new.get(key, "")
            if not fresh or fresh == old:
                continue
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(label))
            table.setItem(row, 1, QTableWidgetItem(old or "—"))
            item = QTableWidgetItem(fresh)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not old else Qt.CheckState.Unchecked)
            table.setItem(row, 2, item)
            self._keys.append(key)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def chosen(self) -> dict[str, str]:
        """The new values the user ticked, by field name."""
        table = self.ui.fields_table
        return {key: table.item(row, 2).text() for row, key in enumerate(self._keys)
                if table.item(row, 2).checkState() == Qt.CheckState.Checked}

    @classmethod
    def ask(cls, parent: QWidget | None, current: dict[str, str], new: dict[str, str]) -> dict[str, str] | None:
        """The ticked values, or None when cancelled (tests replace this)."""
        dialog = cls(current, new, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
