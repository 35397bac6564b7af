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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_PhoneScreenForm(object):
    def setupUi(self, PhoneScreenForm):
        if not PhoneScreenForm.objectName():
            PhoneScreenForm.setObjectName(u"PhoneScreenForm")
        PhoneScreenForm.resize(640, 1200)
        self.outer_layout = QVBoxLayout(PhoneScreenForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.match_label = QLabel(PhoneScreenForm)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setStyleSheet(u"font-size: 12pt; padding: 4px; background: #eef4fb; border-radius: 4px;")
        self.match_label.setWordWrap(True)

        self.outer_layout.addWidget(self.match_label)

        self.scroll_area = QScrollArea(PhoneScreenForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.sections_layout = QVBoxLayout(self.scroll_contents)
        self.sections_layout.setObjectName(u"sections_layout")
        self.opening_group = QGroupBox(self.scroll_contents)
        self.opening_group.setObjectName(u"opening_group")
        self.opening_layout = QHBoxLayout(self.opening_group)
        self.opening_layout.setObjectName(u"opening_layout")
        self.identity_check = QCheckBox(self.opening_group)
        self.identity_check.setObjectName(u"identity_check")

        self.opening_layout.addWidget(self.identity_check)

        self.introduced_check = QCheckBox(self.opening_group)
        self.introduced_check.setObjectName(u"introduced_check")

        self.opening_layout.addWidget(self.introduced_check)

        self.purpose_check = QCheckBox(self.opening_group)
        self.purpose_check.setObjectName(u"purpose_check")

        self.opening_layout.addWidget(self.purpose_check)

        self.convenient_check = QCheckBox(self.opening_group)
        self.convenient_check.setObjectName(u"convenient_check")

        self.opening_layout.addWidget(self.convenient_check)


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


        self.pitch_layout.addLayout(self.position_layout)

        self.pitch_browser = QTextBrowser(self.pitch_group)
        self.pitch_browser.setObjectName(u"pitch_browser")
        self.pitch_browser.setMinimumSize(QSize(0, 160))

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
        self.direction_edit.setMaximumSize(QSize(16777215, 70))

        self.questions_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.direction_edit)

        self.experience_label = QLabel(self.questions_group)
        self.experience_label.setObjectName(u"experience_label")

        self.questions_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.experience_label)

        self.experience_edit = QPlainTextEdit(self.questions_group)
        self.experience_edit.setObjectName(u"experience_edit")
        self.experience_edit.setTabChangesFocus(True)
        self.experience_edit.setMaximumSize(QSize(16777215, 70))

        self.questions_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.experience_edit)

        self.doubts_label = QLabel(self.questions_group)
        self.doubts_label.setObjectName(u"doubts_label")

        self.questions_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doubts_label)

        self.doubts_edit = QPlainTextEdit(self.questions_group)
        self.doubts_edit.setObjectName(u"doubts_edit")
        self.doubts_edit.setTabChangesFocus(True)
        self.doubts_edit.setMaximumSize(QSize(16777215, 70))

        self.questions_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doubts_edit)


        self.sections_layout.addWidget(self.questions_group)

        self.candidate_questions_group = QGroupBox(self.scroll_contents)
        self.candidate_questions_group.setObjectName(u"candidate_questions_group")
        self.candidate_questions_layout = QFormLayout(self.candidate_questions_group)
        self.candidate_questions_layout.setObjectName(u"candidate_questions_layout")
        self.candidate_questions_label = QLabel(self.candidate_questions_group)
        self.candidate_questions_label.setObjectName(u"candidate_questions_label")

        self.candidate_questions_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.candidate_questions_label)

        self.candidate_questions_edit = QPlainTextEdit(self.candidate_questions_group)
        self.candidate_questions_edit.setObjectName(u"candidate_questions_edit")
        self.candidate_questions_edit.setTabChangesFocus(True)
        self.candidate_questions_edit.setMaximumSize(QSize(16777215, 70))

        self.candidate_questions_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.candidate_questions_edit)


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


        self.facts_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_layout)

        self.reasons_label = QLabel(self.facts_group)
        self.reasons_label.setObjectName(u"reasons_label")

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons_edit = QPlainTextEdit(self.facts_group)
        self.reasons_edit.setObjectName(u"reasons_edit")
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setMaximumSize(QSize(16777215, 70))

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasons_edit)

        self.requirements_label = QLabel(self.facts_group)
        self.requirements_label.setObjectName(u"requirements_label")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requirements_label)

        self.requirements_edit = QPlainTextEdit(self.facts_group)
        self.requirements_edit.setObjectName(u"requirements_edit")
        self.requirements_edit.setTabChangesFocus(True)
        self.requirements_edit.setMaximumSize(QSize(16777215, 70))

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

        self.salary_hint_label = QLabel(self.facts_group)
        self.salary_hint_label.setObjectName(u"salary_hint_label")
        self.salary_hint_label.setStyleSheet(u"color: #555;")

        self.facts_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.salary_hint_label)


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

        self.outcome_reason_edit = QLineEdit(self.intention_group)
        self.outcome_reason_edit.setObjectName(u"outcome_reason_edit")

        self.intention_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome_reason_edit)

        self.assessment_label = QLabel(self.intention_group)
        self.assessment_label.setObjectName(u"assessment_label")

        self.intention_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assessment_label)

        self.assessment_edit = QPlainTextEdit(self.intention_group)
        self.assessment_edit.setObjectName(u"assessment_edit")
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setMaximumSize(QSize(16777215, 70))

        self.intention_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assessment_edit)

        self.notes_label = QLabel(self.intention_group)
        self.notes_label.setObjectName(u"notes_label")

        self.intention_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.intention_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.intention_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.sections_layout.addWidget(self.intention_group)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

        self.error_label = QLabel(PhoneScreenForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.outer_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(PhoneScreenForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.outer_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.position_label.setBuddy(self.position_combo)
        self.direction_label.setBuddy(self.direction_edit)
        self.experience_label.setBuddy(self.experience_edit)
        self.doubts_label.setBuddy(self.doubts_edit)
        self.candidate_questions_label.setBuddy(self.candidate_questions_edit)
        self.status_label.setBuddy(self.status_combo)
        self.reasons_label.setBuddy(self.reasons_edit)
        self.requirements_label.setBuddy(self.requirements_edit)
        self.main_skills_label.setBuddy(self.main_skills_edit)
        self.current_salary_label.setBuddy(self.current_salary_edit)
        self.expected_salary_label.setBuddy(self.expected_salary_edit)
        self.bottom_line_label.setBuddy(self.bottom_line_edit)
        self.relocate_label.setBuddy(self.relocate_combo)
        self.intention_label.setBuddy(self.intention_combo)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.outcome_reason_label.setBuddy(self.outcome_reason_edit)
        self.assessment_label.setBuddy(self.assessment_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.identity_check, self.introduced_check)
        QWidget.setTabOrder(self.introduced_check, self.purpose_check)
        QWidget.setTabOrder(self.purpose_check, self.convenient_check)
        QWidget.setTabOrder(self.convenient_check, self.position_combo)
        QWidget.setTabOrder(self.position_combo, self.direction_edit)
        QWidget.setTabOrder(self.direction_edit, self.experience_edit)
        QWidget.setTabOrder(self.experience_edit, self.doubts_edit)
        QWidget.setTabOrder(self.doubts_edit, self.candidate_questions_edit)
        QWidget.setTabOrder(self.candidate_questions_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.notice_days_spin)
        QWidget.setTabOrder(self.notice_days_spin, self.reasons_edit)
        QWidget.setTabOrder(self.reasons_edit, self.requirements_edit)
        QWidget.setTabOrder(self.requirements_edit, self.main_skills_edit)
        QWidget.setTabOrder(self.main_skills_edit, self.current_salary_edit)
        QWidget.setTabOrder(self.current_salary_edit, self.expected_salary_edit)
        QWidget.setTabOrder(self.expected_salary_edit, self.bottom_line_edit)
        QWidget.setTabOrder(self.bottom_line_edit, self.relocate_combo)
        QWidget.setTabOrder(self.relocate_combo, self.intention_combo)
        QWidget.setTabOrder(self.intention_combo, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.outcome_reason_edit)
        QWidget.setTabOrder(self.outcome_reason_edit, self.assessment_edit)
        QWidget.setTabOrder(self.assessment_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.save_button)

        self.retranslateUi(PhoneScreenForm)
    # setupUi

    def retranslateUi(self, PhoneScreenForm):
        self.opening_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"1  Opening", None))
        self.identity_check.setText(QCoreApplication.translate("PhoneScreenForm", u"&Identity confirmed", None))
        self.introduced_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Introduced &myself", None))
        self.purpose_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Explained the &purpose", None))
        self.convenient_check.setText(QCoreApplication.translate("PhoneScreenForm", u"Con&venient to talk", None))
        self.pitch_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"2  The pitch", None))
        self.position_label.setText(QCoreApplication.translate("PhoneScreenForm", u"P&osition", None))
        self.pitch_browser.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Pick a position above: what to say about the company and the role appears here.", None))
        self.questions_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"3  Questions", None))
        self.direction_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Job-search &direction", None))
        self.experience_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Relevant e&xperience", None))
        self.doubts_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Doubts in the resume", None))
        self.doubts_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Gaps, short tenures, overlaps \u2014 and the candidate's explanation", None))
        self.candidate_questions_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"4  The candidate's questions", None))
        self.candidate_questions_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Asked && answered", None))
        self.candidate_questions_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Location, schedule, salary, benefits\u2026", None))
        self.facts_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"5  Key facts", None))
        self.status_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Current &status", None))
        self.notice_days_spin.setSpecialValueText(QCoreApplication.translate("PhoneScreenForm", u"notice: unknown", None))
        self.notice_days_spin.setSuffix(QCoreApplication.translate("PhoneScreenForm", u" days notice", None))
        self.reasons_label.setText(QCoreApplication.translate("PhoneScreenForm", u"&Reasons for changing", None))
        self.requirements_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Requirements for the &next company", None))
        self.main_skills_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Main s&kills", None))
        self.main_skills_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Comma-separated", None))
        self.current_salary_label.setText(QCoreApplication.translate("PhoneScreenForm", u"C&urrent salary", None))
        self.current_salary_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"e.g. 28k\u00d713", None))
        self.expected_salary_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Ex&pected salary", None))
        self.expected_salary_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"e.g. 35k\u00d714", None))
        self.bottom_line_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Acceptable &bottom line", None))
        self.bottom_line_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Never printed in reports", None))
        self.relocate_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Willing to re&locate", None))
        self.intention_group.setTitle(QCoreApplication.translate("PhoneScreenForm", u"6  Intention and next step", None))
        self.intention_label.setText(QCoreApplication.translate("PhoneScreenForm", u"&Intention", None))
        self.outcome_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Ou&tcome", None))
        self.outcome_reason_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Reason", None))
        self.outcome_reason_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Why not suitable (required for that outcome)", None))
        self.assessment_label.setText(QCoreApplication.translate("PhoneScreenForm", u"&Assessment for the client", None))
        self.assessment_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Why this candidate: strengths, motivation, risks", None))
        self.notes_label.setText(QCoreApplication.translate("PhoneScreenForm", u"Internal &notes", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("PhoneScreenForm", u"Never printed", None))
        self.save_button.setText(QCoreApplication.translate("PhoneScreenForm", u"Save &call", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PhoneScreenForm", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

