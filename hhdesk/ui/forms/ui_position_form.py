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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PositionForm(object):
    def setupUi(self, PositionForm):
        if not PositionForm.objectName():
            PositionForm.setObjectName(u"PositionForm")
        PositionForm.resize(600, 700)
        self.position_layout = QVBoxLayout(PositionForm)
        self.position_layout.setObjectName(u"position_layout")
        self.heading_label = QLabel(PositionForm)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.position_layout.addWidget(self.heading_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.title_label = QLabel(PositionForm)
        self.title_label.setObjectName(u"title_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(PositionForm)
        self.title_edit.setObjectName(u"title_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.city_label = QLabel(PositionForm)
        self.city_label.setObjectName(u"city_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(PositionForm)
        self.city_edit.setObjectName(u"city_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.work_mode_label = QLabel(PositionForm)
        self.work_mode_label.setObjectName(u"work_mode_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.work_mode_label)

        self.work_mode_combo = QComboBox(PositionForm)
        self.work_mode_combo.setObjectName(u"work_mode_combo")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.work_mode_combo)

        self.budget_label = QLabel(PositionForm)
        self.budget_label.setObjectName(u"budget_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.budget_label)

        self.budget_layout = QHBoxLayout()
        self.budget_layout.setObjectName(u"budget_layout")
        self.budget_edit = QLineEdit(PositionForm)
        self.budget_edit.setObjectName(u"budget_edit")

        self.budget_layout.addWidget(self.budget_edit)

        self.currency_combo = QComboBox(PositionForm)
        self.currency_combo.setObjectName(u"currency_combo")

        self.budget_layout.addWidget(self.currency_combo)


        self.fields_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.budget_layout)

        self.budget_hint_label = QLabel(PositionForm)
        self.budget_hint_label.setObjectName(u"budget_hint_label")
        self.budget_hint_label.setStyleSheet(u"color: #555;")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.budget_hint_label)

        self.years_label = QLabel(PositionForm)
        self.years_label.setObjectName(u"years_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.years_label)

        self.years_layout = QHBoxLayout()
        self.years_layout.setObjectName(u"years_layout")
        self.min_years_spin = QSpinBox(PositionForm)
        self.min_years_spin.setObjectName(u"min_years_spin")
        self.min_years_spin.setMinimum(-1)
        self.min_years_spin.setMaximum(40)
        self.min_years_spin.setValue(-1)

        self.years_layout.addWidget(self.min_years_spin)

        self.max_years_spin = QSpinBox(PositionForm)
        self.max_years_spin.setObjectName(u"max_years_spin")
        self.max_years_spin.setMinimum(-1)
        self.max_years_spin.setMaximum(40)
        self.max_years_spin.setValue(-1)

        self.years_layout.addWidget(self.max_years_spin)

        self.years_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.years_layout.addItem(self.years_spacer)


        self.fields_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.years_layout)

        self.skills_label = QLabel(PositionForm)
        self.skills_label.setObjectName(u"skills_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.skills_label)

        self.skills_layout = QVBoxLayout()
        self.skills_layout.setObjectName(u"skills_layout")
        self.skills_table = QTableWidget(PositionForm)
        if (self.skills_table.columnCount() < 3):
            self.skills_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.skills_table.setObjectName(u"skills_table")
        self.skills_table.setMinimumSize(QSize(0, 220))
        self.skills_table.setColumnCount(3)
        self.skills_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skills_table.horizontalHeader().setStretchLastSection(False)
        self.skills_table.verticalHeader().setVisible(False)

        self.skills_layout.addWidget(self.skills_table)

        self.skill_buttons_layout = QHBoxLayout()
        self.skill_buttons_layout.setObjectName(u"skill_buttons_layout")
        self.new_skill_edit = QLineEdit(PositionForm)
        self.new_skill_edit.setObjectName(u"new_skill_edit")

        self.skill_buttons_layout.addWidget(self.new_skill_edit)

        self.new_skill_weight_spin = QSpinBox(PositionForm)
        self.new_skill_weight_spin.setObjectName(u"new_skill_weight_spin")
        self.new_skill_weight_spin.setMinimum(1)
        self.new_skill_weight_spin.setMaximum(5)
        self.new_skill_weight_spin.setValue(3)

        self.skill_buttons_layout.addWidget(self.new_skill_weight_spin)

        self.new_skill_must_check = QCheckBox(PositionForm)
        self.new_skill_must_check.setObjectName(u"new_skill_must_check")

        self.skill_buttons_layout.addWidget(self.new_skill_must_check)

        self.add_skill_button = QPushButton(PositionForm)
        self.add_skill_button.setObjectName(u"add_skill_button")

        self.skill_buttons_layout.addWidget(self.add_skill_button)

        self.remove_skill_button = QPushButton(PositionForm)
        self.remove_skill_button.setObjectName(u"remove_skill_button")

        self.skill_buttons_layout.addWidget(self.remove_skill_button)


        self.skills_layout.addLayout(self.skill_buttons_layout)


        self.fields_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.skills_layout)

        self.selling_points_label = QLabel(PositionForm)
        self.selling_points_label.setObjectName(u"selling_points_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.selling_points_label)

        self.selling_points_edit = QPlainTextEdit(PositionForm)
        self.selling_points_edit.setObjectName(u"selling_points_edit")
        self.selling_points_edit.setMaximumSize(QSize(16777215, 120))
        self.selling_points_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.selling_points_edit)

        self.description_label = QLabel(PositionForm)
        self.description_label.setObjectName(u"description_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(PositionForm)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 120))
        self.description_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.position_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(PositionForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.position_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(PositionForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.position_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.city_label.setBuddy(self.city_edit)
        self.work_mode_label.setBuddy(self.work_mode_combo)
        self.budget_label.setBuddy(self.budget_edit)
        self.years_label.setBuddy(self.min_years_spin)
        self.skills_label.setBuddy(self.new_skill_edit)
        self.selling_points_label.setBuddy(self.selling_points_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.work_mode_combo)
        QWidget.setTabOrder(self.work_mode_combo, self.budget_edit)
        QWidget.setTabOrder(self.budget_edit, self.currency_combo)
        QWidget.setTabOrder(self.currency_combo, self.min_years_spin)
        QWidget.setTabOrder(self.min_years_spin, self.max_years_spin)
        QWidget.setTabOrder(self.max_years_spin, self.new_skill_edit)
        QWidget.setTabOrder(self.new_skill_edit, self.new_skill_weight_spin)
        QWidget.setTabOrder(self.new_skill_weight_spin, self.new_skill_must_check)
        QWidget.setTabOrder(self.new_skill_must_check, self.add_skill_button)
        QWidget.setTabOrder(self.add_skill_button, self.skills_table)
        QWidget.setTabOrder(self.skills_table, self.remove_skill_button)
        QWidget.setTabOrder(self.remove_skill_button, self.selling_points_edit)
        QWidget.setTabOrder(self.selling_points_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.save_button)

        self.retranslateUi(PositionForm)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, PositionForm):
        self.heading_label.setText(QCoreApplication.translate("PositionForm", u"Position", None))
        self.title_label.setText(QCoreApplication.translate("PositionForm", u"&Title *", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. Senior Backend Engineer / \u9ad8\u7ea7\u540e\u7aef\u5de5\u7a0b\u5e08", None))
        self.city_label.setText(QCoreApplication.translate("PositionForm", u"&City", None))
        self.work_mode_label.setText(QCoreApplication.translate("PositionForm", u"&Work mode", None))
        self.budget_label.setText(QCoreApplication.translate("PositionForm", u"Salary &budget", None))
        self.budget_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"e.g. 30k-45k\u00d714, 2.5\u4e07-3.5\u4e07, 400k-600k/yr", None))
        self.years_label.setText(QCoreApplication.translate("PositionForm", u"&Years of experience", None))
        self.min_years_spin.setSpecialValueText(QCoreApplication.translate("PositionForm", u"any", None))
        self.min_years_spin.setPrefix(QCoreApplication.translate("PositionForm", u"min ", None))
        self.max_years_spin.setSpecialValueText(QCoreApplication.translate("PositionForm", u"any", None))
        self.max_years_spin.setPrefix(QCoreApplication.translate("PositionForm", u"max ", None))
        self.skills_label.setText(QCoreApplication.translate("PositionForm", u"Required &skills", None))
        ___qtablewidgetitem = self.skills_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PositionForm", u"Skill", None))
        ___qtablewidgetitem1 = self.skills_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PositionForm", u"Weight (1\u20135)", None))
        ___qtablewidgetitem2 = self.skills_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PositionForm", u"Must-have", None))
        self.new_skill_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"Skill, e.g. Python or \u8d22\u52a1\u5206\u6790 \u2014 Enter adds it", None))
        self.new_skill_weight_spin.setPrefix(QCoreApplication.translate("PositionForm", u"weight ", None))
        self.new_skill_must_check.setText(QCoreApplication.translate("PositionForm", u"M&ust-have", None))
        self.add_skill_button.setText(QCoreApplication.translate("PositionForm", u"&Add skill", None))
        self.remove_skill_button.setText(QCoreApplication.translate("PositionForm", u"&Remove", None))
        self.selling_points_label.setText(QCoreApplication.translate("PositionForm", u"Selling &points", None))
        self.selling_points_edit.setPlaceholderText(QCoreApplication.translate("PositionForm", u"What to say on the phone: why this role is worth a move", None))
        self.description_label.setText(QCoreApplication.translate("PositionForm", u"&Description", None))
        self.save_button.setText(QCoreApplication.translate("PositionForm", u"&Save position", None))
        pass
    # retranslateUi

