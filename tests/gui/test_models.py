"""Every item model passes Qt's model tester, empty, filled and filtered."""

from __future__ import annotations

from hhdesk.core.matching import Criterion, MatchResult
from hhdesk.core.records import CandidateRow
from hhdesk.core.services.matching import RankedCandidate
from hhdesk.ui.match_models import RankingModel

ROWS = [CandidateRow(1, "张伟", "zw@example.cn", "+8613800000001", "上海", "后端工程师", "某科技"),
        CandidateRow(2, "Mary Chen", "mary@example.com", "", "Shenzhen", "Product Manager", "Acme")]


def test_ranking_model_fetches_pages(qtmodeltester) -> None:  # noqa: ANN001
    result = MatchResult(72, 0.75, (Criterion("skills", 0.5, 0.5, "Covers 1 of 2."),
                                    Criterion("salary", 0.2, None, "Unknown.")), ())
    asked: list[list[int]] = []

    def fetch(ids: list[int]) -> list[RankedCandidate]:
        asked.append(ids)
        return [RankedCandidate(CandidateRow(i, f"P{i}", "", "", "上海", "", ""), result, "shortlisted") for i in ids]

    model = RankingModel(fetch, page_size=2)
    qtmodeltester.check(model)
    model.set_ranking([1], [RankedCandidate(ROWS[0], result)])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(6)] == ["72", "张伟", "后端工程师", "上海", "", "Covers 1 of 2."]
    assert asked == []  # the first page came with the ranking
    model = RankingModel(fetch, page_size=2)  # (the model tester above fetches everything it can)
    model.set_ranking(range(10, 15))
    assert model.rowCount() == 2 and asked == [[10, 11]]
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 4 and asked[-1] == [12, 13] and model.index(3, 4).data() == "Shortlisted"
    assert model.row_of(14) == 4 and model.rowCount() == 5 and not model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)


def test_company_table_model(qtmodeltester) -> None:  # noqa: ANN001
    from datetime import datetime

    from PySide6.QtCore import Qt

    from hhdesk.core.records import CompanyRow
    from hhdesk.ui.company_table_model import CompanyTableModel

    model = CompanyTableModel()
    qtmodeltester.check(model)
    model.set_rows([CompanyRow(1, "星河金融", "Fintech", "上海", 2, datetime(2026, 11, 2, 9)),
                    CompanyRow(2, "Acme", "", "Beijing", 0, None)])
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(2)] == ["星河金融", "Acme"]
    model.sort(4, Qt.SortOrder.AscendingOrder)  # no contact yet sorts last
    assert model.index(1, 4).data() == ""
    model.set_filter("beij")
    qtmodeltester.check(model)
    assert model.rowCount() == 1
