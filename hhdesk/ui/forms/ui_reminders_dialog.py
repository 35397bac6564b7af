# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminders_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RemindersDialog(object):
    def setupUi(self, RemindersDialog):
        if not RemindersDialog.objectName():
            RemindersDialog.setObjectName(u"RemindersDialog")
        RemindersDialog.resize(720, 380)
        self.dialog_layout = QVBoxLayout(RemindersDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(RemindersDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.reminders_table = QTableWidget(RemindersDialog)
        if (self.reminders_table.columnCount() < 5):
            self.reminders_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.reminders_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.reminders_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.reminders_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.reminders_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.reminders_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.reminders_table.setObjectName(u"reminders_table")
        self.reminders_table.setColumnCount(5)
        self.reminders_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reminders_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reminders_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reminders_table.setAlternatingRowColors(True)
        self.reminders_table.horizontalHeader().setStretchLastSection(True)
        self.reminders_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.reminders_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_button = QPushButton(RemindersDialog)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.done_button = QPushButton(RemindersDialog)
        self.done_button.setObjectName(u"done_button")

        self.buttons_layout.addWidget(self.done_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(RemindersDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.reminders_table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.close_button)

        self.retranslateUi(RemindersDialog)
    # setupUi

    def retranslateUi(self, RemindersDialog):
        RemindersDialog.setWindowTitle(QCoreApplication.translate("RemindersDialog", u"Reminders", None))
        ___qtablewidgetitem = self.reminders_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RemindersDialog", u"Due", None))
        ___qtablewidgetitem1 = self.reminders_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RemindersDialog", u"What", None))
        ___qtablewidgetitem2 = self.reminders_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RemindersDialog", u"Candidate", None))
        ___qtablewidgetitem3 = self.reminders_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RemindersDialog", u"Position", None))
        ___qtablewidgetitem4 = self.reminders_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RemindersDialog", u"Note", None))
        self.open_button.setText(QCoreApplication.translate("RemindersDialog", u"&Open candidate", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("RemindersDialog", u"Enter or double-click", None))
#endif // QT_CONFIG(tooltip)
        self.done_button.setText(QCoreApplication.translate("RemindersDialog", u"Mark &done", None))
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("RemindersDialog", u"Ctrl+D", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("RemindersDialog", u"Close", None))
    # retranslateUi

