"""The Match tab: candidates ranked for a position, why, and the recommendation report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from hhdesk.core.records import PositionRecord
from hhdesk.ui.dialogs import MessageBox, SaveFileDialog, show_status
from hhdesk.ui.formatting import criterion_labels, score_text, ui_language
from hhdesk.ui.forms.ui_match_page import Ui_MatchPage
from hhdesk.ui.record_table_model import Index, RecordTableModel

if TYPE_CHECKING:
    from hhdesk.core.services import Services
    from hhdesk.core.services.matching import RankedCandidate
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner



class RankingTableModel(RecordTableModel["RankedCandidate"]):
    """Ranked candidates for one position: score, name, title, city, weakest point."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Match"), self.tr("Name"), self.tr("Title"), self.tr("City"),
                          self.tr("Main reason")), parent)

    def ranked_at(self, row: int) -> RankedCandidate | None:
        return self.record_at(row)

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.candidate.id == candidate_id), -1)

    def cell(self, record: RankedCandidate, column: int) -> Any:
        c, r = record.candidate, record.result
        if column == 0:
            return str(r.total)
        if column == 4:
            weakest = min((x for x in r.criteria if x.score is not None), key=lambda x: x.score, default=None)
            return weakest.explanation if weakest else ""
        return (c.full_name, c.current_title, c.city)[column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)


class MatchPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchPage()
        self.ui.setupUi(self)
        self.model = RankingTableModel(self)
        self.ui.ranking_table.setModel(self.model)
        self.ui.ranking_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.ranking_table.setWordWrap(False)
        self.ui.ranking_table.verticalHeader().setDefaultSectionSize(24)
        self.ui.breakdown_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.breakdown_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.breakdown_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.report_language_combo.addItem("English", "en")
        self.ui.report_language_combo.addItem("中文", "zh")
        self.ui.splitter.setSizes([700, 560])
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._bus: DataBus | None = None
        self._positions: list[PositionRecord] = []
        self._pending_candidate = 0
        self.ui.position_combo.currentIndexChanged.connect(self._on_position_combo_changed)
        self.ui.ranking_table.selectionModel().selectionChanged.connect(self._on_ranking_selection_changed)
        self.ui.recommend_button.clicked.connect(self._on_recommend_button_clicked)
        self._show_breakdown(None)

    def attach(self, services: Services, tasks: TaskRunner, bus: DataBus) -> None:
        self._services, self._tasks, self._bus = services, tasks, bus
        bus.changed.connect(self._on_bus_changed)
        self._reload_positions()

    def show_candidate(self, position_id: int, candidate_id: int) -> None:
        """Rank for ``position_id`` and select ``candidate_id`` when the ranking arrives."""
        self._pending_candidate = candidate_id
        index = self.ui.position_combo.findData(position_id)
        if index >= 0 and index != self.ui.position_combo.currentIndex():
            self.ui.position_combo.setCurrentIndex(index)
        else:
            self._rank()

    def _on_bus_changed(self, kind: str) -> None:
        if kind in ("position", "company", "all"):
            self._reload_positions()
        elif kind in ("candidate", "screen"):
            self._rank()

    def _reload_positions(self) -> None:
        if self._services and self._tasks:
            self._tasks.submit(lambda: self._services.companies.list_positions(open_only=True),
                               self._on_positions_loaded)

    def _on_positions_loaded(self, positions: list[PositionRecord]) -> None:
        combo = self.ui.position_combo
        current = combo.currentData()
        self._positions = positions
        combo.blockSignals(True)
        combo.clear()
        for pos in positions:
            combo.addItem(f"{pos.title} — {pos.company_name}" + (f" ({pos.city})" if pos.city else ""), pos.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if not positions:
            self.ui.total_label.setText(self.tr("No open positions yet: create one on the Companies tab."))
        self._rank()

    def _on_position_combo_changed(self, _index: int) -> None:
        self._rank()

    def _rank(self) -> None:
        position_id = self.ui.position_combo.currentData()
        if not position_id or not self._services or not self._tasks:
            self.model.set_rows([])
            return
        services = self._services
        lang = ui_language()
        self._tasks.submit(lambda: services.matches.rank(position_id, lang), self._on_ranked)

    def _on_ranked(self, ranked: list[RankedCandidate]) -> None:
        selected = self._selected()
        keep = self._pending_candidate or (selected.candidate.id if selected else 0)
        self._pending_candidate = 0
        self.model.set_rows(ranked)
        table = self.ui.ranking_table
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), 220))
        row = self.model.row_of(keep) if keep else (0 if ranked else -1)
        if row >= 0:
            self.ui.ranking_table.selectRow(row)
        else:
            self._show_breakdown(None)

    def _selected(self) -> RankedCandidate | None:
        rows = self.ui.ranking_table.selectionModel().selectedRows()
        return self.model.ranked_at(rows[0].row()) if rows else None

    def _on_ranking_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_breakdown(self._selected())

    def _show_breakdown(self, ranked: RankedCandidate | None) -> None:
        table = self.ui.breakdown_table
        table.setRowCount(0)
        self.ui.recommend_button.setEnabled(ranked is not None)
        if ranked is None:
            return
        result = ranked.result
        text = self.tr("%1: %2 / 100").replace("%1", ranked.candidate.full_name).replace("%2", str(result.total))
        if result.known_share < 1:
            text += self.tr(" (%1% of the score rests on known facts)").replace(
                "%1", str(round(result.known_share * 100)))
        self.ui.total_label.setText(text)
        labels = criterion_labels()
        for criterion in result.criteria:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(labels.get(criterion.key, criterion.key)))
            table.setItem(row, 1, QTableWidgetItem(score_text(criterion.score)))
            table.setItem(row, 2, QTableWidgetItem(criterion.explanation))

    def _on_recommend_button_clicked(self) -> None:
        ranked = self._selected()
        position_id = self.ui.position_combo.currentData()
        if ranked is None or not position_id or not self._services or not self._tasks:
            return
        anonymous = self.ui.anonymous_check.isChecked()
        lang = self.ui.report_language_combo.currentData()
        stem = f"HH-{ranked.candidate.id:04d}" if anonymous else ranked.candidate.full_name
        suggested = str(Path.home() / f"Recommendation - {stem}.pdf")
        path = SaveFileDialog.ask(self, self.tr("Save recommendation report"), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        services, candidate_id = self._services, ranked.candidate.id
        self.ui.recommend_button.setEnabled(False)
        show_status(self, self.tr("Rendering the report…"), 0)
        self._tasks.submit(
            lambda: services.reports.render(candidate_id, position_id, Path(path), lang, anonymous),
            self._on_report_saved, self._on_report_failed)

    def _on_report_saved(self, path: Path) -> None:
        self.ui.recommend_button.setEnabled(True)
        show_status(self, self.tr("Report saved to %1").replace("%1", str(path)), 8000)
        if self._bus:
            self._bus.changed.emit("report")

    def _on_report_failed(self, exc: BaseException) -> None:
        self.ui.recommend_button.setEnabled(True)
        show_status(self, "")
        MessageBox.error(self, self.tr("The report could not be saved: %1").replace("%1", str(exc)),
                         getattr(exc, "formatted_traceback", ""))
