# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phone_screen_form.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDateTimeEdit, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_PhoneScreenForm(object):
    def setupUi(self, PhoneScreenForm):
        if not PhoneScreenForm.objectName():
            PhoneScreenForm.setObjectName(u"PhoneScreenForm")
        PhoneScreenForm.resize(680, 1200)
        self.outer_layout = QVBoxLayout(PhoneScreenForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.timer_label = QLabel(PhoneScreenForm)
        self.timer_label.setObjectName(u"timer_label")
        self.timer_label.setStyleSheet(u"font-size: 12pt; font-weight: 600; padding: 4px 8px; background: #f1f1f1; border-radius: 4px;")

        self.header_layout.addWidget(self.timer_label)

        self.match_label = QLabel(PhoneScreenForm)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setStyleSheet(u"font-size: 10pt; padding: 4px; background: #eef4fb; border-radius: 4px;")
        self.match_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.match_label.sizePolicy().hasHeightForWidth())
        self.match_label.setSizePolicy(sizePolicy)

        self.header_layout.addWidget(self.match_label)


        self.outer_layout.addLayout(self.header_layout)

        self.scroll_area = QScrollArea(PhoneScreenForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.sections_layout = QVBoxLayout(self.scroll_contents)
        self.sections_layout.setObjectName(u"sections_layout")
        self.opening_group = QGroupBox(self.scroll_contents)
        self.opening_group.setObjectName(u"opening_group")
        self.opening_layout = QVBoxLayout(self.opening_group)
        self.opening_layout.setObjectName(u"opening_layout")
        self.opening_checks_layout = QHBoxLayout()
        self.opening_checks_layout.setObjectName(u"opening_checks_layout")
        self.identity_check = QCheckBox(self.opening_group)
        self.identity_check.setObjectName(u"identity_check")

        self.opening_checks_layout.addWidget(self.identity_check)

        self.introduced_check = QCheckBox(self.opening_group)
        self.introduced_check.setObjectName(u"introduced_check")

        self.opening_checks_layout.addWidget(self.introduced_check)

        self.purpose_check = QCheckBox(self.opening_group)
        self.purpose_check.setObjectName(u"purpose_check")

        self.opening_checks_layout.addWidget(self.purpose_check)

        self.convenient_check = QCheckBox(self.opening_group)
        self.convenient_check.setObjectName(u"convenient_check")
        self.convenient_check.setChecked(True)

        self.opening_checks_layout.addWidget(self.convenient_check)

        self.opening_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.opening_checks_layout.addItem(self.opening_spacer)


        self.opening_layout.addLayout(self.opening_checks_layout)

        self.callback_frame = QFrame(self.opening_group)
        self.callback_frame.setObjectName(u"callback_frame")
        self.callback_frame.setVisible(False)
        self.callback_frame.setStyleSheet(u"QFrame#callback_frame { background: #fff6dd; border: 1px solid #e0c070; border-radius: 4px; }")
        self.callback_layout = QHBoxLayout(self.callback_frame)
        self.callback_layout.setObjectName(u"callback_layout")
        self.callback_label = QLabel(self.callback_frame)
        self.callback_label.setObjectName(u"callback_label")

        self.callback_layout.addWidget(self.callback_label)

        self.callback_edit = QDateTimeEdit(self.callback_frame)
        self.callback_edit.setObjectName(u"callback_edit")
        self.callback_edit.setCalendarPopup(True)

        self.callback_layout.addWidget(self.callback_edit)

        self.callback_button = QPushButton(self.callback_frame)
        self.callback_button.setObjectName(u"callback_button")

        self.callback_layout.addWidget(self.callback_button)

        self.callback_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callback_layout.addItem(self.callback_spacer)


        self.opening_layout.addWidget(self.callback_frame)


        self.sections_layout.addWidget(self.opening_group)

        self.pitch_group = QGroupBox(self.scroll_contents)
        self.pitch_group.setObjectName(u"pitch_group")
        self.pitch_layout = QVBoxLayout(self.pitch_group)
        self.pitch_layout.setObjectName(u"pitch_layout")
        self.position_layout = QFormLayout()
        self.position_layout.setObjectName(u"position_layout")
        self.position_label = QLabel(self.pitch_group)
        self.position_label.setObjectName(u"position_label")

        self.position_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_combo = QComboBox(self.pitch_group)
        self.position_combo.setObjectName(u"position_combo")

        self.position_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.position_combo)

        self.salary_mode_label = QLabel(self.pitch_group)
        self.salary_mode_label.setObjectName(u"salary_mode_label")

        self.position_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.salary_mode_label)

        self.salary_mode_combo = QComboBox(self.pitch_group)
        self.salary_mode_combo.setObjectName(u"salary_mode_combo")

        self.position_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.salary_mode_combo)


        self.pitch_layout.addLayout(self.position_layout)

        self.pitch_browser = QTextBrowser(self.pitch_group)
        self.pitch_browser.setObjectName(u"pitch_browser")
        self.pitch_browser.setMinimumSize(QSize(0, 170))

        self.pitch_layout.addWidget(self.pitch_browser)


        self.sections_layout.addWidget(self.pitch_group)

        self.questions_group = QGroupBox(self.scroll_contents)
        self.questions_group.setObjectName(u"questions_group")
        self.questions_layout = QFormLayout(self.questions_group)
        self.questions_layout.setObjectName(u"questions_layout")
        self.direction_label = QLabel(self.questions_group)
        self.direction_label.setObjectName(u"direction_label")

        self.questions_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_edit = QPlainTextEdit(self.questions_group)
        self.direction_edit.setObjectName(u"direction_edit")
        self.direction_edit.setTabChangesFocus(True)
        self.direction_edit.setMaximumSize(QSize(16777215, 64))

        self.questions_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.direction_edit)

        self.experience_label = QLabel(self.questions_group)
        self.experience_label.setObjectName(u"experience_label")

        self.questions_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.experience_label)

        self.experience_edit = QPlainTextEdit(self.questions_group)
        self.experience_edit.setObjectName(u"experience_edit")
        self.experience_edit.setTabChangesFocus(True)
        self.experience_edit.setMaximumSize(QSize(16777215, 64))

        self.questions_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.experience_edit)

        self.doubts_label = QLabel(self.questions_group)
        self.doubts_label.setObjectName(u"doubts_label")

        self.questions_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doubts_label)

        self.doubts_container = QWidget(self.questions_group)
        self.doubts_container.setObjectName(u"doubts_container")
        self.doubts_layout = QFormLayout(self.doubts_container)
        self.doubts_layout.setObjectName(u"doubts_layout")
        self.doubts_layout.setContentsMargins(0, 0, 0, 0)

        self.questions_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doubts_container)

        self.other_doubts_label = QLabel(self.questions_group)
        self.other_doubts_label.setObjectName(u"other_doubts_label")

        self.questions_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.other_doubts_label)

        self.doubts_edit = QPlainTextEdit(self.questions_group)
        self.doubts_edit.setObjectName(u"doubts_edit")
        self.doubts_edit.setTabChangesFocus(True)
        self.doubts_edit.setMaximumSize(QSize(16777215, 48))

        self.questions_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doubts_edit)


        self.sections_layout.addWidget(self.questions_group)

        self.candidate_questions_group = QGroupBox(self.scroll_contents)
        self.candidate_questions_group.setObjectName(u"candidate_questions_group")
        self.candidate_questions_layout = QGridLayout(self.candidate_questions_group)
        self.candidate_questions_layout.setObjectName(u"candidate_questions_layout")
        self.qa_topic_header = QLabel(self.candidate_questions_group)
        self.qa_topic_header.setObjectName(u"qa_topic_header")
        self.qa_topic_header.setStyleSheet(u"color: #555;")
        self.qa_topic_header.setWordWrap(True)

        self.candidate_questions_layout.addWidget(self.qa_topic_header, 0, 0, 1, 1)

        self.qa_asked_header = QLabel(self.candidate_questions_group)
        self.qa_asked_header.setObjectName(u"qa_asked_header")
        self.qa_asked_header.setStyleSheet(u"color: #555;")
        self.qa_asked_header.setWordWrap(True)

        self.candidate_questions_layout.addWidget(self.qa_asked_header, 0, 1, 1, 1)

        self.qa_answered_header = QLabel(self.candidate_questions_group)
        self.qa_answered_header.setObjectName(u"qa_answered_header")
        self.qa_answered_header.setStyleSheet(u"color: #555;")
        self.qa_answered_header.setWordWrap(True)

        self.candidate_questions_layout.addWidget(self.qa_answered_header, 0, 2, 1, 1)

        self.qa_location_label = QLabel(self.candidate_questions_group)
        self.qa_location_label.setObjectName(u"qa_location_label")

        self.candidate_questions_layout.addWidget(self.qa_location_label, 1, 0, 1, 1)

        self.qa_location_asked_edit = QLineEdit(self.candidate_questions_group)
        self.qa_location_asked_edit.setObjectName(u"qa_location_asked_edit")

        self.candidate_questions_layout.addWidget(self.qa_location_asked_edit, 1, 1, 1, 1)

        self.qa_location_answered_edit = QLineEdit(self.candidate_questions_group)
        self.qa_location_answered_edit.setObjectName(u"qa_location_answered_edit")

        self.candidate_questions_layout.addWidget(self.qa_location_answered_edit, 1, 2, 1, 1)

        self.qa_schedule_label = QLabel(self.candidate_questions_group)
        self.qa_schedule_label.setObjectName(u"qa_schedule_label")

        self.candidate_questions_layout.addWidget(self.qa_schedule_label, 2, 0, 1, 1)

        self.qa_schedule_asked_edit = QLineEdit(self.candidate_questions_group)
        self.qa_schedule_asked_edit.setObjectName(u"qa_schedule_asked_edit")

        self.candidate_questions_layout.addWidget(self.qa_schedule_asked_edit, 2, 1, 1, 1)

        self.qa_schedule_answered_edit = QLineEdit(self.candidate_questions_group)
        self.qa_schedule_answered_edit.setObjectName(u"qa_schedule_answered_edit")

        self.candidate_questions_layout.addWidget(self.qa_schedule_answered_edit, 2, 2, 1, 1)

        self.qa_salary_label = QLabel(self.candidate_questions_group)
        self.qa_salary_label.setObjectName(u"qa_salary_label")

        self.candidate_questions_layout.addWidget(self.qa_salary_label, 3, 0, 1, 1)

        self.qa_salary_asked_edit = QLineEdit(self.candidate_questions_group)
        self.qa_salary_asked_edit.setObjectName(u"qa_salary_asked_edit")

        self.candidate_questions_layout.addWidget(self.qa_salary_asked_edit, 3, 1, 1, 1)

        self.qa_salary_answered_edit = QLineEdit(self.candidate_questions_group)
        self.qa_salary_answered_edit.setObjectName(u"qa_salary_answered_edit")

        self.candidate_questions_layout.addWidget(self.qa_salary_answered_edit, 3, 2, 1, 1)

        self.qa_benefits_label = QLabel(self.candidate_questions_group)
        self.qa_benefits_label.setObjectName(u"qa_benefits_label")

        self.candidate_questions_layout.addWidget(self.qa_benefits_label, 4, 0, 1, 1)

        self.qa_benefits_asked_edit = QLineEdit(self.candidate_questions_group)
        self.qa_benefits_asked_edit.setObjectName(u"qa_benefits_asked_edit")

        self.candidate_questions_layout.addWidget(self.qa_benefits_asked_edit, 4, 1, 1, 1)

        self.qa_benefits_answered_edit = QLineEdit(self.candidate_questions_group)
        self.qa_benefits_answered_edit.setObjectName(u"qa_benefits_answered_edit")

        self.candidate_questions_layout.addWidget(self.qa_benefits_answered_edit, 4, 2, 1, 1)

        self.qa_other_label = QLabel(self.candidate_questions_group)
        self.qa_other_label.setObjectName(u"qa_other_label")

        self.candidate_questions_layout.addWidget(self.qa_other_label, 5, 0, 1, 1)

        self.qa_other_asked_edit = QLineEdit(self.candidate_questions_group)
        self.qa_other_asked_edit.setObjectName(u"qa_other_asked_edit")

        self.candidate_questions_layout.addWidget(self.qa_other_asked_edit, 5, 1, 1, 1)

        self.qa_other_answered_edit = QLineEdit(self.candidate_questions_group)
        self.qa_other_answered_edit.setObjectName(u"qa_other_answered_edit")

        self.candidate_questions_layout.addWidget(self.qa_other_answered_edit, 5, 2, 1, 1)


        self.sections_layout.addWidget(self.candidate_questions_group)

        self.facts_group = QGroupBox(self.scroll_contents)
        self.facts_group.setObjectName(u"facts_group")
        self.facts_layout = QFormLayout(self.facts_group)
        self.facts_layout.setObjectName(u"facts_layout")
        self.status_label = QLabel(self.facts_group)
        self.status_label.setObjectName(u"status_label")

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(self.facts_group)
        self.status_combo.setObjectName(u"status_combo")

        self.status_layout.addWidget(self.status_combo)

        self.notice_days_spin = QSpinBox(self.facts_group)
        self.notice_days_spin.setObjectName(u"notice_days_spin")
        self.notice_days_spin.setMinimum(-1)
        self.notice_days_spin.setMaximum(365)
        self.notice_days_spin.setValue(-1)

        self.status_layout.addWidget(self.notice_days_spin)

        self.unemployed_since_check = QCheckBox(self.facts_group)
        self.unemployed_since_check.setObjectName(u"unemployed_since_check")

        self.status_layout.addWidget(self.unemployed_since_check)

        self.unemployed_since_edit = QDateEdit(self.facts_group)
        self.unemployed_since_edit.setObjectName(u"unemployed_since_edit")
        self.unemployed_since_edit.setCalendarPopup(True)

        self.status_layout.addWidget(self.unemployed_since_edit)

        self.status_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_layout.addItem(self.status_spacer)


        self.facts_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_layout)

        self.reasons_label = QLabel(self.facts_group)
        self.reasons_label.setObjectName(u"reasons_label")

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons_edit = QPlainTextEdit(self.facts_group)
        self.reasons_edit.setObjectName(u"reasons_edit")
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setMaximumSize(QSize(16777215, 64))

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasons_edit)

        self.requirements_label = QLabel(self.facts_group)
        self.requirements_label.setObjectName(u"requirements_label")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requirements_label)

        self.requirements_edit = QPlainTextEdit(self.facts_group)
        self.requirements_edit.setObjectName(u"requirements_edit")
        self.requirements_edit.setTabChangesFocus(True)
        self.requirements_edit.setMaximumSize(QSize(16777215, 64))

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requirements_edit)

        self.main_skills_label = QLabel(self.facts_group)
        self.main_skills_label.setObjectName(u"main_skills_label")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.main_skills_label)

        self.main_skills_edit = QLineEdit(self.facts_group)
        self.main_skills_edit.setObjectName(u"main_skills_edit")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.main_skills_edit)

        self.current_salary_label = QLabel(self.facts_group)
        self.current_salary_label.setObjectName(u"current_salary_label")

        self.facts_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.current_salary_label)

        self.current_salary_edit = QLineEdit(self.facts_group)
        self.current_salary_edit.setObjectName(u"current_salary_edit")

        self.facts_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.current_salary_edit)

        self.expected_salary_label = QLabel(self.facts_group)
        self.expected_salary_label.setObjectName(u"expected_salary_label")

        self.facts_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expected_salary_label)

        self.expected_salary_edit = QLineEdit(self.facts_group)
        self.expected_salary_edit.setObjectName(u"expected_salary_edit")

        self.facts_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expected_salary_edit)

        self.bottom_line_label = QLabel(self.facts_group)
        self.bottom_line_label.setObjectName(u"bottom_line_label")

        self.facts_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bottom_line_label)

        self.bottom_line_edit = QLineEdit(self.facts_group)
        self.bottom_line_edit.setObjectName(u"bottom_line_edit")

        self.facts_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bottom_line_edit)

        self.relocate_label = QLabel(self.facts_group)
        self.relocate_label.setObjectName(u"relocate_label")

        self.facts_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.relocate_label)

        self.relocate_combo = QComboBox(self.facts_group)
        self.relocate_combo.setObjectName(u"relocate_combo")

        self.facts_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.relocate_combo)

        self.availability_label = QLabel(self.facts_group)
        self.availability_label.setObjectName(u"availability_label")

        self.facts_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.availability_label)

        self.availability_edit = QLineEdit(self.facts_group)
        self.availability_edit.setObjectName(u"availability_edit")

        self.facts_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.availability_edit)

        self.salary_hint_label = QLabel(self.facts_group)
        self.salary_hint_label.setObjectName(u"salary_hint_label")
        self.salary_hint_label.setStyleSheet(u"color: #555;")
        self.salary_hint_label.setWordWrap(True)

        self.facts_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.salary_hint_label)


        self.sections_layout.addWidget(self.facts_group)

        self.intention_group = QGroupBox(self.scroll_contents)
        self.intention_group.setObjectName(u"intention_group")
        self.intention_layout = QFormLayout(self.intention_group)
        self.intention_layout.setObjectName(u"intention_layout")
        self.intention_label = QLabel(self.intention_group)
        self.intention_label.setObjectName(u"intention_label")

        self.intention_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intention_label)

        self.intention_combo = QComboBox(self.intention_group)
        self.intention_combo.setObjectName(u"intention_combo")

        self.intention_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.intention_combo)

        self.outcome_label = QLabel(self.intention_group)
        self.outcome_label.setObjectName(u"outcome_label")

        self.intention_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(self.intention_group)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.intention_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.outcome_reason_label = QLabel(self.intention_group)
        self.outcome_reason_label.setObjectName(u"outcome_reason_label")

        self.intention_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcome_reason_label)

        self.reason_layout = QHBoxLayout()
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_code_combo = QComboBox(self.intention_group)
        self.reason_code_combo.setObjectName(u"reason_code_combo")

        self.reason_layout.addWidget(self.reason_code_combo)

        self.outcome_reason_edit = QLineEdit(self.intention_group)
        self.outcome_reason_edit.setObjectName(u"outcome_reason_edit")

        self.reason_layout.addWidget(self.outcome_reason_edit)


        self.intention_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reason_layout)

        self.follow_up_label = QLabel(self.intention_group)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.intention_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up_layout = QHBoxLayout()
        self.follow_up_layout.setObjectName(u"follow_up_layout")
        self.follow_up_check = QCheckBox(self.intention_group)
        self.follow_up_check.setObjectName(u"follow_up_check")

        self.follow_up_layout.addWidget(self.follow_up_check)

        self.follow_up_edit = QDateEdit(self.intention_group)
        self.follow_up_edit.setObjectName(u"follow_up_edit")
        self.follow_up_edit.setCalendarPopup(True)

        self.follow_up_layout.addWidget(self.follow_up_edit)

        self.follow_up_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.follow_up_layout.addItem(self.follow_up_spacer)


        self.intention_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.follow_up_layout)

        self.assessment_label = QLabel(self.intention_group)
        self.assessment_label.setObjectName(u"assessment_label")

        self.intention_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assessment_label)

        self.assessment_edit = QPlainTextEdit(self.intention_group)
        self.assessment_edit.setObjectName(u"assessment_edit")
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setMaximumSize(QSize(16777215, 64))

        self.intention_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assessment_edit)


        self.sections_layout.addWidget(self.intention_group)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

        self.notes_layout = QFormLayout()
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_label = QLabel(PhoneScreenForm)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(PhoneScreenForm)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 56))

        self.notes_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.outer_layout.addLayout(self.notes_layout)

        self.missing_label = QLabel(PhoneScreenForm)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setStyleSheet(u"color: #555;")
        self.missing_label.setWordWrap(True)

        self.outer_layout.addWidget(self.missing_label)

        self.error_label = QLabel(PhoneScreenForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.outer_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.discard_button = QPushButton(PhoneScreenForm)
        self.discard_button.setObjectName(u"discard_button")

        self.buttons_layout.addWidget(self.discard_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(PhoneScreenForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.outer_layout.addLayout(self.buttons_layout)

        self.outer_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.callback_label.setBuddy(self.callback_edit)
        self.position_label.setBuddy(self.position_combo)
        self.salary_mode_label.setBuddy(self.salary_mode_combo)
        self.direction_label.setBuddy(self.direction_edit)
        self.experience_label.setBuddy(self.experience_edit)
        self.other_doubts_label.setBuddy(self.doubts_edit)
        self.qa_location_label.setBuddy(self.qa_location_asked_edit)
        self.qa_schedule_label.setBuddy(self.qa_schedule_asked_edit)
        self.qa_salary_label.setBuddy(self.qa_salary_asked_edit)
        self.qa_benefits_label.setBuddy(self.qa_benefits_asked_edit)
        self.qa_other_label.setBuddy(self.qa_other_asked_edit)
        self.status_label.setBuddy(self.status_combo)
        self.reasons_label.setBuddy(self.reasons_edit)
        self.requirements_label.setBuddy(self.requirements_edit)
        self.main_skills_label.setBuddy(self.main_skills_edit)
        self.current_salary_label.setBuddy(self.current_salary_edit)
        self.expected_salary_label.setBuddy(self.expected_salary_edit)
        self.bottom_line_label.setBuddy(self.bottom_line_edit)
        self.relocate_label.setBuddy(self.relocate_combo)
        self.availability_label.setBuddy(self.availability_edit)
        self.intention_label.setBuddy(self.intention_combo)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.outcome_reason_label.setBuddy(self.reason_code_combo)
        self.follow_up_label.setBuddy(self.follow_up_check)
        self.assessment_label.setBuddy(self.assessment_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.identity_check, self.introduced_check)
        QWidget.setTabOrder(self.introduced_check, self.purpose_check)
        QWidget.setTabOrder(self.purpose_check, self.convenient_check)
        QWidget.setTabOrder(self.convenient_check, self.callback_edit)
        QWidget.setTabOrder(self.callback_edit, self.callback_button)
        QWidget.setTabOrder(self.callback_button, self.position_combo)
        QWidget.setTabOrder(self.position_combo, self.salary_mode_combo)
        QWidget.setTabOrder(self.salary_mode_combo, self.pitch_browser)
        QWidget.setTabOrder(self.pitch_browser, self.direction_edit)
        QWidget.setTabOrder(self.direction_edit, self.experience_edit)
        QWidget.setTabOrder(self.experience_edit, self.doubts_container)
        QWidget.setTabOrder(self.doubts_container, self.doubts_edit)
        QWidget.setTabOrder(self.doubts_edit, self.qa_location_asked_edit)
        QWidget.setTabOrder(self.qa_location_asked_edit, self.qa_location_answered_edit)
        QWidget.setTabOrder(self.qa_location_answered_edit, self.qa_schedule_asked_edit)
        QWidget.setTabOrder(self.qa_schedule_asked_edit, self.qa_schedule_answered_edit)
        QWidget.setTabOrder(self.qa_schedule_answered_edit, self.qa_salary_asked_edit)
        QWidget.setTabOrder(self.qa_salary_asked_edit, self.qa_salary_answered_edit)
        QWidget.setTabOrder(self.qa_salary_answered_edit, self.qa_benefits_asked_edit)
        QWidget.setTabOrder(self.qa_benefits_asked_edit, self.qa_benefits_answered_edit)
        QWidget.setTabOrder(self.qa_benefits_answered_edit, self.qa_other_asked_edit)
        QWidget.setTabOrder(self.qa_other_asked_edit, self.qa_other_answered_edit)
        QWidget.setTabOrder(self.qa_other_answered_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.notice_days_spin)
        QWidget.setTabOrder(self.notice_days_spin, self.unemployed_since_check)
        QWidget.setTabOrder(self.unemployed_since_check, self.unemployed_since_edit)
        QWidget.setTabOrder(self.unemployed_since_edit, self.reasons_edit)
        QWidget.setTabOrder(self.reasons_edit, self.requirements_edit)
        QWidget.setTabOrder(self.requirements_edit, self.main_skills_edit)
        QWidget.setTabOrder(self.main_skills_edit, self.current_salary_edit)
        QWidget.setTabOrder(self.current_salary_edit, self.expected_salary_edit)
        QWidget.setTabOrder(self.expected_salary_edit, self.bottom_line_edit)
        QWidget.setTabOrder(self.bottom_line_edit, self.relocate_combo)
        QWidget.setTabOrder(self.relocate_combo, self.availability_edit)
        QWidget.setTabOrder(self.availability_edit, self.intention_combo)
        QWidget.setTabOrder(self.intention_combo, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.reason_code_combo)
        QWidget.setTabOrder(self.reason_code_combo, self.outcome_reason_edit)
        QWidget.setTabOrder(self.outcome_reason_edit, self.follow_up_check)
        QWidget.setTabOrder(self.follow_up_check, self.follow_up_edit)
        QWidget.setTabOrder(self.follow_up_edit, self.assessment_edit)
        QWidget.setTabOrder(self.assessment_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.save_button)

        self.retranslateUi(PhoneScreenForm)

        self.save_button.setDefault(False)

    # setupUi

    def retranslateUi(self, PhoneScreenForm):
#if QT_CONFIG(tooltip)
        self.timer_label.setToolTip(QCoreApplication.translate("PhoneScreenForm", u"The call timer starts with the first thing you tick or type", None))
#endif // QT_CONFIG(tooltip)
        self.opening_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"1  Opening (Alt+1)", None))
        self.identity_check.setText(QCoreApplication.translate("PhoneScreenForm", u"&Identity confirmed", None))
        self.introduced_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Introduced &myself", None))
        self.purpose_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Explained the &purpose", None))
        self.convenient_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Con&venient to talk", None))
        self.callback_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Not convenient \u2014 call &back at", None))
        self.callback_edit.setDisplayFormat(QCoreApplication.translate("PhoneScreenForm", u"yyyy-MM-dd HH:mm", None))
        self.callback_button.setText(QCoreApplication.translate("PhoneScreenForm", u"Remind me and &end the call", None))
        self.pitch_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"2  The pitch (Alt+2)", None))
        self.position_label.setText(QCoreApplication.translate("PhoneScreenForm", u"P&osition", None))
        self.salary_mode_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Present the &salary as", None))
        self.pitch_browser.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Pick a position above: what to say about the company and the role appears here.", None))
        self.questions_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"3  Questions (Alt+3)", None))
        self.direction_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Job-search &direction", None))
        self.direction_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"What is the candidate looking for?", None))
        self.experience_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Relevant e&xperience", None))
        self.experience_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Experience that matters for this position", None))
        self.doubts_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Doubts in the resume", None))
        self.other_doubts_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Other doubts", None))
        self.doubts_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Anything else in the resume to clear up, and the answer", None))
        self.candidate_questions_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"4  The candidate's questions (Alt+4)", None))
        self.qa_topic_header.setText("")
        self.qa_asked_header.setText(QCoreApplication.translate("PhoneScreenForm", u"What they asked", None))
        self.qa_answered_header.setText(QCoreApplication.translate("PhoneScreenForm", u"What you answered", None))
        self.qa_location_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Location", None))
        self.qa_schedule_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Schedule", None))
        self.qa_salary_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Salary", None))
        self.qa_benefits_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Benefits", None))
        self.qa_other_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Other", None))
        self.facts_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"5  Key facts (Alt+5)", None))
        self.status_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Current &status", None))
        self.notice_days_spin.setSpecialValueText(QCoreApplication.translate("PhoneScreenForm", u"notice: unknown", None))
        self.notice_days_spin.setSuffix(QCoreApplication.translate("PhoneScreenForm", u" days notice", None))
        self.unemployed_since_check.setText(QCoreApplication.translate("PhoneScreenForm", u"since", None))
        self.unemployed_since_edit.setDisplayFormat(QCoreApplication.translate("PhoneScreenForm", u"yyyy-MM-dd", None))
        self.reasons_label.setText(QCoreApplication.translate("PhoneScreenForm", u"&Reasons for changing", None))
        self.requirements_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Requirements for the &next company", None))
        self.main_skills_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Main s&kills", None))
        self.main_skills_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Comma-separated; completes from the skill vocabulary", None))
        self.current_salary_label.setText(QCoreApplication.translate("PhoneScreenForm", u"C&urrent salary", None))
        self.current_salary_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"e.g. 28k\u00d713", None))
        self.expected_salary_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Ex&pected salary", None))
        self.expected_salary_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"e.g. 35k\u00d714", None))
        self.bottom_line_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Acceptable &bottom line", None))
        self.bottom_line_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Never printed in reports", None))
        self.relocate_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Willing to re&locate", None))
        self.availability_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Interview &availability", None))
        self.availability_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"e.g. weekday evenings, from 3 Dec", None))
        self.salary_hint_label.setText("")
        self.intention_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"6  Intention and next step (Alt+6)", None))
        self.intention_label.setText(QCoreApplication.translate("PhoneScreenForm", u"&Intention", None))
        self.outcome_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Ou&tcome", None))
        self.outcome_reason_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Reason", None))
        self.outcome_reason_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Why not suitable (a reason from the list, or say why)", None))
        self.follow_up_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Follow up", None))
        self.follow_up_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Remind me on", None))
        self.follow_up_edit.setDisplayFormat(QCoreApplication.translate("PhoneScreenForm", u"yyyy-MM-dd", None))
        self.assessment_label.setText(QCoreApplication.translate("PhoneScreenForm", u"&Assessment for the client", None))
        self.assessment_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Why this candidate: strengths, motivation, risks", None))
        self.notes_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Call &notes", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Free notes at any time (Alt+N) \u2014 internal, never printed", None))
        self.missing_label.setText("")
        self.discard_button.setText(QCoreApplication.translate("PhoneScreenForm", u"Discard this call\u2026", None))
#if QT_CONFIG(tooltip)
        self.discard_button.setToolTip(QCoreApplication.translate("PhoneScreenForm", u"Throw away what was typed for this call (the draft)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("PhoneScreenForm", u"Save and &end call", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PhoneScreenForm", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

