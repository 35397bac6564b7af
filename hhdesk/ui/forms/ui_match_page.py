# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'match_page.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MatchPage(object):
    def setupUi(self, MatchPage):
        if not MatchPage.objectName():
            MatchPage.setObjectName(u"MatchPage")
        self.page_layout = QVBoxLayout(MatchPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.position_label = QLabel(MatchPage)
        self.position_label.setObjectName(u"position_label")

        self.top_layout.addWidget(self.position_label)

        self.position_combo = QComboBox(MatchPage)
        self.position_combo.setObjectName(u"position_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.position_combo.sizePolicy().hasHeightForWidth())
        self.position_combo.setSizePolicy(sizePolicy)

        self.top_layout.addWidget(self.position_combo)


        self.page_layout.addLayout(self.top_layout)

        self.splitter = QSplitter(MatchPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.ranking_table = QTableView(self.splitter)
        self.ranking_table.setObjectName(u"ranking_table")
        self.ranking_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ranking_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ranking_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.ranking_table)
        self.ranking_table.horizontalHeader().setStretchLastSection(True)
        self.ranking_table.verticalHeader().setVisible(False)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.total_label = QLabel(self.detail_panel)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setStyleSheet(u"font-size: 18pt; font-weight: 600;")
        self.total_label.setWordWrap(True)

        self.detail_layout.addWidget(self.total_label)

        self.breakdown_table = QTableWidget(self.detail_panel)
        if (self.breakdown_table.columnCount() < 3):
            self.breakdown_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.breakdown_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.breakdown_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.breakdown_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.breakdown_table.setObjectName(u"breakdown_table")
        self.breakdown_table.setColumnCount(3)
        self.breakdown_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.breakdown_table.setWordWrap(True)
        self.breakdown_table.horizontalHeader().setStretchLastSection(True)
        self.breakdown_table.verticalHeader().setVisible(False)

        self.detail_layout.addWidget(self.breakdown_table)

        self.report_group = QGroupBox(self.detail_panel)
        self.report_group.setObjectName(u"report_group")
        self.report_layout = QHBoxLayout(self.report_group)
        self.report_layout.setObjectName(u"report_layout")
        self.report_language_combo = QComboBox(self.report_group)
        self.report_language_combo.setObjectName(u"report_language_combo")

        self.report_layout.addWidget(self.report_language_combo)

        self.anonymous_check = QCheckBox(self.report_group)
        self.anonymous_check.setObjectName(u"anonymous_check")

        self.report_layout.addWidget(self.anonymous_check)

        self.report_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_layout.addItem(self.report_spacer)

        self.recommend_button = QPushButton(self.report_group)
        self.recommend_button.setObjectName(u"recommend_button")

        self.report_layout.addWidget(self.recommend_button)


        self.detail_layout.addWidget(self.report_group)

        self.splitter.addWidget(self.detail_panel)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.position_label.setBuddy(self.position_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.position_combo, self.ranking_table)
        QWidget.setTabOrder(self.ranking_table, self.report_language_combo)
        QWidget.setTabOrder(self.report_language_combo, self.anonymous_check)
        QWidget.setTabOrder(self.anonymous_check, self.recommend_button)

        self.retranslateUi(MatchPage)
    # setupUi

    def retranslateUi(self, MatchPage):
        self.position_label.setText(QCoreApplication.translate("MatchPage", u"&Position", None))
        self.total_label.setText(QCoreApplication.translate("MatchPage", u"Pick a position to rank candidates.", None))
        ___qtablewidgetitem = self.breakdown_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MatchPage", u"Criterion", None))
        ___qtablewidgetitem1 = self.breakdown_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MatchPage", u"Score", None))
        ___qtablewidgetitem2 = self.breakdown_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MatchPage", u"Why", None))
        self.report_group.setTitle(QCoreApplication.translate("MatchPage", u"Recommendation report", None))
        self.anonymous_check.setText(QCoreApplication.translate("MatchPage", u"&Anonymous", None))
        self.recommend_button.setText(QCoreApplication.translate("MatchPage", u"&Recommend\u2026", None))
        pass
    # retranslateUi

