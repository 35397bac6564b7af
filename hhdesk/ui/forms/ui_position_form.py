# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'position_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PositionForm(object):
    def setupUi(self, PositionForm):
        if not PositionForm.objectName():
            PositionForm.setObjectName(u"PositionForm")
        PositionForm.resize(900, 760)
        self.position_layout = QVBoxLayout(PositionForm)
        self.position_layout.setObjectName(u"position_layout")
        self.heading_label = QLabel(PositionForm)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.position_layout.addWidget(self.heading_label)

        self.scroll_area = QScrollArea(PositionForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFocusPolicy(Qt.NoFocus)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.columns_layout = QHBoxLayout(self.scroll_contents)
        self.columns_layout.setObjectName(u"columns_layout")
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.left_column_layout = QVBoxLayout()
        self.left_column_layout.setObjectName(u"left_column_layout")
        self.job_group = QGroupBox(self.scroll_contents)
        self.job_group.setObjectName(u"job_group")
        self.job_layout = QFormLayout(self.job_group)
        self.job_layout.setObjectName(u"job_layout")
        self.job_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.title_label = QLabel(self.job_group)
        self.title_label.setObjectName(u"title_label")

        self.job_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.job_group)
        self.title_edit.setObjectName(u"title_edit")

        self.job_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_error_label = QLabel(self.job_group)
        self.title_error_label.setObjectName(u"title_error_label")
        self.title_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.title_error_label.sizePolicy().hasHeightForWidth())
        self.title_error_label.setSizePolicy(sizePolicy)
        self.title_error_label.setStyleSheet(u"color: #b00020;")
        self.title_error_label.setWordWrap(True)
        self.title_error_label.setVisible(False)

        self.job_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_error_label)

        self.department_label = QLabel(self.job_group)
        self.department_label.setObjectName(u"department_label")

        self.job_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_edit = QLineEdit(self.job_group)
        self.department_edit.setObjectName(u"department_edit")

        self.job_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.department_edit)

        self.city_label = QLabel(self.job_group)
        self.city_label.setObjectName(u"city_label")

        self.job_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.job_group)
        self.city_edit.setObjectName(u"city_edit")

        self.job_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.work_mode_label = QLabel(self.job_group)
        self.work_mode_label.setObjectName(u"work_mode_label")

        self.job_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.work_mode_label)

        self.work_mode_combo = QComboBox(self.job_group)
        self.work_mode_combo.setObjectName(u"work_mode_combo")

        self.job_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.work_mode_combo)

        self.schedule_label = QLabel(self.job_group)
        self.schedule_label.setObjectName(u"schedule_label")

        self.job_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.schedule_label)

        self.schedule_edit = QLineEdit(self.job_group)
        self.schedule_edit.setObjectName(u"schedule_edit")

        self.job_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.schedule_edit)

        self.headcount_label = QLabel(self.job_group)
        self.headcount_label.setObjectName(u"headcount_label")

        self.job_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.headcount_label)

        self.headcount_spin = QSpinBox(self.job_group)
        self.headcount_spin.setObjectName(u"headcount_spin")
        self.headcount_spin.setMinimum(1)
        self.headcount_spin.setMaximum(999)
        self.headcount_spin.setValue(1)

        self.job_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.headcount_spin)

        self.status_label = QLabel(self.job_group)
        self.status_label.setObjectName(u"status_label")

        self.job_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_priority_layout = QHBoxLayout()
        self.status_priority_layout.setObjectName(u"status_priority_layout")
        self.status_combo = QComboBox(self.job_group)
        self.status_combo.setObjectName(u"status_combo")

        self.status_priority_layout.addWidget(self.status_combo)

        self.priority_label = QLabel(self.job_group)
        self.priority_label.setObjectName(u"priority_label")

        self.status_priority_layout.addWidget(self.priority_label)

        self.priority_combo = QComboBox(self.job_group)
        self.priority_combo.setObjectName(u"priority_combo")

        self.status_priority_layout.addWidget(self.priority_combo)

        self.status_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_priority_layout.addItem(self.status_spacer)


        self.job_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.status_priority_layout)

        self.opened_label = QLabel(self.job_group)
        self.opened_label.setObjectName(u"opened_label")

        self.job_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.opened_label)

        self.dates_layout = QHBoxLayout()
        self.dates_layout.setObjectName(u"dates_layout")
        self.opened_date_edit = QDateEdit(self.job_group)
        self.opened_date_edit.setObjectName(u"opened_date_edit")
        self.opened_date_edit.setCalendarPopup(True)
        self.opened_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.opened_date_edit.setMinimumDate(QDate(2000, 1, 1))

        self.dates_layout.addWidget(self.opened_date_edit)

        self.dates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_layout.addItem(self.dates_spacer)


        self.job_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.dates_layout)

        self.target_check = QCheckBox(self.job_group)
        self.target_check.setObjectName(u"target_check")

        self.job_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.target_check)

        self.target_date_edit = QDateEdit(self.job_group)
        self.target_date_edit.setObjectName(u"target_date_edit")
        self.target_date_edit.setEnabled(False)
        self.target_date_edit.setCalendarPopup(True)
        self.target_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.target_date_edit.setMinimumDate(QDate(2000, 1, 1))

        self.job_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.target_date_edit)

        self.status_error_label = QLabel(self.job_group)
        self.status_error_label.setObjectName(u"status_error_label")
        self.status_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.status_error_label.sizePolicy().hasHeightForWidth())
        self.status_error_label.setSizePolicy(sizePolicy)
        self.status_error_label.setStyleSheet(u"color: #b00020;")
        self.status_error_label.setWordWrap(True)
        self.status_error_label.setVisible(False)

        self.job_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.status_error_label)

        self.job_error_label = QLabel(self.job_group)
        self.job_error_label.setObjectName(u"job_error_label")
        self.job_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.job_error_label.sizePolicy().hasHeightForWidth())
        self.job_error_label.setSizePolicy(sizePolicy)
        self.job_error_label.setStyleSheet(u"color: #b00020;")
        self.job_error_label.setWordWrap(True)
        self.job_error_label.setVisible(False)

        self.job_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.job_error_label)


        self.left_column_layout.addWidget(self.job_group)

        self.pay_group = QGroupBox(self.scroll_contents)
        self.pay_group.setObjectName(u"pay_group")
        self.pay_layout = QFormLayout(self.pay_group)
        self.pay_layout.setObjectName(u"pay_layout")
        self.pay_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.budget_label = QLabel(self.pay_group)
        self.budget_label.setObjectName(u"budget_label")

        self.pay_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budget_label)

        self.budget_layout = QHBoxLayout()
        self.budget_layout.setObjectName(u"budget_layout")
        self.budget_edit = QLineEdit(self.pay_group)
        self.budget_edit.setObjectName(u"budget_edit")

        self.budget_layout.addWidget(self.budget_edit)

        self.currency_combo = QComboBox(self.pay_group)
        self.currency_combo.setObjectName(u"currency_combo")

        self.budget_layout.addWidget(self.currency_combo)


        self.pay_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.budget_layout)

        self.budget_hint_label = QLabel(self.pay_group)
        self.budget_hint_label.setObjectName(u"budget_hint_label")
        self.budget_hint_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.budget_hint_label.sizePolicy().hasHeightForWidth())
        self.budget_hint_label.setSizePolicy(sizePolicy)
        self.budget_hint_label.setStyleSheet(u"color: #555;")
        self.budget_hint_label.setWordWrap(True)

        self.pay_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.budget_hint_label)

        self.fee_label = QLabel(self.pay_group)
        self.fee_label.setObjectName(u"fee_label")

        self.pay_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fee_label)

        self.fee_layout = QHBoxLayout()
        self.fee_layout.setObjectName(u"fee_layout")
        self.fee_kind_combo = QComboBox(self.pay_group)
        self.fee_kind_combo.setObjectName(u"fee_kind_combo")

        self.fee_layout.addWidget(self.fee_kind_combo)

        self.fee_value_spin = QDoubleSpinBox(self.pay_group)
        self.fee_value_spin.setObjectName(u"fee_value_spin")
        self.fee_value_spin.setMinimum(-1.000000000000000)
        self.fee_value_spin.setMaximum(99999999.000000000000000)
        self.fee_value_spin.setValue(-1.000000000000000)
        self.fee_value_spin.setProperty(u"showGroupSeparator", True)
        self.fee_value_spin.setMinimumSize(QSize(100, 0))

        self.fee_layout.addWidget(self.fee_value_spin)

        self.fee_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fee_layout.addItem(self.fee_spacer)


        self.pay_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fee_layout)

        self.fee_error_label = QLabel(self.pay_group)
        self.fee_error_label.setObjectName(u"fee_error_label")
        self.fee_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.fee_error_label.sizePolicy().hasHeightForWidth())
        self.fee_error_label.setSizePolicy(sizePolicy)
        self.fee_error_label.setStyleSheet(u"color: #b00020;")
        self.fee_error_label.setWordWrap(True)
        self.fee_error_label.setVisible(False)

        self.pay_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fee_error_label)

        self.benefits_label = QLabel(self.pay_group)
        self.benefits_label.setObjectName(u"benefits_label")

        self.pay_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.benefits_label)

        self.benefits_edit = QPlainTextEdit(self.pay_group)
        self.benefits_edit.setObjectName(u"benefits_edit")
        self.benefits_edit.setTabChangesFocus(True)
        self.benefits_edit.setMinimumSize(QSize(0, 50))
        self.benefits_edit.setMaximumSize(QSize(16777215, 70))

        self.pay_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.benefits_edit)


        self.left_column_layout.addWidget(self.pay_group)

        self.selling_group = QGroupBox(self.scroll_contents)
        self.selling_group.setObjectName(u"selling_group")
        self.selling_layout = QFormLayout(self.selling_group)
        self.selling_layout.setObjectName(u"selling_layout")
        self.selling_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.selling_points_label = QLabel(self.selling_group)
        self.selling_points_label.setObjectName(u"selling_points_label")

        self.selling_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.selling_points_label)

        self.selling_points_edit = QPlainTextEdit(self.selling_group)
        self.selling_points_edit.setObjectName(u"selling_points_edit")
        self.selling_points_edit.setTabChangesFocus(True)
        self.selling_points_edit.setMinimumSize(QSize(0, 60))
        self.selling_points_edit.setMaximumSize(QSize(16777215, 110))

        self.selling_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.selling_points_edit)


        self.left_column_layout.addWidget(self.selling_group)

        self.left_column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column_layout.addItem(self.left_column_spacer)


        self.columns_layout.addLayout(self.left_column_layout)

        self.right_column_layout = QVBoxLayout()
        self.right_column_layout.setObjectName(u"right_column_layout")
        self.requirements_group = QGroupBox(self.scroll_contents)
        self.requirements_group.setObjectName(u"requirements_group")
        self.requirements_layout = QFormLayout(self.requirements_group)
        self.requirements_layout.setObjectName(u"requirements_layout")
        self.requirements_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.skills_header_layout = QHBoxLayout()
        self.skills_header_layout.setObjectName(u"skills_header_layout")
        self.skills_label = QLabel(self.requirements_group)
        self.skills_label.setObjectName(u"skills_label")

        self.skills_header_layout.addWidget(self.skills_label)

        self.skills_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skills_header_layout.addItem(self.skills_header_spacer)

        self.remove_skill_button = QPushButton(self.requirements_group)
        self.remove_skill_button.setObjectName(u"remove_skill_button")

        self.skills_header_layout.addWidget(self.remove_skill_button)


        self.requirements_layout.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.skills_header_layout)

        self.new_skill_layout = QHBoxLayout()
        self.new_skill_layout.setObjectName(u"new_skill_layout")
        self.new_skill_edit = QLineEdit(self.requirements_group)
        self.new_skill_edit.setObjectName(u"new_skill_edit")
        self.new_skill_edit.setMinimumSize(QSize(100, 0))

        self.new_skill_layout.addWidget(self.new_skill_edit)

        self.new_skill_weight_spin = QSpinBox(self.requirements_group)
        self.new_skill_weight_spin.setObjectName(u"new_skill_weight_spin")
        self.new_skill_weight_spin.setMinimum(1)
        self.new_skill_weight_spin.setMaximum(5)
        self.new_skill_weight_spin.setValue(3)

        self.new_skill_layout.addWidget(self.new_skill_weight_spin)

        self.new_skill_must_check = QCheckBox(self.requirements_group)
        self.new_skill_must_check.setObjectName(u"new_skill_must_check")

        self.new_skill_layout.addWidget(self.new_skill_must_check)

        self.add_skill_button = QPushButton(self.requirements_group)
        self.add_skill_button.setObjectName(u"add_skill_button")

        self.new_skill_layout.addWidget(self.add_skill_button)


        self.requirements_layout.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.new_skill_layout)

        self.skills_table = QTableWidget(self.requirements_group)
        if (self.skills_table.columnCount() < 3):
            self.skills_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.skills_table.setObjectName(u"skills_table")
        self.skills_table.setMinimumSize(QSize(0, 130))
        self.skills_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skills_table.setAlternatingRowColors(True)
        self.skills_table.setTabKeyNavigation(False)
        self.skills_table.setColumnCount(3)
        self.skills_table.horizontalHeader().setStretchLastSection(False)
        self.skills_table.verticalHeader().setVisible(False)

        self.requirements_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.skills_table)

        self.skills_error_label = QLabel(self.requirements_group)
        self.skills_error_label.setObjectName(u"skills_error_label")
        self.skills_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.skills_error_label.setStyleSheet(u"color: #b00020;")
        self.skills_error_label.setWordWrap(True)
        self.skills_error_label.setVisible(False)

        self.requirements_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.skills_error_label)

        self.years_label = QLabel(self.requirements_group)
        self.years_label.setObjectName(u"years_label")

        self.requirements_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.years_label)

        self.years_layout = QHBoxLayout()
        self.years_layout.setObjectName(u"years_layout")
        self.min_years_spin = QSpinBox(self.requirements_group)
        self.min_years_spin.setObjectName(u"min_years_spin")
        self.min_years_spin.setMinimumSize(QSize(64, 0))
        self.min_years_spin.setMinimum(-1)
        self.min_years_spin.setMaximum(50)
        self.min_years_spin.setValue(-1)

        self.years_layout.addWidget(self.min_years_spin)

        self.years_to_label = QLabel(self.requirements_group)
        self.years_to_label.setObjectName(u"years_to_label")

        self.years_layout.addWidget(self.years_to_label)

        self.max_years_spin = QSpinBox(self.requirements_group)
        self.max_years_spin.setObjectName(u"max_years_spin")
        self.max_years_spin.setMinimumSize(QSize(64, 0))
        self.max_years_spin.setMinimum(-1)
        self.max_years_spin.setMaximum(50)
        self.max_years_spin.setValue(-1)

        self.years_layout.addWidget(self.max_years_spin)

        self.years_unit_label = QLabel(self.requirements_group)
        self.years_unit_label.setObjectName(u"years_unit_label")

        self.years_layout.addWidget(self.years_unit_label)

        self.years_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.years_layout.addItem(self.years_spacer)


        self.requirements_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.years_layout)

        self.years_error_label = QLabel(self.requirements_group)
        self.years_error_label.setObjectName(u"years_error_label")
        self.years_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.years_error_label.sizePolicy().hasHeightForWidth())
        self.years_error_label.setSizePolicy(sizePolicy)
        self.years_error_label.setStyleSheet(u"color: #b00020;")
        self.years_error_label.setWordWrap(True)
        self.years_error_label.setVisible(False)

        self.requirements_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.years_error_label)

        self.education_label = QLabel(self.requirements_group)
        self.education_label.setObjectName(u"education_label")

        self.requirements_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.education_label)

        self.education_combo = QComboBox(self.requirements_group)
        self.education_combo.setObjectName(u"education_combo")

        self.requirements_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.education_combo)

        self.languages_label = QLabel(self.requirements_group)
        self.languages_label.setObjectName(u"languages_label")

        self.requirements_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_edit = QLineEdit(self.requirements_group)
        self.languages_edit.setObjectName(u"languages_edit")

        self.requirements_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languages_edit)

        self.requirements_error_label = QLabel(self.requirements_group)
        self.requirements_error_label.setObjectName(u"requirements_error_label")
        self.requirements_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.requirements_error_label.sizePolicy().hasHeightForWidth())
        self.requirements_error_label.setSizePolicy(sizePolicy)
        self.requirements_error_label.setStyleSheet(u"color: #b00020;")
        self.requirements_error_label.setWordWrap(True)
        self.requirements_error_label.setVisible(False)

        self.requirements_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.requirements_error_label)


        self.right_column_layout.addWidget(self.requirements_group)

        self.weights_group = QGroupBox(self.scroll_contents)
        self.weights_group.setObjectName(u"weights_group")
        self.weights_layout = QGridLayout(self.weights_group)
        self.weights_layout.setObjectName(u"weights_layout")
        self.weight_skills_label = QLabel(self.weights_group)
        self.weight_skills_label.setObjectName(u"weight_skills_label")
        self.weight_skills_label.setText(u"Skills")
        self.weight_skills_label.setWordWrap(True)

        self.weights_layout.addWidget(self.weight_skills_label, 0, 0, 1, 1)

        self.weight_skills_spin = QSpinBox(self.weights_group)
        self.weight_skills_spin.setObjectName(u"weight_skills_spin")
        self.weight_skills_spin.setMinimum(0)
        self.weight_skills_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_skills_spin, 0, 1, 1, 1)

        self.weight_skills_share_label = QLabel(self.weights_group)
        self.weight_skills_share_label.setObjectName(u"weight_skills_share_label")
        self.weight_skills_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_skills_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_skills_share_label, 0, 2, 1, 1)

        self.weight_years_label = QLabel(self.weights_group)
        self.weight_years_label.setObjectName(u"weight_years_label")
        self.weight_years_label.setText(u"Experience")
        self.weight_years_label.setWordWrap(True)
        self.weight_years_label.setIndent(10)

        self.weights_layout.addWidget(self.weight_years_label, 0, 3, 1, 1)

        self.weight_years_spin = QSpinBox(self.weights_group)
        self.weight_years_spin.setObjectName(u"weight_years_spin")
        self.weight_years_spin.setMinimum(0)
        self.weight_years_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_years_spin, 0, 4, 1, 1)

        self.weight_years_share_label = QLabel(self.weights_group)
        self.weight_years_share_label.setObjectName(u"weight_years_share_label")
        self.weight_years_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_years_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_years_share_label, 0, 5, 1, 1)

        self.weight_salary_label = QLabel(self.weights_group)
        self.weight_salary_label.setObjectName(u"weight_salary_label")
        self.weight_salary_label.setText(u"Salary")
        self.weight_salary_label.setWordWrap(True)

        self.weights_layout.addWidget(self.weight_salary_label, 1, 0, 1, 1)

        self.weight_salary_spin = QSpinBox(self.weights_group)
        self.weight_salary_spin.setObjectName(u"weight_salary_spin")
        self.weight_salary_spin.setMinimum(0)
        self.weight_salary_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_salary_spin, 1, 1, 1, 1)

        self.weight_salary_share_label = QLabel(self.weights_group)
        self.weight_salary_share_label.setObjectName(u"weight_salary_share_label")
        self.weight_salary_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_salary_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_salary_share_label, 1, 2, 1, 1)

        self.weight_location_label = QLabel(self.weights_group)
        self.weight_location_label.setObjectName(u"weight_location_label")
        self.weight_location_label.setText(u"Location")
        self.weight_location_label.setWordWrap(True)
        self.weight_location_label.setIndent(10)

        self.weights_layout.addWidget(self.weight_location_label, 1, 3, 1, 1)

        self.weight_location_spin = QSpinBox(self.weights_group)
        self.weight_location_spin.setObjectName(u"weight_location_spin")
        self.weight_location_spin.setMinimum(0)
        self.weight_location_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_location_spin, 1, 4, 1, 1)

        self.weight_location_share_label = QLabel(self.weights_group)
        self.weight_location_share_label.setObjectName(u"weight_location_share_label")
        self.weight_location_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_location_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_location_share_label, 1, 5, 1, 1)

        self.weight_education_label = QLabel(self.weights_group)
        self.weight_education_label.setObjectName(u"weight_education_label")
        self.weight_education_label.setText(u"Education && languages")
        self.weight_education_label.setWordWrap(True)

        self.weights_layout.addWidget(self.weight_education_label, 2, 0, 1, 1)

        self.weight_education_spin = QSpinBox(self.weights_group)
        self.weight_education_spin.setObjectName(u"weight_education_spin")
        self.weight_education_spin.setMinimum(0)
        self.weight_education_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_education_spin, 2, 1, 1, 1)

        self.weight_education_share_label = QLabel(self.weights_group)
        self.weight_education_share_label.setObjectName(u"weight_education_share_label")
        self.weight_education_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_education_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_education_share_label, 2, 2, 1, 1)

        self.weight_availability_label = QLabel(self.weights_group)
        self.weight_availability_label.setObjectName(u"weight_availability_label")
        self.weight_availability_label.setText(u"Availability")
        self.weight_availability_label.setWordWrap(True)
        self.weight_availability_label.setIndent(10)

        self.weights_layout.addWidget(self.weight_availability_label, 2, 3, 1, 1)

        self.weight_availability_spin = QSpinBox(self.weights_group)
        self.weight_availability_spin.setObjectName(u"weight_availability_spin")
        self.weight_availability_spin.setMinimum(0)
        self.weight_availability_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_availability_spin, 2, 4, 1, 1)

        self.weight_availability_share_label = QLabel(self.weights_group)
        self.weight_availability_share_label.setObjectName(u"weight_availability_share_label")
        self.weight_availability_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_availability_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_availability_share_label, 2, 5, 1, 1)

        self.weight_culture_label = QLabel(self.weights_group)
        self.weight_culture_label.setObjectName(u"weight_culture_label")
        self.weight_culture_label.setText(u"Culture fit")
        self.weight_culture_label.setWordWrap(True)

        self.weights_layout.addWidget(self.weight_culture_label, 3, 0, 1, 1)

        self.weight_culture_spin = QSpinBox(self.weights_group)
        self.weight_culture_spin.setObjectName(u"weight_culture_spin")
        self.weight_culture_spin.setMinimum(0)
        self.weight_culture_spin.setMaximum(100)

        self.weights_layout.addWidget(self.weight_culture_spin, 3, 1, 1, 1)

        self.weight_culture_share_label = QLabel(self.weights_group)
        self.weight_culture_share_label.setObjectName(u"weight_culture_share_label")
        self.weight_culture_share_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.weight_culture_share_label.setStyleSheet(u"color: #555;")

        self.weights_layout.addWidget(self.weight_culture_share_label, 3, 2, 1, 1)

        self.reset_weights_button = QPushButton(self.weights_group)
        self.reset_weights_button.setObjectName(u"reset_weights_button")

        self.weights_layout.addWidget(self.reset_weights_button, 3, 3, 1, 3, Qt.AlignRight)

        self.weights_error_label = QLabel(self.weights_group)
        self.weights_error_label.setObjectName(u"weights_error_label")
        self.weights_error_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.weights_error_label.sizePolicy().hasHeightForWidth())
        self.weights_error_label.setSizePolicy(sizePolicy)
        self.weights_error_label.setStyleSheet(u"color: #b00020;")
        self.weights_error_label.setWordWrap(True)
        self.weights_error_label.setVisible(False)

        self.weights_layout.addWidget(self.weights_error_label, 4, 0, 1, 6)

        self.weights_layout.setColumnStretch(0, 3)
        self.weights_layout.setColumnStretch(3, 1)

        self.right_column_layout.addWidget(self.weights_group)

        self.description_group = QGroupBox(self.scroll_contents)
        self.description_group.setObjectName(u"description_group")
        self.description_layout = QVBoxLayout(self.description_group)
        self.description_layout.setObjectName(u"description_layout")
        self.description_header_layout = QHBoxLayout()
        self.description_header_layout.setObjectName(u"description_header_layout")
        self.description_label = QLabel(self.description_group)
        self.description_label.setObjectName(u"description_label")

        self.description_header_layout.addWidget(self.description_label)

        self.description_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.description_header_layout.addItem(self.description_spacer)

        self.suggest_skills_button = QPushButton(self.description_group)
        self.suggest_skills_button.setObjectName(u"suggest_skills_button")

        self.description_header_layout.addWidget(self.suggest_skills_button)


        self.description_layout.addLayout(self.description_header_layout)

        self.description_edit = QPlainTextEdit(self.description_group)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.description_edit.sizePolicy().hasHeightForWidth())
        self.description_edit.setSizePolicy(sizePolicy1)
        self.description_edit.setMinimumSize(QSize(0, 90))

        self.description_layout.addWidget(self.description_edit)


        self.right_column_layout.addWidget(self.description_group)

        self.right_column_layout.setStretch(2, 1)

        self.columns_layout.addLayout(self.right_column_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)
        self.scroll_area.setWidget(self.scroll_contents)

        self.position_layout.addWidget(self.scroll_area)

        self.error_label = QLabel(PositionForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.position_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.revert_button = QPushButton(PositionForm)
        self.revert_button.setObjectName(u"revert_button")
        self.revert_button.setEnabled(False)

        self.buttons_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(PositionForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.position_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.department_label.setBuddy(self.department_edit)
        self.city_label.setBuddy(self.city_edit)
        self.work_mode_label.setBuddy(self.work_mode_combo)
        self.schedule_label.setBuddy(self.schedule_edit)
        self.headcount_label.setBuddy(self.headcount_spin)
        self.status_label.setBuddy(self.status_combo)
        self.priority_label.setBuddy(self.priority_combo)
        self.opened_label.setBuddy(self.opened_date_edit)
        self.budget_label.setBuddy(self.budget_edit)
        self.fee_label.setBuddy(self.fee_kind_combo)
        self.benefits_label.setBuddy(self.benefits_edit)
        self.selling_points_label.setBuddy(self.selling_points_edit)
        self.skills_label.setBuddy(self.new_skill_edit)
        self.years_label.setBuddy(self.min_years_spin)
        self.education_label.setBuddy(self.education_combo)
        self.languages_label.setBuddy(self.languages_edit)
        self.weight_skills_label.setBuddy(self.weight_skills_spin)
        self.weight_years_label.setBuddy(self.weight_years_spin)
        self.weight_salary_label.setBuddy(self.weight_salary_spin)
        self.weight_location_label.setBuddy(self.weight_location_spin)
        self.weight_education_label.setBuddy(self.weight_education_spin)
        self.weight_availability_label.setBuddy(self.weight_availability_spin)
        self.weight_culture_label.setBuddy(self.weight_culture_spin)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.department_edit)
        QWidget.setTabOrder(self.department_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.work_mode_combo)
        QWidget.setTabOrder(self.work_mode_combo, self.schedule_edit)
        QWidget.setTabOrder(self.schedule_edit, self.headcount_spin)
        QWidget.setTabOrder(self.headcount_spin, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.priority_combo)
        QWidget.setTabOrder(self.priority_combo, self.opened_date_edit)
        QWidget.setTabOrder(self.opened_date_edit, self.target_check)
        QWidget.setTabOrder(self.target_check, self.target_date_edit)
        QWidget.setTabOrder(self.target_date_edit, self.budget_edit)
        QWidget.setTabOrder(self.budget_edit, self.currency_combo)
        QWidget.setTabOrder(self.currency_combo, self.fee_kind_combo)
        QWidget.setTabOrder(self.fee_kind_combo, self.fee_value_spin)
        QWidget.setTabOrder(self.fee_value_spin, self.benefits_edit)
        QWidget.setTabOrder(self.benefits_edit, self.selling_points_edit)
        QWidget.setTabOrder(self.selling_points_edit, self.new_skill_edit)
        QWidget.setTabOrder(self.new_skill_edit, self.new_skill_weight_spin)
        QWidget.setTabOrder(self.new_skill_weight_spin, self.new_skill_must_check)
        QWidget.setTabOrder(self.new_skill_must_check, self.add_skill_button)
        QWidget.setTabOrder(self.add_skill_button, self.skills_table)
        QWidget.setTabOrder(self.skills_table, self.remove_skill_button)
        QWidget.setTabOrder(self.remove_skill_button, self.min_years_spin)
        QWidget.setTabOrder(self.min_years_spin, self.max_years_spin)
        QWidget.setTabOrder(self.max_years_spin, self.education_combo)
        QWidget.setTabOrder(self.education_combo, self.languages_edit)
        QWidget.setTabOrder(self.languages_edit, self.weight_skills_spin)
        QWidget.setTabOrder(self.weight_skills_spin, self.weight_years_spin)
        QWidget.setTabOrder(self.weight_years_spin, self.weight_salary_spin)
        QWidget.setTabOrder(self.weight_salary_spin, self.weight_location_spin)
        QWidget.setTabOrder(self.weight_location_spin, self.weight_education_spin)
        QWidget.setTabOrder(self.weight_education_spin, self.weight_availability_spin)
        QWidget.setTabOrder(self.weight_availability_spin, self.weight_culture_spin)
        QWidget.setTabOrder(self.weight_culture_spin, self.reset_weights_button)
        QWidget.setTabOrder(self.reset_weights_button, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.suggest_skills_button)
        QWidget.setTabOrder(self.suggest_skills_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)

        self.retranslateUi(PositionForm)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, PositionForm):
        self.heading_label.setText(QCoreApplication.translate("PositionForm", u"Position", None))
        self.job_group.setTitle(QCoreApplication.translate("PositionForm", u"The job", None))
        self.title_label.setText(QCoreApplication.translate("PositionForm", u"&Title *", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. Senior Backend Engineer / \u9ad8\u7ea7\u540e\u7aef\u5de5\u7a0b\u5e08", None))
        self.department_label.setText(QCoreApplication.translate("PositionForm", u"&Department", None))
        self.department_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. Platform Engineering / \u8d22\u52a1\u90e8", None))
        self.city_label.setText(QCoreApplication.translate("PositionForm", u"Cit&y / location", None))
        self.city_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. Shanghai, Zhangjiang / \u4e0a\u6d77\u5f20\u6c5f", None))
        self.work_mode_label.setText(QCoreApplication.translate("PositionForm", u"&Work mode", None))
        self.schedule_label.setText(QCoreApplication.translate("PositionForm", u"Sc&hedule", None))
        self.schedule_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"Working hours, e.g. 9:30\u201318:30 Mon\u2013Fri / \u5927\u5c0f\u5468", None))
        self.headcount_label.setText(QCoreApplication.translate("PositionForm", u"Head&count", None))
