"""Small dialogs behind class methods that tests replace (no modal loop in a test)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# Called with literals as translate("Dialogs", "…"), so pyside6-lupdate finds every message of this module.
translate = QCoreApplication.translate


class MessageBox:
    @classmethod
    def error(cls, parent: QWidget | None, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Dialogs", "hhdesk"), message,
                          QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    @classmethod
    def confirm(cls, parent: QWidget | None, question: str) -> bool:
        answer = QMessageBox.question(parent, translate("Dialogs", "hhdesk"), question)
        return answer == QMessageBox.StandardButton.Yes


class SaveFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None


class OpenFilesDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, file_filter: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return paths


class FirstRunDialog:
    """Offered when the database is empty: start with the demo agency or an empty one."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(translate("Dialogs", "Welcome to hhdesk"))
        box.setText(translate("Dialogs", "Your database is empty. Would you like to explore hhdesk with a demo agency "
                              "(companies, positions and 30 candidates), or start with an empty database?"))
        demo = box.addButton(translate("Dialogs", "Load the demo agency"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Dialogs", "Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is demo


def form_error_handler(parent: QWidget, form: QWidget) -> Callable[[BaseException], None]:
    """For a failed save: a :class:`ValidationError` goes next to its field on ``form`` (``show_error``);
    anything else becomes an error message with the details."""
    from hhdesk.core.records import ValidationError
    from hhdesk.ui.formatting import core_text

    def handle(exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            form.show_error(exc)  # type: ignore[attr-defined]
        else:
            MessageBox.error(parent, core_text(exc), getattr(exc, "formatted_traceback", ""))

    return handle


def show_status(widget: QWidget, text: str, msecs: int = 4000) -> None:
    """A transient message in the main window's status bar, when the widget sits in one."""
    from PySide6.QtWidgets import QMainWindow

    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)


class UnsavedChangesDialog:
    """Save, discard or stay when leaving a form with unsaved edits."""

    SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, translate("Dialogs", "Unsaved changes"),
                          translate("Dialogs", "%1 has unsaved changes. Save them?").replace("%1", what),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: cls.SAVE,
                QMessageBox.StandardButton.Discard: cls.DISCARD}.get(QMessageBox.StandardButton(answer), cls.CANCEL)


class SuggestedSkillsDialog:
    """The skills found in a job description, each ticked, for the user to accept or untick."""

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> list[str]:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

        dialog = QDialog(parent)
        dialog.setWindowTitle(translate("Dialogs", "Suggested skills"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(translate("Dialogs", "Skills found in the description. "
                                          "Untick those the position does not need:")))
        listing = QListWidget(dialog)
        for name in names:
            item = QListWidgetItem(name, listing)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [listing.item(i).text() for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]


class ChoiceDialog:
    """Pick one of several labelled items (None when cancelled); tests replace ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None
