"""The phone screen's choice lists and labels, translated in one place."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from hhdesk.core.records import NOT_SUITABLE_REASONS
from hhdesk.ui.forms.ui_phone_screen_form import Ui_PhoneScreenForm

_CONTEXT = "PhoneScreenForm"
translate = QCoreApplication.translate  # literals: translate("PhoneScreenForm", "…"), found by pyside6-lupdate


def tr(text: str) -> str:
    """``text`` in the UI language: a source text marked with QT_TRANSLATE_NOOP("PhoneScreenForm", …)."""
    return QCoreApplication.translate(_CONTEXT, text)


REASON_TEXTS = {"salary": QT_TRANSLATE_NOOP("PhoneScreenForm", "Salary does not fit"),
                "location": QT_TRANSLATE_NOOP("PhoneScreenForm", "Location"),
                "skills": QT_TRANSLATE_NOOP("PhoneScreenForm", "Skills do not match"),
                "experience": QT_TRANSLATE_NOOP("PhoneScreenForm", "Experience level"),
                "motivation": QT_TRANSLATE_NOOP("PhoneScreenForm", "Motivation / intention"),
                "culture": QT_TRANSLATE_NOOP("PhoneScreenForm", "Culture fit"),
                "other": QT_TRANSLATE_NOOP("PhoneScreenForm", "Other (say why)")}
SALARY_MODES = (("range", QT_TRANSLATE_NOOP("PhoneScreenForm", "The full budget range")),
                ("max", QT_TRANSLATE_NOOP("PhoneScreenForm", "Up to the maximum")),
                ("competitive", QT_TRANSLATE_NOOP("PhoneScreenForm", "“Competitive” (no figure)")),
                ("none", QT_TRANSLATE_NOOP("PhoneScreenForm", "Do not mention salary")))
STATUSES = (("", "—"), ("employed", QT_TRANSLATE_NOOP("PhoneScreenForm", "Employed")),
            ("notice", QT_TRANSLATE_NOOP("PhoneScreenForm", "Serving notice")),
            ("available", QT_TRANSLATE_NOOP("PhoneScreenForm", "Available now")),
            ("unemployed", QT_TRANSLATE_NOOP("PhoneScreenForm", "Not employed")))
RELOCATE = ((None, QT_TRANSLATE_NOOP("PhoneScreenForm", "Unknown")),
            (True, QT_TRANSLATE_NOOP("PhoneScreenForm", "Yes")), (False, QT_TRANSLATE_NOOP("PhoneScreenForm", "No")))
INTENTIONS = (("", "—"), ("interested", QT_TRANSLATE_NOOP("PhoneScreenForm", "Interested")),
              ("considering", QT_TRANSLATE_NOOP("PhoneScreenForm", "Considering")),
              ("not_interested", QT_TRANSLATE_NOOP("PhoneScreenForm", "Not interested")))
OUTCOMES = (("", "—"), ("recommend", QT_TRANSLATE_NOOP("PhoneScreenForm", "Recommend to the client")),
            ("talent_pool", QT_TRANSLATE_NOOP("PhoneScreenForm", "Keep in talent pool")),
            ("not_suitable", QT_TRANSLATE_NOOP("PhoneScreenForm", "Not suitable")))
# A label's keyboard accelerator: "&Status", or "目前状态(&S)" as CJK translations write it.
_ACCELERATOR = re.compile(r"\s*[(（]&[^&\s][)）]\s*$|&(?=[^&])")


def fill_choices(ui: Ui_PhoneScreenForm) -> None:
    for combo, choices in ((ui.status_combo, STATUSES), (ui.relocate_combo, RELOCATE),
                           (ui.intention_combo, INTENTIONS), (ui.outcome_combo, OUTCOMES)):
        for value, text in choices:
            combo.addItem(tr(text), value)
    ui.reason_code_combo.addItem(translate("PhoneScreenForm", "Reason…"), "")
    for code in NOT_SUITABLE_REASONS:
        ui.reason_code_combo.addItem(tr(REASON_TEXTS[code]), code)
    for value, text in SALARY_MODES:
        ui.salary_mode_combo.addItem(tr(text), value)


def choice_text(choices: tuple[tuple[object, str], ...], value: object) -> str:
    """The translated text of ``value`` in one of the choice lists above ("" when not listed or empty)."""
    return next((tr(text) for v, text in choices if v == value and v not in ("", None)), "")


def fact_labels(ui: Ui_PhoneScreenForm) -> dict[str, tuple[QLabel, str]]:
    """Each key fact's label in the form, and its name without the keyboard accelerator."""
    labels = {"current_status": ui.status_label, "reasons_for_change": ui.reasons_label,
              "next_company_requirements": ui.requirements_label, "main_skills": ui.main_skills_label,
              "current_salary": ui.current_salary_label, "expected_salary": ui.expected_salary_label,
              "bottom_line": ui.bottom_line_label, "willing_to_relocate": ui.relocate_label,
              "interview_availability": ui.availability_label}
    return {f: (label, _ACCELERATOR.sub("", label.text()).replace("&&", "&").lower()) for f, label in labels.items()}


def salary_band_text(mode: str, low: str, high: str) -> str:
    """The salary as the consultant chooses to present it; never the candidate's figures."""
    if mode == "none" or not (low or high):
        return ""
    if mode == "competitive":
        return translate("PhoneScreenForm", "Competitive, depending on experience")
    if mode == "max" and high:
        return translate("PhoneScreenForm", "Up to %1").replace("%1", high)
    return " – ".join(x for x in (low, high) if x)