#if QT_CONFIG(tooltip)
        self.headcount_spin.setToolTip(QCoreApplication.translate("PositionForm", u"How many people the client wants to hire for this position", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText(QCoreApplication.translate("PositionForm", u"Stat&us", None))
        self.priority_label.setText(QCoreApplication.translate("PositionForm", u"P&riority", None))
        self.opened_label.setText(QCoreApplication.translate("PositionForm", u"&Opened", None))
        self.opened_date_edit.setSpecialValueText(QCoreApplication.translate("PositionForm", u"not recorded", None))
#if QT_CONFIG(tooltip)
        self.opened_date_edit.setToolTip(QCoreApplication.translate("PositionForm", u"The day the client gave us the position", None))
#endif // QT_CONFIG(tooltip)
        self.target_check.setText(QCoreApplication.translate("PositionForm", u"Targ&et date", None))
#if QT_CONFIG(tooltip)
        self.target_check.setToolTip(QCoreApplication.translate("PositionForm", u"Tick to set the date the client wants the position filled by", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.target_date_edit.setAccessibleName(QCoreApplication.translate("PositionForm", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.pay_group.setTitle(QCoreApplication.translate("PositionForm", u"Pay and our fee", None))
        self.budget_label.setText(QCoreApplication.translate("PositionForm", u"Salary &budget", None))
        self.budget_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. 30k-45k\u00d714, 2.5\u4e07-3.5\u4e07, 400k-600k/yr", None))
#if QT_CONFIG(tooltip)
        self.budget_edit.setToolTip(QCoreApplication.translate("PositionForm", u"Type it the way the client says it: 25000, 25k, 2.5\u4e07, 30k\u00d714, 30,000 \u2013 45,000 or 400k-600k/yr", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.currency_combo.setAccessibleName(QCoreApplication.translate("PositionForm", u"Budget currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.currency_combo.setToolTip(QCoreApplication.translate("PositionForm", u"Currency of the budget, unless the text names one (\u00a5, $, \u20ac, HK$, \u00a3)", None))
#endif // QT_CONFIG(tooltip)
        self.fee_label.setText(QCoreApplication.translate("PositionForm", u"&Fee", None))
#if QT_CONFIG(accessibility)
        self.fee_kind_combo.setAccessibleName(QCoreApplication.translate("PositionForm", u"Fee kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fee_value_spin.setAccessibleName(QCoreApplication.translate("PositionForm", u"Fee", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fee_value_spin.setToolTip(QCoreApplication.translate("PositionForm", u"Our fee: a percentage of the annual package or a fixed amount; \u201c\u2014\u201d when not agreed yet", None))
#endif // QT_CONFIG(tooltip)
        self.fee_value_spin.setSpecialValueText(QCoreApplication.translate("PositionForm", u"\u2014", None))
        self.benefits_label.setText(QCoreApplication.translate("PositionForm", u"Be&nefits", None))
        self.benefits_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"Bonus, stock, insurance, meals, housing\u2026 / \u516d\u9669\u4e00\u91d1", None))
        self.selling_group.setTitle(QCoreApplication.translate("PositionForm", u"The pitch", None))
        self.selling_points_label.setText(QCoreApplication.translate("PositionForm", u"Se&lling points", None))
        self.selling_points_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"What to say on the phone", None))
        self.requirements_group.setTitle(QCoreApplication.translate("PositionForm", u"Requirements", None))
        self.skills_label.setText(QCoreApplication.translate("PositionForm", u"Re&quired skills", None))
        self.remove_skill_button.setText(QCoreApplication.translate("PositionForm", u"Remo&ve skill", None))
#if QT_CONFIG(tooltip)
        self.remove_skill_button.setToolTip(QCoreApplication.translate("PositionForm", u"Remove the selected skills (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.new_skill_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. Python or \u8d22\u52a1\u5206\u6790 \u2014 Enter adds it", None))
#if QT_CONFIG(accessibility)
        self.new_skill_weight_spin.setAccessibleName(QCoreApplication.translate("PositionForm", u"Weight of the new skill", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_skill_weight_spin.setToolTip(QCoreApplication.translate("PositionForm", u"How much this skill counts when matching: 1 nice to have \u2026 5 essential", None))
#endif // QT_CONFIG(tooltip)
        self.new_skill_weight_spin.setPrefix(QCoreApplication.translate("PositionForm", u"weight ", None))
        self.new_skill_must_check.setText(QCoreApplication.translate("PositionForm", u"&Must-have", None))
#if QT_CONFIG(tooltip)
        self.new_skill_must_check.setToolTip(QCoreApplication.translate("PositionForm", u"A candidate without this skill is not a match", None))
#endif // QT_CONFIG(tooltip)
        self.add_skill_button.setText(QCoreApplication.translate("PositionForm", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.add_skill_button.setToolTip(QCoreApplication.translate("PositionForm", u"Add the skill to the list (Enter)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.skills_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PositionForm", u"Skill", None))
        ___qtablewidgetitem1 = self.skills_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PositionForm", u"Weight (1\u20135)", None))
        ___qtablewidgetitem2 = self.skills_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PositionForm", u"Must-have", None))
#if QT_CONFIG(accessibility)
        self.skills_table.setAccessibleName(QCoreApplication.translate("PositionForm", u"Required skills", None))
#endif // QT_CONFIG(accessibility)
        self.years_label.setText(QCoreApplication.translate("PositionForm", u"Years of e&xperience", None))
#if QT_CONFIG(accessibility)
        self.min_years_spin.setAccessibleName(QCoreApplication.translate("PositionForm", u"Minimum years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.min_years_spin.setToolTip(QCoreApplication.translate("PositionForm", u"Minimum years of experience; \u201cany\u201d for no minimum", None))
#endif // QT_CONFIG(tooltip)
        self.min_years_spin.setSpecialValueText(QCoreApplication.translate("PositionForm", u"any", None))
        self.years_to_label.setText(QCoreApplication.translate("PositionForm", u"to", None))
#if QT_CONFIG(accessibility)
        self.max_years_spin.setAccessibleName(QCoreApplication.translate("PositionForm", u"Maximum years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.max_years_spin.setToolTip(QCoreApplication.translate("PositionForm", u"Maximum years of experience; \u201cany\u201d for no maximum", None))
#endif // QT_CONFIG(tooltip)
        self.max_years_spin.setSpecialValueText(QCoreApplication.translate("PositionForm", u"any", None))
        self.years_unit_label.setText(QCoreApplication.translate("PositionForm", u"years", None))
        self.education_label.setText(QCoreApplication.translate("PositionForm", u"Educat&ion", None))
#if QT_CONFIG(tooltip)
        self.education_combo.setToolTip(QCoreApplication.translate("PositionForm", u"The lowest degree the client accepts", None))
#endif // QT_CONFIG(tooltip)
        self.languages_label.setText(QCoreApplication.translate("PositionForm", u"Lan&guages", None))
        self.languages_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. English (fluent), \u666e\u901a\u8bdd", None))
        self.weights_group.setTitle(QCoreApplication.translate("PositionForm", u"Matching weights", None))
#if QT_CONFIG(tooltip)
        self.weights_group.setToolTip(QCoreApplication.translate("PositionForm", u"How much each criterion counts in this position's matching degree; 0 ignores it.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_skills_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_years_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_salary_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_location_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_education_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_availability_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weight_culture_share_label.setToolTip(QCoreApplication.translate("PositionForm", u"Share of the matching degree: this weight divided by the sum of all the weights", None))
#endif // QT_CONFIG(tooltip)
        self.reset_weights_button.setText(QCoreApplication.translate("PositionForm", u"Reset to defaults", None))
#if QT_CONFIG(tooltip)
        self.reset_weights_button.setToolTip(QCoreApplication.translate("PositionForm", u"Give every criterion its default weight again", None))
#endif // QT_CONFIG(tooltip)
        self.description_group.setTitle(QCoreApplication.translate("PositionForm", u"Job description", None))
        self.description_label.setText(QCoreApplication.translate("PositionForm", u"Descri&ption", None))
        self.suggest_skills_button.setText(QCoreApplication.translate("PositionForm", u"Suggest s&kills", None))
#if QT_CONFIG(tooltip)
        self.suggest_skills_button.setToolTip(QCoreApplication.translate("PositionForm", u"Find known skills in the description and add them to the requirements", None))
#endif // QT_CONFIG(tooltip)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"Paste the job description here (\u4e2d\u6587 or English)", None))
        self.revert_button.setText(QCoreApplication.translate("PositionForm", u"Undo changes", None))
#if QT_CONFIG(tooltip)
        self.revert_button.setToolTip(QCoreApplication.translate("PositionForm", u"Go back to the position as it was loaded (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("PositionForm", u"&Save position", None))
        pass
    # retranslateUi

