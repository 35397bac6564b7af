"""The paged candidate list model: ids in, rows fetched a page at a time, Qt's model rules kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from hhdesk.core.records import CandidateInput, CandidateRow
from hhdesk.core.services import build_services
from hhdesk.core.services.candidate_list import CandidateFilter, CandidateListService
from hhdesk.ui.candidate_list_model import PAGE_SIZE, CandidateListModel


class CountingFetch:
    """A fake data layer: rows made up from ids, every call recorded."""

    def __init__(self, missing: set[int] | None = None) -> None:
        self.calls: list[list[int]] = []
        self.missing = missing or set()
        self.prefix = "Person"

    def __call__(self, ids: list[int]) -> list[CandidateRow]:
        self.calls.append(list(ids))
        return [CandidateRow(i, f"{self.prefix} {i}", f"p{i}@example.com", f"+86138{i:08d}", "上海", "Engineer",
                             "Acme") for i in ids if i not in self.missing]


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    fetch = CountingFetch()
    model = CandidateListModel(fetch)
    qtmodeltester.check(model)
    model.set_ids([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.columnCount() == 6
    assert not model.canFetchMore(QModelIndex())
    assert fetch.calls == []


def test_filled_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    fetch = CountingFetch(missing={7})
    model = CandidateListModel(fetch)
    model.set_ids(range(1, 451))
    qtmodeltester.check(model)  # the tester fetches more pages itself
    assert model.rowCount() == 450
    assert model.data(model.index(6, 0)) == ""  # deleted meanwhile: an empty row, not a crash


def test_pages_are_fetched_lazily_and_at_most_200_at_a_time() -> None:
    fetch = CountingFetch()
    model = CandidateListModel(fetch)
    ids = list(range(1000, 0, -1))
    model.set_ids(ids)
    assert fetch.calls == [ids[:PAGE_SIZE]]
    assert model.rowCount() == PAGE_SIZE and model.total() == 1000
    assert model.data(model.index(0, 0)) == "Person 1000"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Phone"
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert inserted == [(200, 399), (400, 599), (600, 799), (800, 999)]
    assert all(len(call) <= PAGE_SIZE for call in fetch.calls) and len(fetch.calls) == 5
    assert model.rowCount() == 1000
    model.fetchMore(QModelIndex())  # nothing left: no call
    assert len(fetch.calls) == 5


def test_fetch_more_is_not_reentered() -> None:
    fetch = CountingFetch()
    model = CandidateListModel(fetch)
    model.set_ids(range(1, 1001))

    def reenter(_parent: QModelIndex, _first: int, _last: int) -> None:
        model.fetchMore(QModelIndex())  # a view asking again while rows are being inserted

    model.rowsAboutToBeInserted.connect(reenter)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400 and len(fetch.calls) == 2


def test_row_of_candidate_at_and_reload() -> None:
    fetch = CountingFetch()
    model = CandidateListModel(fetch)
    model.set_ids(range(1, 1001))
    assert model.row_of(5) == 4
    assert model.candidate_at(4).full_name == "Person 5"  # type: ignore[union-attr]
    assert model.row_of(950) == 949  # pages up to it are fetched, so the row is valid
    assert model.rowCount() == 1000 and model.candidate_at(949).id == 950  # type: ignore[union-attr]
    assert model.row_of(5000) == -1
    assert model.candidate_at(-1) is None and model.candidate_at(1000) is None
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    fetch.prefix = "Renamed"
    model.reload_rows([5, 424242])
    assert changed == [4] and model.data(model.index(4, 0)) == "Renamed 5"
    model.set_ids([3, 2])
    assert model.rowCount() == 2 and model.row_of(5) == -1 and model.row_of(2) == 1


def test_in_a_view_over_the_real_service(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    services = build_services(tmp_path / "data")
    try:
        for n in range(450):
            services.candidates.save(CandidateInput(full_name=f"候选人{n:03d}", city="上海" if n % 2 else "北京"))
        listing = CandidateListService(services.sessions)
        calls: list[int] = []

        def fetch(ids: list[int]) -> list[CandidateRow]:
            calls.append(len(ids))
            return listing.rows(ids)

        model = CandidateListModel(fetch)
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(600, 300)
        view.show()
        model.set_ids(listing.query(CandidateFilter(city="上海", sort="name")))
        assert model.total() == 225 and model.rowCount() == PAGE_SIZE
        assert model.data(model.index(0, 0)) == "候选人001" and model.data(model.index(0, 3)) == "上海"
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() == 225)
        assert max(calls) <= PAGE_SIZE
        model.set_ids(listing.query(CandidateFilter(text="候选人449")))
        assert [model.candidate_at(r).full_name for r in range(model.rowCount())] == ["候选人449"]  # type: ignore[union-attr]
    finally:
        services.close()


@pytest.mark.parametrize("page", [1, 7])
def test_small_pages(page: int, qtmodeltester) -> None:  # noqa: ANN001
    model = CandidateListModel(CountingFetch(), page_size=page)
    model.set_ids(range(1, 30))
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 29
    qtmodeltester.check(model)


def test_first_page_read_with_the_ids_needs_no_fetch() -> None:
    from hhdesk.core.records import CandidateRow
    from hhdesk.ui.candidate_list_model import CandidateListModel

    calls: list[list[int]] = []
    rows = [CandidateRow(i, f"P{i}", "", "", "", "", "") for i in range(1, 6)]
    model = CandidateListModel(lambda ids: calls.append(list(ids)) or [r for r in rows if r.id in ids], page_size=3)
    model.set_ids([1, 2, 3, 4, 5], rows[:3])
    assert calls == [] and model.rowCount() == 3 and model.candidate_at(2).full_name == "P3"
