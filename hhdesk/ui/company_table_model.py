"""The company list: a few hundred clients at most, so sorting and filtering happen on the rows here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt

from hhdesk.core.records import CompanyRow
from hhdesk.ui.record_table_model import RecordTableModel

_KEYS = ("name", "industry", "city", "open_positions", "last_contact")


class CompanyTableModel(RecordTableModel[CompanyRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Company"), self.tr("Industry"), self.tr("City"), self.tr("Open positions"),
                          self.tr("Last contact")), parent)
        self._all: list[CompanyRow] = []
        self._filter = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[CompanyRow]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = " ".join(text.split()).casefold()
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply()

    def _apply(self) -> None:
        needle = self._filter
        rows = [r for r in self._all
                if not needle or any(needle in (v or "").casefold() for v in (r.name, r.industry, r.city))]
        column, order = self._sort
        key = _KEYS[column] if 0 <= column < len(_KEYS) else "name"

        def sort_key(row: CompanyRow) -> tuple:
            value = getattr(row, key)
            if isinstance(value, str):
                return (value == "", value.casefold())
            return (value is None, value or (datetime.min if key == "last_contact" else 0))

        rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        super().set_rows(rows)

    def row_of(self, company_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == company_id), -1)

    def cell(self, record: CompanyRow, column: int) -> Any:
        if column == 3:
            return str(record.open_positions)
        if column == 4:
            return QLocale().toString(record.last_contact.date(), QLocale.FormatType.ShortFormat) \
                if record.last_contact else ""
        return getattr(record, _KEYS[column])
