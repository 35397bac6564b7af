"""Per-position match weights in the position editor: typed, saved, shown again, reset, refused, used to match."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from hhdesk.core.matching import DEFAULT_WEIGHTS
from hhdesk.core.records import CandidateInput, CompanyInput, PositionInput, PositionRecord
from hhdesk.ui.position_form import PositionForm

CTRL = Qt.KeyboardModifier.ControlModifier


def open_position(qtbot, window, services, match_weights: dict[str, float] | None = None):  # noqa: ANN001, ANN201
    """A company with two positions; the first opened on the Companies tab as a person opens it: (page, its id)."""
    company = services.companies.save_company(CompanyInput(name="Acme Data"))
    position = services.companies.save_position(PositionInput(
        company_id=company.id, title="Data Engineer", city="Shanghai", min_years=3.0,
        match_weights=match_weights or {}))
    services.companies.save_position(PositionInput(company_id=company.id, title="Analyst"))
    page = window.companies_page
    window.ui.main_tabs.setCurrentWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.company_table.selectRow(0)
    qtbot.waitUntil(lambda: page.ui.position_list.count() == 2)
    select_position(qtbot, page, "Data Engineer")
    qtbot.waitUntil(lambda: page.current_form() is page.position_form
                    and page.position_form.position_id() == position.id)
    return page, position.id


def select_position(qtbot, page, title: str) -> None:  # noqa: ANN001
    """Click the position in the company's list of positions."""
    listing = page.ui.position_list
    item = next(listing.item(r) for r in range(listing.count()) if listing.item(r).text().startswith(title))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def spin(form: PositionForm, key: str) -> QSpinBox:
    return getattr(form.ui, f"weight_{key}_spin")


def type_weight(qtbot, form: PositionForm, key: str, value: int) -> None:  # noqa: ANN001
    """Focus the spin box, select what is in it with Ctrl+A and type the new weight."""
    box = spin(form, key)
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, str(value))
    assert box.value() == value


def shown_weights(form: PositionForm) -> dict[str, int]:
    return {key: spin(form, key).value() for key in DEFAULT_WEIGHTS}


def save_with_ctrl_s(qtbot, form: PositionForm) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_S, CTRL)


def wait_saved(qtbot, window, form: PositionForm) -> None:  # noqa: ANN001
    """Until the form shows what was stored and the page has refreshed its lists after the save."""
    qtbot.waitUntil(lambda: not form.is_dirty() and not window._tasks.busy)


def test_two_weights_typed_saved_shown_again_used_by_the_match_and_reset(qtbot, window, services) -> None:  # noqa: ANN001
    candidate = services.candidates.save(CandidateInput(full_name="Li Wei", city="Shanghai", skills=("Python",),
                                                        years_experience=5))
    page, position_id = open_position(qtbot, window, services)
    form = page.position_form
    assert shown_weights(form) == {key: round(value) for key, value in DEFAULT_WEIGHTS.items()}
    assert not form.ui.reset_weights_button.isEnabled()
    assert not form.is_dirty()

    type_weight(qtbot, form, "skills", 50)
    assert form.is_dirty() and form.ui.revert_button.isEnabled()
    type_weight(qtbot, form, "location", 0)
    total = 100 - 30 + 50 - 6  # the shares follow the weights: 50 of 114, location ignored
    assert form.ui.weight_skills_share_label.text() == f"{round(100 * 50 / total)} %"
    assert form.ui.weight_location_share_label.text() == "0 %"
    assert form.ui.weight_culture_share_label.text() == f"{round(100 * 15 / total)} %"
    assert form.ui.reset_weights_button.isEnabled()
    save_with_ctrl_s(qtbot, form)
    wait_saved(qtbot, window, form)
    assert services.companies.get_position(position_id).match_weights == {"skills": 50.0, "location": 0.0}

    # The match uses them: each criterion of the breakdown carries the position's weight.
    breakdown = {c.key: c.weight for c in services.matches.score(candidate.id, position_id).criteria}
    assert breakdown == {**DEFAULT_WEIGHTS, "skills": 50.0, "location": 0.0}

    # Another position shown in between (it has the defaults), then this one again, read from the database.
    select_position(qtbot, page, "Analyst")
    qtbot.waitUntil(lambda: form.position_id() not in (0, position_id))
    assert shown_weights(form) == {key: round(value) for key, value in DEFAULT_WEIGHTS.items()}
    select_position(qtbot, page, "Data Engineer")
    qtbot.waitUntil(lambda: form.position_id() == position_id)
    assert shown_weights(form) == {**{k: round(v) for k, v in DEFAULT_WEIGHTS.items()}, "skills": 50, "location": 0}
    assert not form.is_dirty()

    # Reset to defaults and save: nothing of its own is stored any more, and the match is back to the defaults.
    qtbot.mouseClick(form.ui.reset_weights_button, Qt.MouseButton.LeftButton)
    assert shown_weights(form)["skills"] == 30 and form.is_dirty()
    assert not form.ui.reset_weights_button.isEnabled()
    save_with_ctrl_s(qtbot, form)
    wait_saved(qtbot, window, form)
    assert services.companies.get_position(position_id).match_weights == {}
    breakdown = {c.key: c.weight for c in services.matches.score(candidate.id, position_id).criteria}
    assert breakdown == DEFAULT_WEIGHTS


