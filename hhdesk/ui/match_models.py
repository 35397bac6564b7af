"""Table models of the Match tab: a ranking of candidates held as ids (rows fetched a page at a time, so
100 000 candidates never become 100 000 Python rows), and the positions ranked for one candidate."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from hhdesk.ui.record_table_model import RecordTableModel

if TYPE_CHECKING:
    from hhdesk.core.matching import MatchResult
    from hhdesk.core.services.matching import RankedCandidate, RankedPosition

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[list[int]], list["RankedCandidate"]]
PAGE_SIZE = 100
SORTABLE = {0: "score", 1: "name"}  # column -> the order the data layer can give


# The pipeline stages' names (core.records.PIPELINE_STAGES), translated in the "Match" context by stage_text().
STAGE_TEXTS = {"sourced": QT_TRANSLATE_NOOP("Match", "Sourced"), "screened": QT_TRANSLATE_NOOP("Match", "Screened"),
               "shortlisted": QT_TRANSLATE_NOOP("Match", "Shortlisted"),
               "recommended": QT_TRANSLATE_NOOP("Match", "Recommended"),
               "interview": QT_TRANSLATE_NOOP("Match", "Interview"), "offer": QT_TRANSLATE_NOOP("Match", "Offer"),
               "placed": QT_TRANSLATE_NOOP("Match", "Placed"), "rejected": QT_TRANSLATE_NOOP("Match", "Rejected"),
               "talent_pool": QT_TRANSLATE_NOOP("Match", "Talent pool")}


def stage_text(stage: str) -> str:
    """A pipeline stage's name in the UI language ("talent_pool" → "Talent pool"; an unknown stage as it is)."""
    if not stage:
        return ""
    return QCoreApplication.translate("Match", STAGE_TEXTS.get(stage, stage.replace("_", " ").capitalize()))


def key_reason(result: MatchResult) -> str:
    """The one sentence that matters most: a missing must-have, else the weakest known criterion."""
    if result.capped_by:
        skills = next((c for c in result.criteria if c.key == "skills"), None)
        return skills.explanation if skills else ""
    weakest = min((c for c in result.criteria if c.score is not None and c.weight > 0),
                  key=lambda c: c.score, default=None)  # type: ignore[arg-type, return-value]
    return weakest.explanation if weakest else ""


def _score_colour(total: int) -> QColor:
    return QColor("#1b7a3a") if total >= 75 else QColor("#8a6d00") if total >= 50 else QColor("#b00020")


class RankingModel(QAbstractTableModel):
    """Candidates ranked for a position: ids and totals from the data layer, the rest a page at a time."""

    def __init__(self, fetch_page: FetchPage, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_page
        self._page = max(1, page_size)
        self._headers = (self.tr("Match"), self.tr("Name"), self.tr("Title"), self.tr("City"), self.tr("Stage"),
                         self.tr("Key reason"))
        self._ids: list[int] = []
        self._rows: dict[int, RankedCandidate] = {}
        self._loaded = 0

    def set_ranking(self, ids: Sequence[int], first_rows: Sequence[RankedCandidate] = ()) -> None:
        self.beginResetModel()
        self._ids = [int(i) for i in ids]
        self._rows = {r.candidate.id: r for r in first_rows}
        given = next((i for i, cid in enumerate(self._ids) if cid not in self._rows), len(self._ids))
        self._loaded = 0
        # At least a page; more when the rows given reach further (down to a candidate to select).
        self._loaded = max(given, self._load(0, min(self._page, len(self._ids))))
        self.endResetModel()

    @property
    def page_size(self) -> int:
        return self._page

    def total(self) -> int:
        return len(self._ids)

    def ranked_at(self, row: int) -> RankedCandidate | None:
        return self._rows.get(self._ids[row]) if 0 <= row < self._loaded else None

    def row_of(self, candidate_id: int) -> int:
        """The row of a candidate, pages fetched down to it (on the calling thread), or -1."""
        try:
            row = self._ids.index(candidate_id)
        except ValueError:
            return -1
        while row >= self._loaded and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row if row < self._loaded else -1

    def is_loaded(self, candidate_id: int) -> bool:
        """True when the candidate's row is already fetched (``row_of`` will not fetch more pages)."""
        return candidate_id in self._ids[: self._loaded]

    def replace(self, ranked: RankedCandidate) -> None:
        """Show a fresh row for one candidate (e.g. after shortlisting)."""
        if ranked.candidate.id in self._rows:
            self._rows[ranked.candidate.id] = ranked
            row = self._ids.index(ranked.candidate.id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _load(self, start: int, end: int) -> int:
        missing = [cid for cid in self._ids[start:end] if cid not in self._rows]
        if missing:
            for ranked in self._fetch(missing):
                self._rows[ranked.candidate.id] = ranked
        return end

    # -- Qt ------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        end = min(self._loaded + self._page, len(self._ids))
        self.beginInsertRows(QModelIndex(), self._loaded, end - 1)
        self._loaded = self._load(self._loaded, end)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ranked = self.ranked_at(index.row()) if index.isValid() else None
        if ranked is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            c, r = ranked.candidate, ranked.result
            values = (str(r.total), c.full_name, c.current_title, c.city, stage_text(ranked.stage), key_reason(r))
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return _score_colour(ranked.result.total)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Click to sort") if section in SORTABLE else None
        return None


class PositionRankingModel(RecordTableModel["RankedPosition"]):
    """The open positions ranked for one candidate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Match"), self.tr("Position"), self.tr("Company"), self.tr("City"),
                          self.tr("Stage"), self.tr("Key reason")), parent)

    def cell(self, record: RankedPosition, column: int) -> Any:
        p, r = record.position, record.result
        return (str(r.total), p.title, p.company_name, p.city, stage_text(record.stage), key_reason(r))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is not None and index.column() == 0:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _score_colour(record.result.total)
        return super().data(index, role)
