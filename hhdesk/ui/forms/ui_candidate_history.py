# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_history.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CandidateHistory(object):
    def setupUi(self, CandidateHistory):
        if not CandidateHistory.objectName():
            CandidateHistory.setObjectName(u"CandidateHistory")
        CandidateHistory.resize(900, 700)
        self.history_layout = QVBoxLayout(CandidateHistory)
        self.history_layout.setObjectName(u"history_layout")
        self.facts_heading_label = QLabel(CandidateHistory)
        self.facts_heading_label.setObjectName(u"facts_heading_label")
        self.facts_heading_label.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.history_layout.addWidget(self.facts_heading_label)

        self.facts_table = QTableWidget(CandidateHistory)
        if (self.facts_table.columnCount() < 3):
            self.facts_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.facts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.facts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.facts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.facts_table.setObjectName(u"facts_table")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.facts_table.sizePolicy().hasHeightForWidth())
        self.facts_table.setSizePolicy(sizePolicy)
        self.facts_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.facts_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.facts_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.facts_table.setWordWrap(False)
        self.facts_table.setColumnCount(3)
        self.facts_table.horizontalHeader().setStretchLastSection(False)
        self.facts_table.verticalHeader().setVisible(False)

        self.history_layout.addWidget(self.facts_table)

        self.timeline_heading_label = QLabel(CandidateHistory)
        self.timeline_heading_label.setObjectName(u"timeline_heading_label")
        self.timeline_heading_label.setStyleSheet(u"font-size: 12pt; font-weight: 600; margin-top: 6px;")

        self.history_layout.addWidget(self.timeline_heading_label)

        self.timeline_tree = QTreeWidget(CandidateHistory)
        self.timeline_tree.setObjectName(u"timeline_tree")
        self.timeline_tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timeline_tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timeline_tree.setUniformRowHeights(False)
        self.timeline_tree.setWordWrap(True)
        self.timeline_tree.setColumnCount(3)

        self.history_layout.addWidget(self.timeline_tree)

        self.empty_label = QLabel(CandidateHistory)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(u"color: #777; padding: 24px;")

        self.history_layout.addWidget(self.empty_label)

        self.history_layout.setStretch(3, 1)
        self.history_layout.setStretch(4, 1)

        self.retranslateUi(CandidateHistory)
    # setupUi

    def retranslateUi(self, CandidateHistory):
        self.facts_heading_label.setText(QCoreApplication.translate("CandidateHistory", u"Key facts", None))
        ___qtablewidgetitem = self.facts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CandidateHistory", u"Fact", None))
        ___qtablewidgetitem1 = self.facts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CandidateHistory", u"Current value", None))
        ___qtablewidgetitem2 = self.facts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CandidateHistory", u"Last confirmed", None))
        self.timeline_heading_label.setText(QCoreApplication.translate("CandidateHistory", u"Timeline", None))
        ___qtreewidgetitem = self.timeline_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CandidateHistory", u"Details", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CandidateHistory", u"What", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CandidateHistory", u"When", None))
        self.empty_label.setText(QCoreApplication.translate("CandidateHistory", u"No calls or events yet. Screen the candidate on the phone to start the history.", None))
        pass
    # retranslateUi

