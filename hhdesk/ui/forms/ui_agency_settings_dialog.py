# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AgencySettingsDialog(object):
    def setupUi(self, AgencySettingsDialog):
        if not AgencySettingsDialog.objectName():
            AgencySettingsDialog.setObjectName(u"AgencySettingsDialog")
        AgencySettingsDialog.resize(560, 420)
        self.dialog_layout = QVBoxLayout(AgencySettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AgencySettingsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.agency_name_label = QLabel(AgencySettingsDialog)
        self.agency_name_label.setObjectName(u"agency_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agency_name_label)

        self.agency_name_edit = QLineEdit(AgencySettingsDialog)
        self.agency_name_edit.setObjectName(u"agency_name_edit")
        self.agency_name_edit.setMaxLength(120)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agency_name_edit)

        self.consultant_label = QLabel(AgencySettingsDialog)
        self.consultant_label.setObjectName(u"consultant_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultant_label)

        self.consultant_edit = QLineEdit(AgencySettingsDialog)
        self.consultant_edit.setObjectName(u"consultant_edit")
        self.consultant_edit.setMaxLength(120)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultant_edit)

        self.contact_label = QLabel(AgencySettingsDialog)
        self.contact_label.setObjectName(u"contact_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_edit = QLineEdit(AgencySettingsDialog)
        self.contact_edit.setObjectName(u"contact_edit")
        self.contact_edit.setMaxLength(200)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_edit)

        self.logo_label = QLabel(AgencySettingsDialog)
        self.logo_label.setObjectName(u"logo_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_layout = QHBoxLayout()
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_preview_label = QLabel(AgencySettingsDialog)
        self.logo_preview_label.setObjectName(u"logo_preview_label")
        self.logo_preview_label.setMinimumSize(QSize(140, 48))
        self.logo_preview_label.setMaximumSize(QSize(140, 48))
        self.logo_preview_label.setFrameShape(QFrame.StyledPanel)
        self.logo_preview_label.setAlignment(Qt.AlignCenter)

        self.logo_layout.addWidget(self.logo_preview_label)

        self.logo_button = QPushButton(AgencySettingsDialog)
        self.logo_button.setObjectName(u"logo_button")

        self.logo_layout.addWidget(self.logo_button)

        self.remove_logo_button = QPushButton(AgencySettingsDialog)
        self.remove_logo_button.setObjectName(u"remove_logo_button")

        self.logo_layout.addWidget(self.remove_logo_button)

        self.logo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_layout.addItem(self.logo_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logo_layout)

        self.colour_label = QLabel(AgencySettingsDialog)
        self.colour_label.setObjectName(u"colour_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.colour_label)

        self.colour_layout = QHBoxLayout()
        self.colour_layout.setObjectName(u"colour_layout")
        self.colour_edit = QLineEdit(AgencySettingsDialog)
        self.colour_edit.setObjectName(u"colour_edit")
        self.colour_edit.setMaximumSize(QSize(110, 16777215))

        self.colour_layout.addWidget(self.colour_edit)

        self.colour_swatch_label = QLabel(AgencySettingsDialog)
        self.colour_swatch_label.setObjectName(u"colour_swatch_label")
        self.colour_swatch_label.setMinimumSize(QSize(28, 20))
        self.colour_swatch_label.setFrameShape(QFrame.StyledPanel)

        self.colour_layout.addWidget(self.colour_swatch_label)

        self.colour_button = QPushButton(AgencySettingsDialog)
        self.colour_button.setObjectName(u"colour_button")

        self.colour_layout.addWidget(self.colour_button)

        self.colour_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colour_layout.addItem(self.colour_spacer)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.colour_layout)

        self.language_label = QLabel(AgencySettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(AgencySettingsDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.region_label = QLabel(AgencySettingsDialog)
        self.region_label.setObjectName(u"region_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_edit = QLineEdit(AgencySettingsDialog)
        self.region_edit.setObjectName(u"region_edit")
        self.region_edit.setMaxLength(2)
        self.region_edit.setMaximumSize(QSize(60, 16777215))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.region_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(AgencySettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AgencySettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.agency_name_label.setBuddy(self.agency_name_edit)
        self.consultant_label.setBuddy(self.consultant_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.colour_label.setBuddy(self.colour_edit)
        self.language_label.setBuddy(self.language_combo)
        self.region_label.setBuddy(self.region_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agency_name_edit, self.consultant_edit)
        QWidget.setTabOrder(self.consultant_edit, self.contact_edit)
        QWidget.setTabOrder(self.contact_edit, self.logo_button)
        QWidget.setTabOrder(self.logo_button, self.remove_logo_button)
        QWidget.setTabOrder(self.remove_logo_button, self.colour_edit)
        QWidget.setTabOrder(self.colour_edit, self.colour_button)
        QWidget.setTabOrder(self.colour_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.region_edit)
        QWidget.setTabOrder(self.region_edit, self.button_box)

        self.retranslateUi(AgencySettingsDialog)
    # setupUi

    def retranslateUi(self, AgencySettingsDialog):
        AgencySettingsDialog.setWindowTitle(QCoreApplication.translate("AgencySettingsDialog", u"Agency settings", None))
        self.intro_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"Printed on every recommendation report: the header carries the logo, the agency and the consultant; the footer the contact line. Set once, kept in your database.", None))
        self.agency_name_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"&Agency name", None))
        self.consultant_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"&Consultant", None))
        self.consultant_edit.setPlaceholderText(QCoreApplication.translate("AgencySettingsDialog", u"Your name as clients know it", None))
        self.contact_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"Contact &line", None))
        self.contact_edit.setPlaceholderText(QCoreApplication.translate("AgencySettingsDialog", u"+86 21 5555 0000 \u00b7 hello@agency.cn \u00b7 agency.cn", None))
        self.logo_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"Logo", None))
        self.logo_button.setText(QCoreApplication.translate("AgencySettingsDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(tooltip)
        self.logo_button.setToolTip(QCoreApplication.translate("AgencySettingsDialog", u"A PNG or JPEG image, up to 5 MB", None))
#endif // QT_CONFIG(tooltip)
        self.remove_logo_button.setText(QCoreApplication.translate("AgencySettingsDialog", u"&Remove", None))
        self.colour_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"Brand c&olour", None))
        self.colour_edit.setPlaceholderText(QCoreApplication.translate("AgencySettingsDialog", u"#1F3A5F", None))
        self.colour_button.setText(QCoreApplication.translate("AgencySettingsDialog", u"Pick\u2026", None))
        self.language_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"Report &language", None))
        self.region_label.setText(QCoreApplication.translate("AgencySettingsDialog", u"Phone &region", None))
#if QT_CONFIG(tooltip)
        self.region_edit.setToolTip(QCoreApplication.translate("AgencySettingsDialog", u"The country numbers without a +country code belong to, e.g. CN, HK, SG", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

