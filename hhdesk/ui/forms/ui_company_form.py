# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CompanyForm(object):
    def setupUi(self, CompanyForm):
        if not CompanyForm.objectName():
            CompanyForm.setObjectName(u"CompanyForm")
        CompanyForm.resize(900, 760)
        self.company_layout = QVBoxLayout(CompanyForm)
        self.company_layout.setObjectName(u"company_layout")
        self.heading_label = QLabel(CompanyForm)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.company_layout.addWidget(self.heading_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.profile_group = QGroupBox(CompanyForm)
        self.profile_group.setObjectName(u"profile_group")
        self.profile_layout = QFormLayout(self.profile_group)
        self.profile_layout.setObjectName(u"profile_layout")
        self.name_label = QLabel(self.profile_group)
        self.name_label.setObjectName(u"name_label")

        self.profile_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.profile_group)
        self.name_edit.setObjectName(u"name_edit")

        self.profile_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_warning_label = QLabel(self.profile_group)
        self.name_warning_label.setObjectName(u"name_warning_label")
        self.name_warning_label.setStyleSheet(u"color: #a15c00;")
        self.name_warning_label.setWordWrap(True)
        self.name_warning_label.setVisible(False)

        self.profile_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_warning_label)

        self.aliases_label = QLabel(self.profile_group)
        self.aliases_label.setObjectName(u"aliases_label")

        self.profile_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aliases_label)

        self.aliases_edit = QLineEdit(self.profile_group)
        self.aliases_edit.setObjectName(u"aliases_edit")

        self.profile_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aliases_edit)

        self.industry_label = QLabel(self.profile_group)
        self.industry_label.setObjectName(u"industry_label")

        self.profile_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry_edit = QLineEdit(self.profile_group)
        self.industry_edit.setObjectName(u"industry_edit")

        self.profile_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.industry_edit)

        self.size_label = QLabel(self.profile_group)
        self.size_label.setObjectName(u"size_label")

        self.profile_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.size_label)

        self.size_combo = QComboBox(self.profile_group)
        self.size_combo.setObjectName(u"size_combo")
        self.size_combo.setEditable(True)

        self.profile_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.size_combo)

        self.website_label = QLabel(self.profile_group)
        self.website_label.setObjectName(u"website_label")

        self.profile_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website_edit = QLineEdit(self.profile_group)
        self.website_edit.setObjectName(u"website_edit")

        self.profile_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.website_edit)

        self.website_error_label = QLabel(self.profile_group)
        self.website_error_label.setObjectName(u"website_error_label")
        self.website_error_label.setStyleSheet(u"color: #b00020;")
        self.website_error_label.setWordWrap(True)
        self.website_error_label.setVisible(False)

        self.profile_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.website_error_label)

        self.city_label = QLabel(self.profile_group)
        self.city_label.setObjectName(u"city_label")

        self.profile_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.profile_group)
        self.city_edit.setObjectName(u"city_edit")

        self.profile_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.address_label = QLabel(self.profile_group)
        self.address_label.setObjectName(u"address_label")

        self.profile_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.profile_group)
        self.address_edit.setObjectName(u"address_edit")

        self.profile_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.notes_label = QLabel(self.profile_group)
        self.notes_label.setObjectName(u"notes_label")

        self.profile_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.profile_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.profile_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addWidget(self.profile_group)

        self.culture_group = QGroupBox(CompanyForm)
        self.culture_group.setObjectName(u"culture_group")
        self.culture_layout = QFormLayout(self.culture_group)
        self.culture_layout.setObjectName(u"culture_layout")
        self.culture_label = QLabel(self.culture_group)
        self.culture_label.setObjectName(u"culture_label")

        self.culture_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.culture_label)

        self.culture_edit = QPlainTextEdit(self.culture_group)
        self.culture_edit.setObjectName(u"culture_edit")
        self.culture_edit.setTabChangesFocus(True)

        self.culture_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.culture_edit)

        self.core_values_label = QLabel(self.culture_group)
        self.core_values_label.setObjectName(u"core_values_label")

        self.culture_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.core_values_label)

        self.core_values_edit = QPlainTextEdit(self.culture_group)
        self.core_values_edit.setObjectName(u"core_values_edit")
        self.core_values_edit.setTabChangesFocus(True)

        self.culture_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.core_values_edit)

        self.leadership_label = QLabel(self.culture_group)
        self.leadership_label.setObjectName(u"leadership_label")

        self.culture_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leadership_label)

        self.leadership_edit = QPlainTextEdit(self.culture_group)
        self.leadership_edit.setObjectName(u"leadership_edit")
        self.leadership_edit.setTabChangesFocus(True)

        self.culture_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leadership_edit)

        self.atmosphere_label = QLabel(self.culture_group)
        self.atmosphere_label.setObjectName(u"atmosphere_label")

        self.culture_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.atmosphere_label)

        self.atmosphere_edit = QPlainTextEdit(self.culture_group)
        self.atmosphere_edit.setObjectName(u"atmosphere_edit")
        self.atmosphere_edit.setTabChangesFocus(True)

        self.culture_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.atmosphere_edit)


        self.columns_layout.addWidget(self.culture_group)


        self.company_layout.addLayout(self.columns_layout)

        self.contacts_group = QGroupBox(CompanyForm)
        self.contacts_group.setObjectName(u"contacts_group")
        self.contacts_layout = QVBoxLayout(self.contacts_group)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_table = QTableWidget(self.contacts_group)
        if (self.contacts_table.columnCount() < 6):
            self.contacts_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.contacts_table.setObjectName(u"contacts_table")
        self.contacts_table.setColumnCount(6)
        self.contacts_table.setMinimumSize(QSize(0, 110))
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contacts_table.horizontalHeader().setStretchLastSection(True)
        self.contacts_table.verticalHeader().setVisible(False)

        self.contacts_layout.addWidget(self.contacts_table)

        self.contact_buttons_layout = QHBoxLayout()
        self.contact_buttons_layout.setObjectName(u"contact_buttons_layout")
        self.add_contact_button = QPushButton(self.contacts_group)
        self.add_contact_button.setObjectName(u"add_contact_button")

        self.contact_buttons_layout.addWidget(self.add_contact_button)

        self.remove_contact_button = QPushButton(self.contacts_group)
        self.remove_contact_button.setObjectName(u"remove_contact_button")

        self.contact_buttons_layout.addWidget(self.remove_contact_button)

        self.contacts_error_label = QLabel(self.contacts_group)
        self.contacts_error_label.setObjectName(u"contacts_error_label")
        self.contacts_error_label.setStyleSheet(u"color: #b00020;")
        self.contacts_error_label.setWordWrap(True)
        self.contacts_error_label.setVisible(False)

        self.contact_buttons_layout.addWidget(self.contacts_error_label)

        self.contact_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contact_buttons_layout.addItem(self.contact_spacer)


        self.contacts_layout.addLayout(self.contact_buttons_layout)


        self.company_layout.addWidget(self.contacts_group)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.error_label = QLabel(CompanyForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.error_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.revert_button = QPushButton(CompanyForm)
        self.revert_button.setObjectName(u"revert_button")

        self.buttons_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(CompanyForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.company_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.aliases_label.setBuddy(self.aliases_edit)
        self.industry_label.setBuddy(self.industry_edit)
        self.size_label.setBuddy(self.size_combo)
        self.website_label.setBuddy(self.website_edit)
        self.city_label.setBuddy(self.city_edit)
        self.address_label.setBuddy(self.address_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.culture_label.setBuddy(self.culture_edit)
        self.core_values_label.setBuddy(self.core_values_edit)
        self.leadership_label.setBuddy(self.leadership_edit)
        self.atmosphere_label.setBuddy(self.atmosphere_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.aliases_edit)
        QWidget.setTabOrder(self.aliases_edit, self.industry_edit)
        QWidget.setTabOrder(self.industry_edit, self.size_combo)
        QWidget.setTabOrder(self.size_combo, self.website_edit)
        QWidget.setTabOrder(self.website_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.culture_edit)
        QWidget.setTabOrder(self.culture_edit, self.core_values_edit)
        QWidget.setTabOrder(self.core_values_edit, self.leadership_edit)
        QWidget.setTabOrder(self.leadership_edit, self.atmosphere_edit)
        QWidget.setTabOrder(self.atmosphere_edit, self.contacts_table)
        QWidget.setTabOrder(self.contacts_table, self.add_contact_button)
        QWidget.setTabOrder(self.add_contact_button, self.remove_contact_button)
        QWidget.setTabOrder(self.remove_contact_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)

        self.retranslateUi(CompanyForm)
    # setupUi

    def retranslateUi(self, CompanyForm):
        self.heading_label.setText(QCoreApplication.translate("CompanyForm", u"Company", None))
        self.profile_group.setTitle(QCoreApplication.translate("CompanyForm", u"Profile", None))
        self.name_label.setText(QCoreApplication.translate("CompanyForm", u"&Name *", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"e.g. \u963f\u91cc\u5df4\u5df4 / Northwind Foods", None))
        self.aliases_label.setText(QCoreApplication.translate("CompanyForm", u"Other na&mes", None))
        self.aliases_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"Alibaba, \u963f\u91cc \u2014 for recognising duplicates", None))
        self.industry_label.setText(QCoreApplication.translate("CompanyForm", u"&Industry", None))
        self.size_label.setText(QCoreApplication.translate("CompanyForm", u"Si&ze", None))
        self.website_label.setText(QCoreApplication.translate("CompanyForm", u"&Website", None))
        self.website_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"www.example.com", None))
        self.city_label.setText(QCoreApplication.translate("CompanyForm", u"&City", None))
        self.address_label.setText(QCoreApplication.translate("CompanyForm", u"A&ddress", None))
        self.notes_label.setText(QCoreApplication.translate("CompanyForm", u"N&otes", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"Internal: how we won the account, fee terms, anything else", None))
        self.culture_group.setTitle(QCoreApplication.translate("CompanyForm", u"What to tell candidates", None))
        self.culture_label.setText(QCoreApplication.translate("CompanyForm", u"C&ulture", None))
        self.culture_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"How work gets done: pace, decisions, what is rewarded", None))
        self.core_values_label.setText(QCoreApplication.translate("CompanyForm", u"Core &values", None))
        self.leadership_label.setText(QCoreApplication.translate("CompanyForm", u"&Leadership style", None))
        self.leadership_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"The hiring manager and the people above", None))
        self.atmosphere_label.setText(QCoreApplication.translate("CompanyForm", u"&Atmosphere", None))
        self.atmosphere_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"Office, hours, team mood", None))
        self.contacts_group.setTitle(QCoreApplication.translate("CompanyForm", u"Contacts", None))
        ___qtablewidgetitem = self.contacts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CompanyForm", u"Name", None))
        ___qtablewidgetitem1 = self.contacts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CompanyForm", u"Title", None))
        ___qtablewidgetitem2 = self.contacts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CompanyForm", u"Phone", None))
        ___qtablewidgetitem3 = self.contacts_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CompanyForm", u"E-mail", None))
        ___qtablewidgetitem4 = self.contacts_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CompanyForm", u"WeChat", None))
        ___qtablewidgetitem5 = self.contacts_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CompanyForm", u"Notes", None))
        self.add_contact_button.setText(QCoreApplication.translate("CompanyForm", u"Add con&tact", None))
        self.remove_contact_button.setText(QCoreApplication.translate("CompanyForm", u"Remove contact", None))
        self.revert_button.setText(QCoreApplication.translate("CompanyForm", u"Re&vert", None))
#if QT_CONFIG(tooltip)
        self.revert_button.setToolTip(QCoreApplication.translate("CompanyForm", u"Esc: undo unsaved edits", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("CompanyForm", u"&Save company", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("CompanyForm", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

