"""The phone screen's choice lists and labels, translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from hhdesk.core.records import NOT_SUITABLE_REASONS
from hhdesk.ui.forms.ui_phone_screen_form import Ui_PhoneScreenForm


def tr(text: str) -> str:
    return QCoreApplication.translate("PhoneScreenForm", text)


REASON_TEXTS = {"salary": "Salary does not fit", "location": "Location", "skills": "Skills do not match",
                "experience": "Experience level", "motivation": "Motivation / intention", "culture": "Culture fit",
                "other": "Other (say why)"}
SALARY_MODES = (("range", "The full budget range"), ("max", "Up to the maximum"),
                ("competitive", "“Competitive” (no figure)"), ("none", "Do not mention salary"))


def fill_choices(ui: Ui_PhoneScreenForm) -> None:
    for value, text in (("", "—"), ("employed", "Employed"), ("notice", "Serving notice"),
                        ("available", "Available now"), ("unemployed", "Not employed")):
        ui.status_combo.addItem(tr(text), value)
    for value, text in ((None, "Unknown"), (True, "Yes"), (False, "No")):
        ui.relocate_combo.addItem(tr(text), value)
    for value, text in (("", "—"), ("interested", "Interested"), ("considering", "Considering"),
                        ("not_interested", "Not interested")):
        ui.intention_combo.addItem(tr(text), value)
    for value, text in (("", "—"), ("recommend", "Recommend to the client"), ("talent_pool", "Keep in talent pool"),
                        ("not_suitable", "Not suitable")):
        ui.outcome_combo.addItem(tr(text), value)
    ui.reason_code_combo.addItem(tr("Reason…"), "")
    for code in NOT_SUITABLE_REASONS:
        ui.reason_code_combo.addItem(tr(REASON_TEXTS[code]), code)
    for value, text in SALARY_MODES:
        ui.salary_mode_combo.addItem(tr(text), value)


def fact_labels(ui: Ui_PhoneScreenForm) -> dict[str, tuple[QLabel, str]]:
    """Each key fact's label in the form, and its name without the keyboard accelerator."""
    labels = {"current_status": ui.status_label, "reasons_for_change": ui.reasons_label,
              "next_company_requirements": ui.requirements_label, "main_skills": ui.main_skills_label,
              "current_salary": ui.current_salary_label, "expected_salary": ui.expected_salary_label,
              "bottom_line": ui.bottom_line_label, "willing_to_relocate": ui.relocate_label,
              "interview_availability": ui.availability_label}
    return {f: (label, label.text().replace("&", "").lower()) for f, label in labels.items()}


def salary_band_text(mode: str, low: str, high: str) -> str:
    """The salary as the consultant chooses to present it; never the candidate's figures."""
    if mode == "none" or not (low or high):
        return ""
    if mode == "competitive":
        return tr("Competitive, depending on experience")
    if mode == "max" and high:
        return tr("Up to %1").replace("%1", high)
    return " – ".join(x for x in (low, high) if x)
