"""Small dialogs behind class methods that tests replace (no modal loop in a test)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class MessageBox:
    @classmethod
    def error(cls, parent: QWidget | None, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("hhdesk"), message, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    @classmethod
    def confirm(cls, parent: QWidget | None, question: str) -> bool:
        answer = QMessageBox.question(parent, tr("hhdesk"), question)
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
        box.setWindowTitle(tr("Welcome to hhdesk"))
        box.setText(tr("Your database is empty. Would you like to explore hhdesk with a demo agency "
                       "(companies, positions and 30 candidates), or start with an empty database?"))
        demo = box.addButton(tr("Load the demo agency"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is demo


def show_status(widget: QWidget, text: str, msecs: int = 4000) -> None:
    """A transient message in the main window's status bar, when the widget sits in one."""
    from PySide6.QtWidgets import QMainWindow

    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)
