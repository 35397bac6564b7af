# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_form.ui'
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
from PySide6.QtWidgets import (QApplication, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CandidateForm(object):
    def setupUi(self, CandidateForm):
        if not CandidateForm.objectName():
            CandidateForm.setObjectName(u"CandidateForm")
        self.candidate_layout = QVBoxLayout(CandidateForm)
        self.candidate_layout.setObjectName(u"candidate_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(CandidateForm)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CandidateForm)
        self.name_edit.setObjectName(u"name_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.email_label = QLabel(CandidateForm)
        self.email_label.setObjectName(u"email_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(CandidateForm)
        self.email_edit.setObjectName(u"email_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(CandidateForm)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(CandidateForm)
        self.phone_edit.setObjectName(u"phone_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.city_label = QLabel(CandidateForm)
        self.city_label.setObjectName(u"city_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(CandidateForm)
        self.city_edit.setObjectName(u"city_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.title_label = QLabel(CandidateForm)
        self.title_label.setObjectName(u"title_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(CandidateForm)
        self.title_edit.setObjectName(u"title_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.company_label = QLabel(CandidateForm)
        self.company_label.setObjectName(u"company_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company_edit = QLineEdit(CandidateForm)
        self.company_edit.setObjectName(u"company_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.company_edit)

        self.years_label = QLabel(CandidateForm)
        self.years_label.setObjectName(u"years_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.years_label)

        self.years_spin = QDoubleSpinBox(CandidateForm)
        self.years_spin.setObjectName(u"years_spin")
        self.years_spin.setDecimals(1)
        self.years_spin.setMinimum(-0.500000000000000)
        self.years_spin.setMaximum(60.000000000000000)
        self.years_spin.setSingleStep(0.500000000000000)
        self.years_spin.setValue(-0.500000000000000)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.years_spin)

        self.skills_label = QLabel(CandidateForm)
        self.skills_label.setObjectName(u"skills_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.skills_label)

        self.skills_edit = QLineEdit(CandidateForm)
        self.skills_edit.setObjectName(u"skills_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.skills_edit)


        self.candidate_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(CandidateForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.candidate_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(CandidateForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)


        self.candidate_layout.addLayout(self.buttons_layout)

        self.resume_label = QLabel(CandidateForm)
        self.resume_label.setObjectName(u"resume_label")

        self.candidate_layout.addWidget(self.resume_label)

        self.resume_text_edit = QPlainTextEdit(CandidateForm)
        self.resume_text_edit.setObjectName(u"resume_text_edit")
        self.resume_text_edit.setReadOnly(True)

        self.candidate_layout.addWidget(self.resume_text_edit)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.city_label.setBuddy(self.city_edit)
        self.title_label.setBuddy(self.title_edit)
        self.company_label.setBuddy(self.company_edit)
        self.years_label.setBuddy(self.years_spin)
        self.skills_label.setBuddy(self.skills_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.years_spin)
        QWidget.setTabOrder(self.years_spin, self.skills_edit)
        QWidget.setTabOrder(self.skills_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.resume_text_edit)

        self.retranslateUi(CandidateForm)
    # setupUi

    def retranslateUi(self, CandidateForm):
        self.name_label.setText(QCoreApplication.translate("CandidateForm", u"&Name *", None))
        self.email_label.setText(QCoreApplication.translate("CandidateForm", u"&E-mail", None))
        self.phone_label.setText(QCoreApplication.translate("CandidateForm", u"&Phone", None))
        self.city_label.setText(QCoreApplication.translate("CandidateForm", u"&City", None))
        self.title_label.setText(QCoreApplication.translate("CandidateForm", u"Current &title", None))
        self.company_label.setText(QCoreApplication.translate("CandidateForm", u"Current c&ompany", None))
        self.years_label.setText(QCoreApplication.translate("CandidateForm", u"&Years of experience", None))
        self.years_spin.setSpecialValueText(QCoreApplication.translate("CandidateForm", u"unknown", None))
        self.skills_label.setText(QCoreApplication.translate("CandidateForm", u"&Skills", None))
        self.skills_edit.setPlaceholderText(QCoreApplication.translate("CandidateForm", u"Comma-separated, e.g. Python, Kubernetes, \u8d22\u52a1\u5206\u6790", None))
        self.save_button.setText(QCoreApplication.translate("CandidateForm", u"&Save profile", None))
        self.resume_label.setText(QCoreApplication.translate("CandidateForm", u"Resume text", None))
        pass
    # retranslateUi

