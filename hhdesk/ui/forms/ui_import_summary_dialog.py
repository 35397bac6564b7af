# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportSummaryDialog(object):
    def setupUi(self, ImportSummaryDialog):
        if not ImportSummaryDialog.objectName():
            ImportSummaryDialog.setObjectName(u"ImportSummaryDialog")
        ImportSummaryDialog.resize(760, 420)
        self.dialog_layout = QVBoxLayout(ImportSummaryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.totals_label = QLabel(ImportSummaryDialog)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet(u"font-weight: 600;")

        self.dialog_layout.addWidget(self.totals_label)

        self.files_table = QTableWidget(ImportSummaryDialog)
        if (self.files_table.columnCount() < 3):
            self.files_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.files_table.setObjectName(u"files_table")
        self.files_table.setColumnCount(3)
        self.files_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.files_table.setWordWrap(True)
        self.files_table.horizontalHeader().setStretchLastSection(True)
        self.files_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.files_table)

        self.button_box = QDialogButtonBox(ImportSummaryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(ImportSummaryDialog)
    # setupUi

    def retranslateUi(self, ImportSummaryDialog):
        ImportSummaryDialog.setWindowTitle(QCoreApplication.translate("ImportSummaryDialog", u"Import summary", None))
        ___qtablewidgetitem = self.files_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportSummaryDialog", u"File", None))
        ___qtablewidgetitem1 = self.files_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportSummaryDialog", u"Result", None))
        ___qtablewidgetitem2 = self.files_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportSummaryDialog", u"Details", None))
    # retranslateUi