def test_every_weight_at_zero_is_refused_next_to_the_weights(qtbot, window, services) -> None:  # noqa: ANN001
    page, position_id = open_position(qtbot, window, services, {"culture": 40.0})
    form = page.position_form
    assert spin(form, "culture").value() == 40
    assert not form.ui.weights_error_label.isVisible()
    for key in DEFAULT_WEIGHTS:
        type_weight(qtbot, form, key, 0)
    assert form.ui.weight_skills_share_label.text() == "—"
    save_with_ctrl_s(qtbot, form)
    label = form.ui.weights_error_label
    qtbot.waitUntil(label.isVisible)
    assert "at least one criterion" in label.text()
    assert label.parentWidget() is form.ui.weights_group
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ui.weight_skills_spin)
    assert services.companies.get_position(position_id).match_weights == {"culture": 40.0}
    assert form.is_dirty() and shown_weights(form) == dict.fromkeys(DEFAULT_WEIGHTS, 0)

    type_weight(qtbot, form, "skills", 1)  # changing a weight takes the complaint away
    assert not label.isVisible()
    qtbot.keyClick(form.ui.weight_skills_spin, Qt.Key.Key_Escape)  # Esc: back to what is stored
    assert spin(form, "culture").value() == 40 and spin(form, "skills").value() == 30
    assert not form.is_dirty()


def test_tab_goes_through_the_weights_after_the_languages(qtbot, window, services) -> None:  # noqa: ANN001
    page, _ = open_position(qtbot, window, services)
    ui = page.position_form.ui
    type_weight(qtbot, page.position_form, "years", 20)  # enables the reset button
    ui.languages_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.languages_edit)
    order = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [f"weight_{key}_spin" for key in DEFAULT_WEIGHTS] + ["reset_weights_button", "description_edit"]


def test_a_stored_fraction_left_alone_is_kept(qtbot) -> None:  # noqa: ANN001
    from hhdesk.ui.formatting import criterion_labels

    assert list(criterion_labels()) == list(DEFAULT_WEIGHTS)  # the box has one spin box per criterion of the engine
    form = PositionForm()
    qtbot.addWidget(form)
    record = PositionRecord(id=3, company_id=1, title="X", opened_on=date(2025, 1, 2),
                            match_weights={"salary": 12.5, "culture": 20.0, "not_a_criterion": 9.0})
    form.load(record, 1)
    assert spin(form, "salary").value() == 12 and spin(form, "culture").value() == 20
    assert form.data().match_weights == {"salary": 12.5, "culture": 20.0}
    assert not form.is_dirty()
    spin(form, "salary").setValue(13)
    assert form.data().match_weights == {"salary": 13.0, "culture": 20.0}
    spin(form, "salary").setValue(12)
    assert form.data().match_weights == {"salary": 12.5, "culture": 20.0}


def test_a_weight_set_before_the_form_was_ever_shown_counts(qtbot) -> None:  # noqa: ANN001
    form = PositionForm()  # not shown: the weights are filled in when the box first shows
    qtbot.addWidget(form)
    assert form.data().match_weights == {}
    spin(form, "years").setValue(20)
    assert form.data().match_weights == {"years": 20.0}
    assert spin(form, "skills").value() == 30 and form.is_dirty()
    form.show()
    qtbot.waitExposed(form)
    assert shown_weights(form)["years"] == 20 and form.data().match_weights == {"years": 20.0}
