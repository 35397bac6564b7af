"""Every item model passes Qt's model tester, empty, filled and filtered."""

from __future__ import annotations

from hhdesk.core.matching import Criterion, MatchResult
from hhdesk.core.records import CandidateRow
from hhdesk.core.services.matching import RankedCandidate
from hhdesk.ui.match_page import RankingTableModel

ROWS = [CandidateRow(1, "张伟", "zw@example.cn", "+8613800000001", "上海", "后端工程师", "某科技"),
        CandidateRow(2, "Mary Chen", "mary@example.com", "", "Shenzhen", "Product Manager", "Acme")]


def test_ranking_table_model(qtmodeltester) -> None:  # noqa: ANN001
    model = RankingTableModel()
    qtmodeltester.check(model)
    result = MatchResult(72, 0.75, (Criterion("skills", 0.5, 0.5, "Covers 1 of 2."),
                                    Criterion("salary", 0.2, None, "Unknown.")), ())
    model.set_rows([RankedCandidate(ROWS[0], result)])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == ["72", "张伟", "后端工程师", "上海", "Covers 1 of 2."]


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
