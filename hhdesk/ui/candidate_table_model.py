"""The candidate list model: rows are plain records; filtering happens on the data, then the model resets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hhdesk.core.records import CandidateRow

Index = QModelIndex | QPersistentModelIndex


class CandidateTableModel(QAbstractTableModel):
    COLUMNS = ("full_name", "current_title", "current_company", "city", "email", "phone")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[CandidateRow] = []
        self._rows: list[CandidateRow] = []
        self._filter = ""
        self._headers = (self.tr("Name"), self.tr("Title"), self.tr("Company"), self.tr("City"),
                         self.tr("E-mail"), self.tr("Phone"))

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self._all = rows
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        if self._filter:
            needle = self._filter
            self._rows = [r for r in self._all if any(needle in (getattr(r, c) or "").casefold()
                                                      for c in self.COLUMNS)]
        else:
            self._rows = list(self._all)
        self.endResetModel()

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == candidate_id), -1)

    def candidate_at(self, row: int) -> CandidateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
