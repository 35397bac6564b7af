"""The Match tab: candidates ranked for a position (or positions for a candidate), why, and what next:
shortlist, open the other positions, recommend.

The ranking is computed on the database thread (ids and totals for everyone, the first page with its
sentences); further pages are explained as the table scrolls. Filters and sorting are done by the data
layer, then the model is reset.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from hhdesk.core.records import PIPELINE_STAGES, PositionRecord
from hhdesk.ui.dialogs import MessageBox, show_status
from hhdesk.ui.formatting import core_text, count_text, criterion_labels, score_text, ui_language
from hhdesk.ui.forms.ui_match_page import Ui_MatchPage
from hhdesk.ui.match_models import SORTABLE, PositionRankingModel, RankingModel, stage_text

if TYPE_CHECKING:
    from hhdesk.core.matching import MatchResult
    from hhdesk.core.records import Submission
    from hhdesk.core.services import Services
    from hhdesk.core.services.matching import MatchFilter, RankedCandidate, RankedPosition, SalaryFigures
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner


MAX_KEEP_ROW = 2000  # a candidate ranked lower is not kept selected (explaining 2000 rows ≈ 0.1 s)


class MatchPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RankingModel(self._fetch_page, parent=self)
        ui.ranking_table.setModel(self.model)
        self.positions_model = PositionRankingModel(self)
        ui.positions_table.setModel(self.positions_model)
        for table in (ui.ranking_table, ui.positions_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.setWordWrap(False)
            table.verticalHeader().setDefaultSectionSize(24)
        header = ui.ranking_table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._on_header_clicked)
        ui.breakdown_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):
            ui.breakdown_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.breakdown_table.horizontalHeader().sectionResized.connect(self._fit_breakdown)
        ui.stage_combo.addItem(self.tr("Any stage"), "")
        ui.stage_combo.addItem(self.tr("Not in the pipeline"), "none")
        for stage in PIPELINE_STAGES:
            ui.stage_combo.addItem(stage_text(stage), stage)
        ui.splitter.setSizes([720, 600])
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._bus: DataBus | None = None
        self._pending_candidate = 0
        self._sort = ("score", False)
        self._lang = ui_language()
        self._candidate_mode: tuple[int, str] | None = None  # (candidate id, name) when ranking positions
        self._show_sort_indicator()
        self._stale = False
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self._rank)
        ui.position_combo.currentIndexChanged.connect(lambda _i: self._rank())
        ui.min_score_spin.valueChanged.connect(lambda _v: self._filter_timer.start())
        ui.city_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        ui.stage_combo.currentIndexChanged.connect(lambda _i: self._rank())
        ui.must_haves_check.toggled.connect(lambda _c: self._rank())
        ui.ranking_table.selectionModel().selectionChanged.connect(self._on_ranking_selection_changed)
        ui.positions_table.selectionModel().selectionChanged.connect(self._on_positions_selection_changed)
        ui.recommend_button.clicked.connect(self._on_recommend_button_clicked)
        ui.shortlist_report_button.clicked.connect(self._on_shortlist_report_button_clicked)
        ui.shortlist_button.clicked.connect(self._on_shortlist_button_clicked)
        ui.positions_button.clicked.connect(self._on_positions_button_clicked)
        ui.back_button.clicked.connect(self._leave_candidate_mode)
        QShortcut(QKeySequence("Ctrl+L"), self, self._on_shortlist_button_clicked,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_detail(None)

    def attach(self, services: Services, tasks: TaskRunner, bus: DataBus) -> None:
        self._services, self._tasks, self._bus = services, tasks, bus
        bus.changed.connect(self._on_bus_changed)
        self._reload_positions()

    # -- what other pages call ---------------------------------------------------------------------------
    def show_candidate(self, position_id: int, candidate_id: int) -> None:
        """Rank for ``position_id`` and select ``candidate_id`` when the ranking arrives."""
        self._leave_candidate_mode(rank=False)
        self._pending_candidate = candidate_id
        index = self.ui.position_combo.findData(position_id)
        if index >= 0 and index != self.ui.position_combo.currentIndex():
            self.ui.position_combo.setCurrentIndex(index)
        else:
            self._rank()

    def show_positions_for(self, candidate_id: int, name: str) -> None:
        """Rank the open positions for one candidate."""
        self._candidate_mode = (candidate_id, name)
        ui = self.ui
        for widget in (ui.position_label, ui.position_combo, ui.filters_widget):
            widget.setVisible(False)
        ui.back_button.setVisible(True)
        ui.mode_label.setVisible(True)
        ui.mode_label.setText(self.tr("Open positions for %1").replace("%1", name))
        ui.list_stack.setCurrentWidget(ui.positions_table)
        ui.positions_button.setVisible(False)
        ui.shortlist_report_button.setVisible(False)
        self._rank()

    # -- ranking -------------------------------------------------------------------------------------------
    def current_filter(self) -> MatchFilter:
        from hhdesk.core.services.matching import MatchFilter

        ui = self.ui
        return MatchFilter(min_score=ui.min_score_spin.value(), stage=ui.stage_combo.currentData() or "",
                           city=ui.city_edit.text().strip(), must_haves_met=ui.must_haves_check.isChecked(),
                           sort=self._sort[0], descending=self._sort[1])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._rank()

    def _rank(self) -> None:
        if not self._services or not self._tasks:
            return
        if not self.isVisible():  # ranked when the tab is opened: start-up and imports do not wait for it
            self._stale = True
            return
        self._stale = False
        services, lang = self._services, ui_language()
        self._lang = lang
        if self._candidate_mode is not None:
            candidate_id = self._candidate_mode[0]
            self._tasks.submit(lambda: services.matches.rank_positions(candidate_id, lang), self._on_positions_ranked)
            return
        position_id = self.ui.position_combo.currentData()
        if not position_id:
            self.model.set_ranking([])
            self._show_detail(None)
            return
        filters, page = self.current_filter(), self.model.page_size
        selected = self._selected()
        keep = self._pending_candidate or (selected.candidate.id if selected else 0)

        def rank() -> tuple[list[int], list[RankedCandidate]]:
            ids = [int(i) for i in services.matches.rank_ids(position_id, filters).ids]
            # The rows down to the candidate to keep selected are explained here, not on the GUI thread.
            reach = ids.index(keep) + 1 if keep in ids[:MAX_KEEP_ROW] else 0
            return ids, services.matches.explain(position_id, ids[:max(page, reach)], lang)

        self.ui.count_label.setText(self.tr("Ranking…"))  # the first ranking of a large database takes seconds
        self._tasks.submit(rank, self._on_ranked)

    def _fetch_page(self, ids: list[int]) -> list[RankedCandidate]:
        # Further pages (100 rows ≈ a few ms) as the user scrolls; the first comes with the ranking.
        position_id = self.ui.position_combo.currentData()
        if not self._services or not position_id:
            return []
        return self._services.matches.explain(position_id, ids, self._lang)

    def _on_ranked(self, result: tuple[list[int], list[RankedCandidate]]) -> None:
        ids, first = result
        selected = self._selected()
        keep = self._pending_candidate or (selected.candidate.id if selected else 0)
        self._pending_candidate = 0
        table = self.ui.ranking_table
        table.selectionModel().blockSignals(True)
        self.model.set_ranking(ids, first)
        table.selectionModel().blockSignals(False)
        self.ui.count_label.setText(count_text(len(ids), self.tr("1 candidate"), self.tr("%1 candidates")))
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), 200))
        row = self.model.row_of(keep) if keep and self.model.is_loaded(keep) else -1
        if row < 0 and ids:
            row = 0
        if row >= 0:
            table.selectRow(row)
            self._show_detail(self.model.ranked_at(row))
        else:
            self._show_detail(None)
            self.ui.total_label.setText(self.tr("No candidate passes these filters.") if self._filtered()
                                        else self.tr("No candidates yet: drop resumes on the window."))

    def _filtered(self) -> bool:
        f = self.current_filter()
        return bool(f.min_score or f.stage or f.city or f.must_haves_met)

    def _on_positions_ranked(self, ranked: list[RankedPosition]) -> None:
        self.positions_model.set_rows(ranked)
        table = self.ui.positions_table
        for column in range(self.positions_model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), 220))
        if ranked:
            table.selectRow(0)
        else:
            self._show_detail(None)
            self.ui.total_label.setText(self.tr("No open positions to match."))

    def _on_header_clicked(self, section: int) -> None:
        """Match and Name are ordered by the data layer (all candidates, not just the rows loaded)."""
        sort = SORTABLE.get(section)
        if sort is None:
            show_status(self, self.tr("The ranking can be ordered by match or by name."))
        else:
            descending = (not self._sort[1]) if self._sort[0] == sort else False
            self._sort = (sort, descending)
            self._rank()
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        sort, flipped = self._sort
        section = next(c for c, name in SORTABLE.items() if name == sort)
        # Best first shows as a descending score; names run A→Z unless flipped.
        ascending = flipped if sort == "score" else not flipped
        order = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        self.ui.ranking_table.horizontalHeader().setSortIndicator(section, order)

    # -- the detail pane -------------------------------------------------------------------------------------
    def _selected(self) -> RankedCandidate | None:
        rows = self.ui.ranking_table.selectionModel().selectedRows()
        return self.model.ranked_at(rows[0].row()) if rows else None

    def _selected_position(self) -> RankedPosition | None:
        rows = self.ui.positions_table.selectionModel().selectedRows()
        return self.positions_model.record_at(rows[0].row()) if rows else None

    def _on_ranking_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self._selected())

    def _on_positions_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self._selected_position())

    def _show_detail(self, ranked: RankedCandidate | RankedPosition | None) -> None:
        ui = self.ui
        ui.breakdown_table.setRowCount(0)
        for button in (ui.recommend_button, ui.shortlist_button, ui.positions_button):
            button.setEnabled(ranked is not None)
        if ranked is None:
            ui.known_label.clear()
            ui.skills_label.clear()
            ui.radar_chart.clear()
            ui.salary_chart.clear()
            ui.total_label.setText(self.tr("Pick a position to rank candidates."))
            return
        result = ranked.result
        who = ranked.candidate.full_name if hasattr(ranked, "candidate") else (
            f"{ranked.position.title} — {ranked.position.company_name}")  # type: ignore[union-attr]
        ui.total_label.setText(self.tr("%1: %2 / 100").replace("%1", who).replace("%2", str(result.total)))
        known = self.tr("%1% of the score rests on known facts.").replace("%1", str(round(result.known_share * 100)))
        if result.capped_by:
            known += " " + self.tr("Capped at %1 while a must-have is missing.").replace("%1", "40")
        stage = stage_text(ranked.stage)
        ui.known_label.setText(known + (" " + self.tr("Stage: %1.").replace("%1", stage) if stage else ""))
        ui.skills_label.setText(self._skills_html(result))
        labels = criterion_labels()
        ui.radar_chart.set_criteria([(labels[c.key], c.score) for c in result.criteria if c.weight > 0])
        self._show_salary(ranked.salary)
        for criterion in result.criteria:
            row = ui.breakdown_table.rowCount()
            ui.breakdown_table.insertRow(row)
            ui.breakdown_table.setItem(row, 0, QTableWidgetItem(labels.get(criterion.key, criterion.key)))
            weight = QTableWidgetItem(score_text(criterion.score))
            weight.setToolTip(self.tr("Weight %1").replace("%1", f"{criterion.weight:g}"))
            ui.breakdown_table.setItem(row, 1, weight)
            ui.breakdown_table.setItem(row, 2, QTableWidgetItem(criterion.explanation))
        QTimer.singleShot(0, self._fit_breakdown)  # once the rows know their wrapped heights
        ui.shortlist_button.setEnabled(ranked.stage in ("", "sourced", "screened", "talent_pool"))

    def _fit_breakdown(self, *_args: object) -> None:
        """Rows as tall as their wrapped sentences (again whenever the column width changes)."""
        self.ui.breakdown_table.resizeRowsToContents()

    def _skills_html(self, result: MatchResult) -> str:
        parts = []
        if result.matched_skills:
            parts.append(self.tr("Has: %1").replace("%1", "<span style='color:#1b7a3a'>" + html.escape(
                ", ".join(result.matched_skills)) + "</span>"))
        if result.missing_skills:
            missing = ", ".join(html.escape(s) + (" ★" if s in result.capped_by else "") for s in result.missing_skills)
            parts.append(self.tr("Missing: %1").replace("%1", f"<span style='color:#b00020'>{missing}</span>"))
        if result.capped_by:
            parts.append(self.tr("★ must-have"))
        return " · ".join(parts)

    def _show_salary(self, figures: SalaryFigures | None) -> None:
        if figures is None:
            self.ui.salary_chart.clear()
            return
        self.ui.salary_chart.set_salaries(figures.budget_min, figures.budget_max, figures.current, figures.expected,
                                          figures.bottom_line, figures.currency)

    # -- actions ----------------------------------------------------------------------------------------------
    def _current_pair(self) -> tuple[int, int] | None:
        """(candidate id, position id) of the row selected, in either mode."""
        if self._candidate_mode is not None:
            chosen = self._selected_position()
            return (self._candidate_mode[0], chosen.position.id) if chosen else None
        ranked, position_id = self._selected(), self.ui.position_combo.currentData()
        return (ranked.candidate.id, position_id) if ranked and position_id else None

    def _on_shortlist_button_clicked(self) -> None:
        pair = self._current_pair()
        if pair is None or not self._services or not self._tasks:
            return
        services, (candidate_id, position_id) = self._services, pair
        self._tasks.submit(lambda: services.pipeline.move(candidate_id, position_id, "shortlisted"),
                           lambda before: self._on_shortlisted(candidate_id, position_id, before),
                           lambda exc: MessageBox.error(self, core_text(exc), getattr(exc, "formatted_traceback", "")))

    def _on_shortlisted(self, candidate_id: int, position_id: int, before: str) -> None:
        show_status(self, self.tr("Shortlisted.") if before != "shortlisted" else self.tr("Already shortlisted."))
        if self._bus:
            self._bus.changed.emit("pipeline")
        if self._candidate_mode is not None:
            self._rank()
            return
        if self._services and self._tasks:
            matches, lang = self._services.matches, self._lang
            self._tasks.submit(lambda: matches.explain(position_id, [candidate_id], lang), self._on_row_refreshed)

    def _on_row_refreshed(self, fresh: list[RankedCandidate]) -> None:
        if not fresh:
            return
        self.model.replace(fresh[0])
        selected = self._selected()
        if selected is not None and selected.candidate.id == fresh[0].candidate.id:
            self._show_detail(fresh[0])

    def _on_positions_button_clicked(self) -> None:
        ranked = self._selected()
        if ranked is not None:
            self.show_positions_for(ranked.candidate.id, ranked.candidate.full_name)

    def _leave_candidate_mode(self, rank: bool = True) -> None:
        if self._candidate_mode is None:
            return
        self._candidate_mode = None
        ui = self.ui
        for widget in (ui.position_label, ui.position_combo, ui.filters_widget, ui.positions_button,
                       ui.shortlist_report_button):
            widget.setVisible(True)
        ui.back_button.setVisible(False)
        ui.mode_label.setVisible(False)
        ui.list_stack.setCurrentWidget(ui.ranking_table)
        if rank:
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
        combo.blockSignals(True)
        combo.clear()
        for pos in positions:
            combo.addItem(f"{pos.title} — {pos.company_name}" + (f" ({pos.city})" if pos.city else ""), pos.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._rank()
        if not positions:
            self.ui.total_label.setText(self.tr("No open positions yet: create one on the Companies tab."))

    def _on_recommend_button_clicked(self) -> None:
        """The report preview for the selected pair: options, the pages, then Save / Print / Open."""
        pair = self._current_pair()
        if pair is None or not self._services or not self._tasks:
            return
        from hhdesk.ui.report_preview import ReportPreviewDialog  # pypdfium2 is loaded only when asked for

        candidate_id, position_id = pair
        selected = self._selected()
        name = self._candidate_mode[1] if self._candidate_mode else selected.candidate.full_name if selected else ""
        ReportPreviewDialog.open_for(self, self._services, self._tasks, candidate_id, position_id, name,
                                     anonymous=self.ui.anonymous_check.isChecked(), on_saved=self._on_report_saved)

    def _on_shortlist_report_button_clicked(self) -> None:
        """Every candidate shortlisted for the position, best match first, in one PDF."""
        position_id = self.ui.position_combo.currentData()
        if self._candidate_mode is not None or not position_id or not self._services or not self._tasks:
            return
        from hhdesk.core.services.matching import MatchFilter

        matches = self._services.matches
        self._tasks.submit(
            lambda: [int(i) for i in matches.rank_ids(position_id, MatchFilter(stage="shortlisted")).ids],
            lambda ids: self._open_shortlist(position_id, ids))

    def _open_shortlist(self, position_id: int, ids: list[int]) -> None:
        if not ids:
            show_status(self, self.tr("No one is shortlisted for this position yet: select a candidate and press "
                                      "Ctrl+L."), 8000)
            return
        if not self._services or not self._tasks:
            return
        from hhdesk.ui.report_preview import ReportPreviewDialog

        ReportPreviewDialog.open_for(self, self._services, self._tasks, ids, position_id,
                                     anonymous=self.ui.anonymous_check.isChecked(), on_saved=self._on_report_saved)

    def _on_report_saved(self, submissions: list[Submission]) -> None:
        if submissions:
            show_status(self, self.tr("Report saved to %1").replace("%1", submissions[0].file_name), 8000)
        if self._bus:
            self._bus.changed.emit("report")
            self._bus.changed.emit("pipeline")
        self._rank()  # the stage column now says "recommended"
