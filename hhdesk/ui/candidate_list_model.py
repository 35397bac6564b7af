"""The candidate list model for 100 000 people: it holds ids and fetches rows a page at a time.

Filtering and sorting happen in the data layer, which hands over the ids in order (``set_ids``); the
model then shows them in pages of ``PAGE_SIZE`` as the view scrolls (``canFetchMore``/``fetchMore``,
as in qutebrowser's completion categories). Rows come from ``fetch_rows``, a callable the page supplies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hhdesk.core.records import CandidateRow

Index = QModelIndex | QPersistentModelIndex
FetchRows = Callable[[list[int]], list[CandidateRow]]
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole


class CandidateListModel(QAbstractTableModel):
    COLUMNS = ("full_name", "current_title", "current_company", "city", "email", "phone")

    def __init__(self, fetch_rows: FetchRows, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._page_size = max(1, page_size)
        self._headers = (self.tr("Name"), self.tr("Title"), self.tr("Company"), self.tr("City"),
                         self.tr("E-mail"), self.tr("Phone"))
        self._ids: list[int] = []
        self._loaded = 0  # rows shown so far: always a prefix of _ids
        self._rows: dict[int, CandidateRow] = {}
        self._positions: dict[int, int] | None = None  # id -> row, built on first use
        self._fetching = False

    # -- what the page calls -------------------------------------------------------------------------
    def set_ids(self, ids: Iterable[int], first_rows: Iterable[CandidateRow] = ()) -> None:
        """Show these candidates, in this order; the first page is fetched at once unless ``first_rows``
        (read on the database thread together with the ids) already holds it."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {row.id: row for row in first_rows}
        self._positions = None
        self._loaded = 0
        self._loaded = self._load(0, min(self._page_size, len(self._ids)))
        self.endResetModel()

    @property
    def page_size(self) -> int:
        return self._page_size

    def ids(self) -> list[int]:
        """Every id the model holds (loaded or not), in order."""
        return list(self._ids)

    def total(self) -> int:
        """How many candidates the model holds, loaded or not (for an "n candidates" label)."""
        return len(self._ids)

    def row_of(self, candidate_id: int) -> int:
        """The row of a candidate (pages up to it are fetched so the row is valid), or -1."""
        if self._positions is None:
            self._positions = {cid: row for row, cid in enumerate(self._ids)}
        row = self._positions.get(candidate_id, -1)
        while 0 <= row and row >= self._loaded and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row if row < self._loaded else -1

    def candidate_at(self, row: int) -> CandidateRow | None:
        if not 0 <= row < self._loaded:
            return None
        return self._rows.get(self._ids[row])

    def reload_rows(self, ids: Sequence[int]) -> None:
        """Fetch these candidates again (after an edit) and repaint their rows if shown."""
        if self._positions is None:
            self._positions = {cid: row for row, cid in enumerate(self._ids)}
        shown = [cid for cid in dict.fromkeys(ids) if self._positions.get(cid, self._loaded) < self._loaded]
        if not shown:
            return
        fresh = {r.id: r for r in self._fetch_rows(shown)}
        for cid in shown:
            if cid in fresh:
                self._rows[cid] = fresh[cid]
            else:
                self._rows.pop(cid, None)
            row = self._positions[cid]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # -- Qt -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        # Views call fetchMore again while rows are being inserted; one page at a time.
        if parent.isValid() or self._fetching or self._loaded >= len(self._ids):
            return
        self._fetching = True
        try:
            first = self._loaded
            last = self._load(first, min(first + self._page_size, len(self._ids))) - 1
            self.beginInsertRows(QModelIndex(), first, last)
            self._loaded = last + 1
            self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            record = self._rows.get(self._ids[index.row()])
            return getattr(record, self.COLUMNS[index.column()]) if record is not None else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    # -------------------------------------------------------------------------------------------------
    def _load(self, start: int, stop: int) -> int:
        """Fetch rows ``start`` up to ``stop`` (not yet cached) and return ``stop``."""
        wanted = [cid for cid in self._ids[start:stop] if cid not in self._rows]
        if wanted:
            for record in self._fetch_rows(wanted):
                self._rows[record.id] = record
        return stop
