"""After a batch import: every file and what became of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from hhdesk.core.records import ImportOutcome
from hhdesk.ui.formatting import core_text
from hhdesk.ui.forms.ui_import_summary_dialog import Ui_ImportSummaryDialog

_FAILED = QColor("#b00020")


class ImportSummaryDialog(QDialog):
    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportSummaryDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        labels = {"created": self.tr("New candidate"), "attached": self.tr("Added to existing candidate"),
                  "duplicate": self.tr("Already imported, skipped"), "failed": self.tr("Failed")}
        table = self.ui.files_table
        table.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            message = core_text(outcome.message)
            detail = message if outcome.status == "failed" else outcome.full_name
            if outcome.status in ("attached", "duplicate") and message:
                detail = f"{outcome.full_name} — {message}"
            cells = (Path(outcome.path).name, labels.get(outcome.status, outcome.status), detail)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(outcome.path if column == 0 else text)
                if outcome.status == "failed":
                    item.setForeground(QBrush(_FAILED))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)  # one line per file; the full text is in the tooltip
        table.verticalHeader().setDefaultSectionSize(24)
        counts = {s: sum(o.status == s for o in outcomes) for s in labels}
        self.ui.totals_label.setText(self.tr("%1 files: %2 new, %3 added to existing candidates, %4 skipped, "
                                             "%5 failed.")
                                     .replace("%1", str(len(outcomes))).replace("%2", str(counts["created"]))
                                     .replace("%3", str(counts["attached"])).replace("%4", str(counts["duplicate"]))
                                     .replace("%5", str(counts["failed"])))

    @classmethod
    def show_for(cls, parent: QWidget | None, outcomes: list[ImportOutcome]) -> ImportSummaryDialog:
        """Non-modal, so the window stays usable while the user reads it."""
        dialog = cls(outcomes, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
