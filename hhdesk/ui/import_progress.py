"""Import progress in the status bar: file n of N and a Cancel button, while the window stays usable."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ImportProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.setVisible(False)

    def start(self, total: int) -> None:
        self.label.setText(self.tr("Importing %1 file(s)…").replace("%1", str(total)))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def report(self, fraction: float, text: str) -> None:
        """``text`` is "n / N: file name" from the import."""
        self.bar.setValue(int(fraction * 1000))
        if text:
            self.label.setText(self.tr("Importing %1").replace("%1", text))

    def finish(self) -> None:
        self.label.setText("")
        self.bar.reset()
        self.cancel_button.setEnabled(False)
        # Hidden from the event loop, not from inside the callback that reported the end of the import.
        QTimer.singleShot(0, self, self.hide)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling after the current file…"))
        self.cancel_requested.emit()
