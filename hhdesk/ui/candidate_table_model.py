"""The candidate list model: filtering happens on the rows, then the model resets."""

from __future__ import annotations

from typing import Any

from hhdesk.core.records import CandidateRow
from hhdesk.ui.record_table_model import RecordTableModel


class CandidateTableModel(RecordTableModel[CandidateRow]):
    COLUMNS = ("full_name", "current_title", "current_company", "city", "email", "phone")

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Name"), self.tr("Title"), self.tr("Company"), self.tr("City"),
                          self.tr("E-mail"), self.tr("Phone")), parent)
        self._all: list[CandidateRow] = []
        self._filter = ""

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        needle = self._filter
        rows = [r for r in self._all if not needle or any(needle in (getattr(r, c) or "").casefold()
                                                          for c in self.COLUMNS)]
        super().set_rows(rows)

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == candidate_id), -1)

    def candidate_at(self, row: int) -> CandidateRow | None:
        return self.record_at(row)

    def cell(self, record: CandidateRow, column: int) -> Any:
        return getattr(record, self.COLUMNS[column])
