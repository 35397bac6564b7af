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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CompanyForm(object):
    def setupUi(self, CompanyForm):
        if not CompanyForm.objectName():
            CompanyForm.setObjectName(u"CompanyForm")
        CompanyForm.resize(560, 600)
        self.company_layout = QVBoxLayout(CompanyForm)
        self.company_layout.setObjectName(u"company_layout")
        self.heading_label = QLabel(CompanyForm)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.company_layout.addWidget(self.heading_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(CompanyForm)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CompanyForm)
        self.name_edit.setObjectName(u"name_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.industry_label = QLabel(CompanyForm)
        self.industry_label.setObjectName(u"industry_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry_edit = QLineEdit(CompanyForm)
        self.industry_edit.setObjectName(u"industry_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industry_edit)

        self.city_label = QLabel(CompanyForm)
        self.city_label.setObjectName(u"city_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(CompanyForm)
        self.city_edit.setObjectName(u"city_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.culture_label = QLabel(CompanyForm)
        self.culture_label.setObjectName(u"culture_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.culture_label)

        self.culture_edit = QPlainTextEdit(CompanyForm)
        self.culture_edit.setObjectName(u"culture_edit")
        self.culture_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.culture_edit)

        self.core_values_label = QLabel(CompanyForm)
        self.core_values_label.setObjectName(u"core_values_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.core_values_label)

        self.core_values_edit = QPlainTextEdit(CompanyForm)
        self.core_values_edit.setObjectName(u"core_values_edit")
        self.core_values_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.core_values_edit)

        self.leadership_label = QLabel(CompanyForm)
        self.leadership_label.setObjectName(u"leadership_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leadership_label)

        self.leadership_edit = QPlainTextEdit(CompanyForm)
        self.leadership_edit.setObjectName(u"leadership_edit")
        self.leadership_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leadership_edit)

        self.atmosphere_label = QLabel(CompanyForm)
        self.atmosphere_label.setObjectName(u"atmosphere_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.atmosphere_label)

        self.atmosphere_edit = QPlainTextEdit(CompanyForm)
        self.atmosphere_edit.setObjectName(u"atmosphere_edit")
        self.atmosphere_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.atmosphere_edit)


        self.company_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(CompanyForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.company_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(CompanyForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.company_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.industry_label.setBuddy(self.industry_edit)
        self.city_label.setBuddy(self.city_edit)
        self.culture_label.setBuddy(self.culture_edit)
        self.core_values_label.setBuddy(self.core_values_edit)
        self.leadership_label.setBuddy(self.leadership_edit)
        self.atmosphere_label.setBuddy(self.atmosphere_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.industry_edit)
        QWidget.setTabOrder(self.industry_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.culture_edit)
        QWidget.setTabOrder(self.culture_edit, self.core_values_edit)
        QWidget.setTabOrder(self.core_values_edit, self.leadership_edit)
        QWidget.setTabOrder(self.leadership_edit, self.atmosphere_edit)
        QWidget.setTabOrder(self.atmosphere_edit, self.save_button)

        self.retranslateUi(CompanyForm)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, CompanyForm):
        self.heading_label.setText(QCoreApplication.translate("CompanyForm", u"Company", None))
        self.name_label.setText(QCoreApplication.translate("CompanyForm", u"&Name *", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"e.g. \u661f\u6cb3\u91d1\u878d\u79d1\u6280 / Northwind Foods", None))
        self.industry_label.setText(QCoreApplication.translate("CompanyForm", u"&Industry", None))
        self.city_label.setText(QCoreApplication.translate("CompanyForm", u"&City", None))
        self.culture_label.setText(QCoreApplication.translate("CompanyForm", u"C&ulture", None))
        self.core_values_label.setText(QCoreApplication.translate("CompanyForm", u"Core &values", None))
        self.leadership_label.setText(QCoreApplication.translate("CompanyForm", u"&Leadership style", None))
        self.atmosphere_label.setText(QCoreApplication.translate("CompanyForm", u"&Atmosphere", None))
        self.save_button.setText(QCoreApplication.translate("CompanyForm", u"&Save company", None))
        pass
    # retranslateUi

