# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_fields_dialog.ui'
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

class Ui_MergeFieldsDialog(object):
    def setupUi(self, MergeFieldsDialog):
        if not MergeFieldsDialog.objectName():
            MergeFieldsDialog.setObjectName(u"MergeFieldsDialog")
        MergeFieldsDialog.resize(820, 420)
        self.dialog_layout = QVBoxLayout(MergeFieldsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(MergeFieldsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_table = QTableWidget(MergeFieldsDialog)
        if (self.fields_table.columnCount() < 3):
            self.fields_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fields_table.setObjectName(u"fields_table")
        self.fields_table.setColumnCount(3)
        self.fields_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fields_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.fields_table.horizontalHeader().setStretchLastSection(True)
        self.fields_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.fields_table)

        self.button_box = QDialogButtonBox(MergeFieldsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(MergeFieldsDialog)
    # setupUi

    def retranslateUi(self, MergeFieldsDialog):
        MergeFieldsDialog.setWindowTitle(QCoreApplication.translate("MergeFieldsDialog", u"Merge the new resume into this candidate", None))
        self.intro_label.setText(QCoreApplication.translate("MergeFieldsDialog", u"Tick the fields to take from the new resume. Unticked fields keep what is on the profile now.", None))
        ___qtablewidgetitem = self.fields_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MergeFieldsDialog", u"Field", None))
        ___qtablewidgetitem1 = self.fields_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MergeFieldsDialog", u"On the profile now", None))
        ___qtablewidgetitem2 = self.fields_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MergeFieldsDialog", u"From the new resume (tick to use)", None))
    # retranslateUi

