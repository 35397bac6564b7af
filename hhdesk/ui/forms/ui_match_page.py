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
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QStackedWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from hhdesk.ui.charts import (RadarChart, SalaryBandChart)

class Ui_MatchPage(object):
    def setupUi(self, MatchPage):
        if not MatchPage.objectName():
            MatchPage.setObjectName(u"MatchPage")
        self.page_layout = QVBoxLayout(MatchPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.back_button = QPushButton(MatchPage)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setVisible(False)

        self.top_layout.addWidget(self.back_button)

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

        self.mode_label = QLabel(MatchPage)
        self.mode_label.setObjectName(u"mode_label")
        self.mode_label.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.mode_label.setVisible(False)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.mode_label.sizePolicy().hasHeightForWidth())
        self.mode_label.setSizePolicy(sizePolicy1)

        self.top_layout.addWidget(self.mode_label)


        self.page_layout.addLayout(self.top_layout)

        self.filters_widget = QWidget(MatchPage)
        self.filters_widget.setObjectName(u"filters_widget")
        self.filters_layout = QHBoxLayout(self.filters_widget)
        self.filters_layout.setObjectName(u"filters_layout")
        self.filters_layout.setContentsMargins(0, 0, 0, 0)
        self.min_score_label = QLabel(self.filters_widget)
        self.min_score_label.setObjectName(u"min_score_label")

        self.filters_layout.addWidget(self.min_score_label)

        self.min_score_spin = QSpinBox(self.filters_widget)
        self.min_score_spin.setObjectName(u"min_score_spin")
        self.min_score_spin.setMaximum(100)
        self.min_score_spin.setSingleStep(5)

        self.filters_layout.addWidget(self.min_score_spin)

        self.stage_combo = QComboBox(self.filters_widget)
        self.stage_combo.setObjectName(u"stage_combo")

        self.filters_layout.addWidget(self.stage_combo)

        self.city_edit = QLineEdit(self.filters_widget)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setClearButtonEnabled(True)
        self.city_edit.setMaximumSize(QSize(160, 16777215))

        self.filters_layout.addWidget(self.city_edit)

        self.must_haves_check = QCheckBox(self.filters_widget)
        self.must_haves_check.setObjectName(u"must_haves_check")

        self.filters_layout.addWidget(self.must_haves_check)

        self.filters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(self.filters_widget)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setStyleSheet(u"color: #555;")

        self.filters_layout.addWidget(self.count_label)


        self.page_layout.addWidget(self.filters_widget)

        self.splitter = QSplitter(MatchPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.list_stack = QStackedWidget(self.splitter)
        self.list_stack.setObjectName(u"list_stack")
        self.ranking_table = QTableView()
        self.ranking_table.setObjectName(u"ranking_table")
        self.ranking_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ranking_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ranking_table.setAlternatingRowColors(True)
        self.ranking_table.setSortingEnabled(False)
        self.list_stack.addWidget(self.ranking_table)
        self.ranking_table.horizontalHeader().setStretchLastSection(True)
        self.ranking_table.verticalHeader().setVisible(False)
        self.positions_table = QTableView()
        self.positions_table.setObjectName(u"positions_table")
        self.positions_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.positions_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.positions_table.setAlternatingRowColors(True)
        self.list_stack.addWidget(self.positions_table)
        self.positions_table.horizontalHeader().setStretchLastSection(True)
        self.positions_table.verticalHeader().setVisible(False)
        self.splitter.addWidget(self.list_stack)
        self.detail_scroll = QScrollArea(self.splitter)
        self.detail_scroll.setObjectName(u"detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.NoFrame)
        self.detail_panel = QWidget()
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.total_label = QLabel(self.detail_panel)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.total_label.setWordWrap(True)

        self.detail_layout.addWidget(self.total_label)

        self.known_label = QLabel(self.detail_panel)
        self.known_label.setObjectName(u"known_label")
        self.known_label.setStyleSheet(u"color: #555;")
        self.known_label.setWordWrap(True)

        self.detail_layout.addWidget(self.known_label)

        self.skills_label = QLabel(self.detail_panel)
        self.skills_label.setObjectName(u"skills_label")
        self.skills_label.setWordWrap(True)
        self.skills_label.setTextFormat(Qt.RichText)

        self.detail_layout.addWidget(self.skills_label)

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
        self.breakdown_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.breakdown_table.setFocusPolicy(Qt.NoFocus)
        self.breakdown_table.setWordWrap(True)
        self.breakdown_table.setMinimumSize(QSize(0, 200))
        self.breakdown_table.horizontalHeader().setStretchLastSection(True)
        self.breakdown_table.verticalHeader().setVisible(False)

        self.detail_layout.addWidget(self.breakdown_table)

        self.charts_layout = QHBoxLayout()
        self.charts_layout.setObjectName(u"charts_layout")
        self.radar_chart = RadarChart(self.detail_panel)
        self.radar_chart.setObjectName(u"radar_chart")

        self.charts_layout.addWidget(self.radar_chart)

        self.salary_chart = SalaryBandChart(self.detail_panel)
        self.salary_chart.setObjectName(u"salary_chart")
        sizePolicy1.setHeightForWidth(self.salary_chart.sizePolicy().hasHeightForWidth())
        self.salary_chart.setSizePolicy(sizePolicy1)

        self.charts_layout.addWidget(self.salary_chart)


        self.detail_layout.addLayout(self.charts_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.shortlist_button = QPushButton(self.detail_panel)
        self.shortlist_button.setObjectName(u"shortlist_button")

        self.actions_layout.addWidget(self.shortlist_button)

        self.positions_button = QPushButton(self.detail_panel)
        self.positions_button.setObjectName(u"positions_button")

        self.actions_layout.addWidget(self.positions_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.detail_layout.addLayout(self.actions_layout)

        self.report_group = QGroupBox(self.detail_panel)
        self.report_group.setObjectName(u"report_group")
        self.report_layout = QHBoxLayout(self.report_group)
        self.report_layout.setObjectName(u"report_layout")
        self.anonymous_check = QCheckBox(self.report_group)
        self.anonymous_check.setObjectName(u"anonymous_check")

        self.report_layout.addWidget(self.anonymous_check)

        self.report_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_layout.addItem(self.report_spacer)

        self.shortlist_report_button = QPushButton(self.report_group)
        self.shortlist_report_button.setObjectName(u"shortlist_report_button")

        self.report_layout.addWidget(self.shortlist_report_button)

        self.recommend_button = QPushButton(self.report_group)
        self.recommend_button.setObjectName(u"recommend_button")

        self.report_layout.addWidget(self.recommend_button)


        self.detail_layout.addWidget(self.report_group)

        self.detail_layout.setStretch(3, 1)
        self.detail_scroll.setWidget(self.detail_panel)
        self.splitter.addWidget(self.detail_scroll)

        self.page_layout.addWidget(self.splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.position_label.setBuddy(self.position_combo)
        self.min_score_label.setBuddy(self.min_score_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back_button, self.position_combo)
        QWidget.setTabOrder(self.position_combo, self.min_score_spin)
        QWidget.setTabOrder(self.min_score_spin, self.stage_combo)
        QWidget.setTabOrder(self.stage_combo, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.must_haves_check)
        QWidget.setTabOrder(self.must_haves_check, self.ranking_table)
        QWidget.setTabOrder(self.ranking_table, self.positions_table)
        QWidget.setTabOrder(self.positions_table, self.shortlist_button)
        QWidget.setTabOrder(self.shortlist_button, self.positions_button)
        QWidget.setTabOrder(self.positions_button, self.anonymous_check)
        QWidget.setTabOrder(self.anonymous_check, self.shortlist_report_button)
        QWidget.setTabOrder(self.shortlist_report_button, self.recommend_button)

        self.retranslateUi(MatchPage)
    # setupUi

    def retranslateUi(self, MatchPage):
        self.back_button.setText(QCoreApplication.translate("MatchPage", u"\u2039 &Back to the ranking", None))
        self.position_label.setText(QCoreApplication.translate("MatchPage", u"&Position", None))
        self.min_score_label.setText(QCoreApplication.translate("MatchPage", u"&Minimum", None))
        self.min_score_spin.setSpecialValueText(QCoreApplication.translate("MatchPage", u"any score", None))
        self.min_score_spin.setSuffix(QCoreApplication.translate("MatchPage", u" / 100", None))
#if QT_CONFIG(tooltip)
        self.stage_combo.setToolTip(QCoreApplication.translate("MatchPage", u"Pipeline stage for this position", None))
#endif // QT_CONFIG(tooltip)
        self.city_edit.setPlaceholderText(QCoreApplication.translate("MatchPage", u"City", None))
        self.must_haves_check.setText(QCoreApplication.translate("MatchPage", u"Must-&haves met", None))
        self.total_label.setText(QCoreApplication.translate("MatchPage", u"Pick a position to rank candidates.", None))
        ___qtablewidgetitem = self.breakdown_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MatchPage", u"Criterion", None))
        ___qtablewidgetitem1 = self.breakdown_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MatchPage", u"Score", None))
        ___qtablewidgetitem2 = self.breakdown_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MatchPage", u"Why", None))
        self.shortlist_button.setText(QCoreApplication.translate("MatchPage", u"Add to &shortlist", None))
#if QT_CONFIG(tooltip)
        self.shortlist_button.setToolTip(QCoreApplication.translate("MatchPage", u"Move this candidate to \"shortlisted\" for the position (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.positions_button.setText(QCoreApplication.translate("MatchPage", u"Open positions for this &candidate", None))
        self.report_group.setTitle(QCoreApplication.translate("MatchPage", u"Recommendation report", None))
        self.anonymous_check.setText(QCoreApplication.translate("MatchPage", u"Start &anonymous", None))
#if QT_CONFIG(tooltip)
        self.anonymous_check.setToolTip(QCoreApplication.translate("MatchPage", u"Open the preview with the anonymous options ticked", None))
#endif // QT_CONFIG(tooltip)
        self.shortlist_report_button.setText(QCoreApplication.translate("MatchPage", u"Shortlist re&port\u2026", None))
#if QT_CONFIG(tooltip)
        self.shortlist_report_button.setToolTip(QCoreApplication.translate("MatchPage", u"One PDF with every shortlisted candidate for this position, a comparison table first", None))
#endif // QT_CONFIG(tooltip)
        self.recommend_button.setText(QCoreApplication.translate("MatchPage", u"&Recommend\u2026", None))
        pass
    # retranslateUi

