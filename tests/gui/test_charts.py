"""The match view's charts, judged on the pixels they paint: the radar of criteria and the salary triangle."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPolygonF

from hhdesk.ui.charts import RadarChart, SalaryBandChart, short_money

K = 100_000  # a thousand yuan, in fen
ENGLISH = [("Skills", 0.8), ("Experience", 1.0), ("Salary", 0.6), ("Location", 1.0), ("Education", 0.5),
           ("Availability", None), ("Culture fit", 0.7)]
CHINESE = [("技能", 0.8), ("经验", 1.0), ("薪资", 0.6), ("地点", 1.0), ("学历语言", 0.5), ("到岗意向", None),
           ("文化契合", 0.7)]


def _render(widget: RadarChart | SalaryBandChart, size: QSize | None = None) -> QImage:
    widget.resize(size or widget.sizeHint())
    return widget.grab().toImage()


def _count(image: QImage, wanted: Callable[[QColor], bool], area: QRectF | None = None) -> int:
    rect = (area or QRectF(image.rect())).toAlignedRect().intersected(image.rect())
    return sum(wanted(image.pixelColor(x, y)) for y in range(rect.top(), rect.bottom() + 1)
               for x in range(rect.left(), rect.right() + 1))


def _blue(c: QColor) -> bool:
    return c.blue() - c.red() > 30 and c.blue() > c.green()


def _green(c: QColor) -> bool:
    return c.green() - c.red() > 15 and c.green() - c.blue() > 8


def _warning(c: QColor) -> bool:  # near #b00020
    return c.red() > 120 and c.green() < 60 and c.blue() < 90


def _darkest(image: QImage, area: QRectF) -> int:
    rect = area.toAlignedRect().intersected(image.rect())
    return min(image.pixelColor(x, y).lightness() for y in range(rect.top(), rect.bottom() + 1)
               for x in range(rect.left(), rect.right() + 1))


def _assert_labels_fit(widget: RadarChart | SalaryBandChart) -> None:
    rects = [rect for _, rect in widget.label_rects()]
    assert rects
    for text, rect in widget.label_rects():
        assert QRectF(widget.rect()).contains(rect), (text, rect, widget.size())
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b, widget.size())


@pytest.fixture
def radar(qtbot) -> RadarChart:  # noqa: ANN001
    chart = RadarChart()
    qtbot.addWidget(chart)
    return chart


@pytest.fixture
def salary(qtbot) -> SalaryBandChart:  # noqa: ANN001
    chart = SalaryBandChart()
    qtbot.addWidget(chart)
    return chart


@pytest.mark.parametrize(("minor", "currency", "text"), [
    (46_800_000, "CNY", "¥468k"), (120_000_000, "CNY", "¥1.2M"), (100_000_000, "USD", "$1M"),
    (36_400_000, "EUR", "€364k"), (50_000_000, "GBP", "£500k"), (45_500_000, "HKD", "HK$455k"),
    (46_800_000, "CHF", "CHF 468k"), (99_990_000, "CNY", "¥1M"), (50_000, "CNY", "¥500"),
])
def test_short_money(minor: int, currency: str, text: str) -> None:
    assert short_money(minor, currency) == text


def test_radar_higher_scores_paint_more_blue(radar: RadarChart) -> None:
    radar.set_criteria([(name, 1.0) for name in ("Skills", "Experience", "Salary", "Location", "Education")])
    full = _count(_render(radar), _blue)
    radar.set_criteria([(name, 0.25) for name in ("Skills", "Experience", "Salary", "Location", "Education")])
    quarter = _count(_render(radar), _blue)
    assert quarter > 0
    assert full > 5 * quarter  # sixteen times the area, less the outline


def test_radar_unknown_axis_is_dashed_grey_and_marked(radar: RadarChart) -> None:
    radar.set_criteria([("Skills", 0.0), ("Salary", 0.0), ("Availability", None), ("Culture fit", 0.0)])
    unknown = _render(radar)
    centre, radius, _, _ = radar._layout()
    labels = dict(radar.label_rects())
    assert labels.keys() == {"Skills", "Salary", "Availability\u00a0?", "Culture fit"}
    assert _darkest(unknown, labels["Availability\u00a0?"]) > 100  # grey, where the known labels are black
    assert _darkest(unknown, labels["Skills"]) < 80

    def ink_along_axis(image: QImage, sign: int) -> float:  # the axis pointing down (+1) or up (-1)
        background = image.pixelColor(1, 1).lightness()
        ys = range(round(centre.y() + sign * radius * 0.3), round(centre.y() + sign * radius * 0.95), sign)
        x = round(centre.x())
        inked = [min(image.pixelColor(x + dx, y).lightness() for dx in (-1, 0, 1)) < background - 20 for y in ys]
        return sum(inked) / len(inked)

    assert ink_along_axis(unknown, -1) > 0.95  # "Skills": solid
    assert ink_along_axis(unknown, +1) < 0.8  # "Availability": dashed
    assert "Availability: unknown" in radar.toolTip().splitlines()
    radar.set_criteria([("Skills", 0.0), ("Salary", 0.0), ("Availability", 0.0), ("Culture fit", 0.0)])
    assert ink_along_axis(_render(radar), +1) > 0.95


def test_radar_unknown_counts_as_zero_in_the_shape(radar: RadarChart) -> None:
    radar.set_criteria([("A", 1.0), ("B", 1.0), ("C", 1.0), ("D", None)])
    with_unknown = _count(_render(radar), _blue)
    radar.set_criteria([("A", 1.0), ("B", 1.0), ("C", 1.0), ("D", 0.0)])
    with_zero = _count(_render(radar), _blue)
    radar.set_criteria([("A", 1.0), ("B", 1.0), ("C", 1.0), ("D", 1.0)])
    assert abs(with_unknown - with_zero) < 0.05 * with_zero < _count(_render(radar), _blue)


def test_radar_empty_state(radar: RadarChart) -> None:
    radar.set_criteria(ENGLISH)
    filled = _render(radar)
    radar.clear()
    empty = _render(radar)
    assert empty != filled
    assert _count(empty, _blue) == 0 and _count(filled, _blue) > 1000
    assert _count(empty, lambda c: c.lightness() < 200) > 20  # the "No breakdown yet" text
    assert radar.label_rects() == [] and radar.toolTip() == ""
    radar.set_criteria([("Skills", 1.0), ("Salary", 1.0)])  # two axes make no radar
    assert _render(radar) == empty


@pytest.mark.parametrize("items", [ENGLISH, CHINESE], ids=["english", "chinese"])
def test_radar_tooltip_lists_each_criterion(radar: RadarChart, items: list[tuple[str, float | None]]) -> None:
    radar.set_criteria(items)
    lines = radar.toolTip().splitlines()
    assert len(lines) == 7
    assert lines[0] == f"{items[0][0]}: 80 %" and lines[5] == f"{items[5][0]}: unknown"


@pytest.mark.parametrize("count", range(3, 9))
@pytest.mark.parametrize("size", [QSize(180, 160), QSize(260, 240), QSize(520, 480), QSize(400, 160)],
                         ids=["minimum", "hint", "double", "wide"])
def test_radar_labels_inside_and_apart(radar: RadarChart, count: int, size: QSize) -> None:
    for items in (ENGLISH, CHINESE, [(f"Rather long criterion name {i}", 0.5) for i in range(8)]):
        radar.set_criteria((items * 2)[:count])
        image = _render(radar, size)
        _assert_labels_fit(radar)
        assert len(radar.label_rects()) == count
        centre, radius, _, _ = radar._layout()
        rim = QPolygonF([centre + QPointF(math.cos(a), math.sin(a)) * radius
                         for a in (-math.pi / 2 + 2 * math.pi * i / count for i in range(count))])
        for text, rect in radar.label_rects():
            assert _darkest(image, rect) < 160  # text was drawn there, black or grey
            assert not rim.intersects(QPolygonF(rect)), (text, rect, size)  # and not over the radar


def test_radar_labels_inside_a_tiny_widget(radar: RadarChart) -> None:
    radar.set_criteria(ENGLISH + [("Rather long criterion name", 0.5)])
    _render(radar, QSize(90, 70))
    for text, rect in radar.label_rects():
        assert QRectF(radar.rect()).contains(rect), (text, rect)


def test_radar_chinese_labels_are_drawn_whole(radar: RadarChart) -> None:
    radar.set_criteria(CHINESE)
    _render(radar)
    texts = [text.replace("\n", "") for text, _ in radar.label_rects()]
    assert texts == ["技能", "经验", "薪资", "地点", "学历语言", "到岗意向\u00a0?", "文化契合"]


def test_salary_band_is_green_and_figures_labelled(salary: SalaryBandChart) -> None:
    salary.set_salaries(364 * K, 468 * K, 364 * K, 468 * K, 429 * K)
    image = _render(salary)
    assert _count(image, _green) > 1000
    texts = [text for text, _ in salary.label_rects()]
    assert {"Current ¥364k", "Expected ¥468k", "Bottom line ¥429k", "Budget ¥364k – ¥468k"} <= set(texts)
    assert _count(image, _warning) == 0
    salary.set_salaries(None, None, 364 * K, 468 * K, 429 * K)
    assert _count(_render(salary), _green) == 0


def test_salary_above_budget_in_warning_colour(salary: SalaryBandChart) -> None:
    salary.set_salaries(364 * K, 455 * K, 364 * K, 520 * K, 429 * K)
    image = _render(salary)
    assert _count(image, _warning) > 30
    rect = dict(salary.label_rects())["Expected ¥520k"]
    in_label = _count(image, _warning, rect)
    assert in_label > 10  # the label
    assert _count(image, _warning) - in_label > 10  # and the marker
    assert "Expected: ¥520k (above budget)" in salary.toolTip()
    salary.set_salaries(364 * K, None, 364 * K, 520 * K, 429 * K)  # no top to the budget: nothing is above it
    assert _count(_render(salary), _warning) == 0
    salary.set_salaries(364 * K, 455 * K, 364 * K, 440 * K, 429 * K)
    assert _count(_render(salary), _warning) == 0


def test_salary_tooltip_sums_up(salary: SalaryBandChart) -> None:
    salary.set_salaries(364 * K, 455 * K, 364 * K, 468 * K, 429 * K)
    assert salary.toolTip().splitlines() == ["Budget ¥364k – ¥455k", "Current: ¥364k",
                                             "Expected: ¥468k (above budget)", "Bottom line: ¥429k"]
    salary.set_salaries(364 * K, 468 * K, 364 * K, 468 * K, 429 * K)  # at the top of the budget is not above it
    assert "Expected: ¥468k" in salary.toolTip().splitlines()
    salary.set_salaries(None, 45_500_000, None, 120_000_000, None, "USD")
    assert salary.toolTip().splitlines() == ["Budget up to $455k", "Expected: $1.2M (above budget)"]


@pytest.mark.parametrize("figures", [
    (364 * K, 455 * K, 364 * K, 520 * K, 429 * K),
    (364 * K, 455 * K, 400 * K, 400 * K, 400 * K),  # all three on one spot
    (None, 455 * K, 1200 * K, 1200 * K, None),
    (364 * K, None, None, None, 100 * K),
])
@pytest.mark.parametrize("size", [QSize(240, 112), QSize(360, 110), QSize(720, 220), QSize(900, 90)])
def test_salary_labels_inside_and_apart(salary: SalaryBandChart, figures: tuple, size: QSize) -> None:
    salary.set_salaries(*figures)
    size = size.expandedTo(QSize(size.width(), salary.minimumSizeHint().height()))
    _render(salary, size)
    _assert_labels_fit(salary)


def test_salary_open_budget_fades_out(salary: SalaryBandChart) -> None:
    salary.set_salaries(364 * K, None, None, None, None)
    image = _render(salary)
    columns = [sum(image.pixelColor(x, y).green() - image.pixelColor(x, y).red() for y in range(image.height()))
               for x in range(image.width())]
    band = [x for x, strength in enumerate(columns) if strength > 100]
    assert band and band[-1] - band[0] > image.width() / 3
    near, far = columns[band[0] + 5], columns[image.width() - 15]
    assert near > 2 * max(far, 1)


def test_salary_empty_state(salary: SalaryBandChart) -> None:
    salary.set_salaries(364 * K, 455 * K, 364 * K, 468 * K, 429 * K)
    filled = _render(salary)
    salary.clear()
    empty = _render(salary)
    assert empty != filled and salary.label_rects() == [] and salary.toolTip() == ""
    assert _count(empty, _green) == 0 and _count(empty, lambda c: c.lightness() < 200) > 20
    assert 300 <= salary.sizeHint().width() <= 420 and 90 <= salary.sizeHint().height() <= 140
