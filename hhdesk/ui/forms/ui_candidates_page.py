# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidates_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CandidatesPage(object):
    def setupUi(self, CandidatesPage):
        if not CandidatesPage.objectName():
            CandidatesPage.setObjectName(u"CandidatesPage")
        self.page_layout = QHBoxLayout(CandidatesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.splitter = QSplitter(CandidatesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(self.list_panel)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.filter_edit)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.city_combo = QComboBox(self.list_panel)
        self.city_combo.setObjectName(u"city_combo")
        self.city_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filters_layout.addWidget(self.city_combo)

        self.skill_filter_edit = QLineEdit(self.list_panel)
        self.skill_filter_edit.setObjectName(u"skill_filter_edit")
        self.skill_filter_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.skill_filter_edit)

        self.min_years_spin = QSpinBox(self.list_panel)
        self.min_years_spin.setObjectName(u"min_years_spin")
        self.min_years_spin.setMaximum(40)

        self.filters_layout.addWidget(self.min_years_spin)

        self.stage_combo = QComboBox(self.list_panel)
        self.stage_combo.setObjectName(u"stage_combo")

        self.filters_layout.addWidget(self.stage_combo)


        self.list_layout.addLayout(self.filters_layout)

        self.results_label = QLabel(self.list_panel)
        self.results_label.setObjectName(u"results_label")
        self.results_label.setStyleSheet(u"color: #555;")

        self.list_layout.addWidget(self.results_label)

        self.candidate_table = QTableView(self.list_panel)
        self.candidate_table.setObjectName(u"candidate_table")
        self.candidate_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.candidate_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.candidate_table.setAlternatingRowColors(True)
        self.candidate_table.horizontalHeader().setStretchLastSection(True)
        self.candidate_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.candidate_table)

        self.drop_hint_label = QLabel(self.list_panel)
        self.drop_hint_label.setObjectName(u"drop_hint_label")
        self.drop_hint_label.setWordWrap(True)
        self.drop_hint_label.setStyleSheet(u"color: #555; border: 1px dashed #aaa; padding: 8px;")

        self.list_layout.addWidget(self.drop_hint_label)

        self.splitter.addWidget(self.list_panel)
        self.detail_stack = QStackedWidget(self.splitter)
        self.detail_stack.setObjectName(u"detail_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.detail_stack.addWidget(self.empty_page)
        self.detail_page = QWidget()
        self.detail_page.setObjectName(u"detail_page")
        self.detail_page.setAcceptDrops(True)
        self.detail_layout = QVBoxLayout(self.detail_page)
        self.detail_layout.setObjectName(u"detail_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.name_heading_label = QLabel(self.detail_page)
        self.name_heading_label.setObjectName(u"name_heading_label")
        self.name_heading_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.name_heading_label.sizePolicy().hasHeightForWidth())
        self.name_heading_label.setSizePolicy(sizePolicy)

        self.heading_layout.addWidget(self.name_heading_label)

        self.recommend_button = QPushButton(self.detail_page)
        self.recommend_button.setObjectName(u"recommend_button")

        self.heading_layout.addWidget(self.recommend_button)

        self.match_button = QPushButton(self.detail_page)
        self.match_button.setObjectName(u"match_button")

        self.heading_layout.addWidget(self.match_button)


        self.detail_layout.addLayout(self.heading_layout)

        self.review_frame = QFrame(self.detail_page)
        self.review_frame.setObjectName(u"review_frame")
        self.review_frame.setVisible(False)
        self.review_frame.setStyleSheet(u"QFrame#review_frame { background: #fff6dd; border: 1px solid #e0c070; border-radius: 4px; }")
        self.review_layout = QVBoxLayout(self.review_frame)
        self.review_layout.setObjectName(u"review_layout")
        self.review_label = QLabel(self.review_frame)
        self.review_label.setObjectName(u"review_label")
        self.review_label.setWordWrap(True)

        self.review_layout.addWidget(self.review_label)

        self.review_buttons_layout = QHBoxLayout()
        self.review_buttons_layout.setObjectName(u"review_buttons_layout")
        self.review_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_buttons_layout.addItem(self.review_spacer)

        self.merge_button = QPushButton(self.review_frame)
        self.merge_button.setObjectName(u"merge_button")

        self.review_buttons_layout.addWidget(self.merge_button)

        self.separate_button = QPushButton(self.review_frame)
        self.separate_button.setObjectName(u"separate_button")

        self.review_buttons_layout.addWidget(self.separate_button)

        self.previous_button = QPushButton(self.review_frame)
        self.previous_button.setObjectName(u"previous_button")

        self.review_buttons_layout.addWidget(self.previous_button)

        self.skip_button = QPushButton(self.review_frame)
        self.skip_button.setObjectName(u"skip_button")

        self.review_buttons_layout.addWidget(self.skip_button)

        self.confirm_button = QPushButton(self.review_frame)
        self.confirm_button.setObjectName(u"confirm_button")

        self.review_buttons_layout.addWidget(self.confirm_button)


        self.review_layout.addLayout(self.review_buttons_layout)


        self.detail_layout.addWidget(self.review_frame)

        self.detail_tabs = QTabWidget(self.detail_page)
        self.detail_tabs.setObjectName(u"detail_tabs")

        self.detail_layout.addWidget(self.detail_tabs)

        self.detail_stack.addWidget(self.detail_page)
        self.splitter.addWidget(self.detail_stack)

        self.page_layout.addWidget(self.splitter)


        self.retranslateUi(CandidatesPage)
    # setupUi

    def retranslateUi(self, CandidatesPage):
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("CandidatesPage", u"Search names, titles, companies, skills and resume text (Ctrl+F) \u2014 \u9500\u552e, \u5f20\u4f1f, pyth\u2026", None))
#if QT_CONFIG(tooltip)
        self.city_combo.setToolTip(QCoreApplication.translate("CandidatesPage", u"City", None))
#endif // QT_CONFIG(tooltip)
        self.skill_filter_edit.setPlaceholderText(QCoreApplication.translate("CandidatesPage", u"Has skills: Python, SQL", None))
        self.min_years_spin.setSpecialValueText(QCoreApplication.translate("CandidatesPage", u"any years", None))
        self.min_years_spin.setPrefix(QCoreApplication.translate("CandidatesPage", u"\u2265 ", None))
        self.min_years_spin.setSuffix(QCoreApplication.translate("CandidatesPage", u" yrs", None))
#if QT_CONFIG(tooltip)
        self.stage_combo.setToolTip(QCoreApplication.translate("CandidatesPage", u"Pipeline stage", None))
#endif // QT_CONFIG(tooltip)
        self.drop_hint_label.setText(QCoreApplication.translate("CandidatesPage", u"Drop resumes (PDF, DOCX, TXT, RTF) or a folder anywhere on the window to add candidates; drop on an open candidate to add a resume to that person.", None))
        self.empty_label.setText(QCoreApplication.translate("CandidatesPage", u"No candidate selected. Drop a resume on the window or pick someone from the list.", None))
        self.recommend_button.setText(QCoreApplication.translate("CandidatesPage", u"&Recommend\u2026", None))
#if QT_CONFIG(tooltip)
        self.recommend_button.setToolTip(QCoreApplication.translate("CandidatesPage", u"Preview and send a recommendation report for a position this candidate is considered for", None))
#endif // QT_CONFIG(tooltip)
        self.match_button.setText(QCoreApplication.translate("CandidatesPage", u"&Match to open positions", None))
#if QT_CONFIG(tooltip)
        self.match_button.setToolTip(QCoreApplication.translate("CandidatesPage", u"Rank the open positions for this candidate on the Match tab", None))
#endif // QT_CONFIG(tooltip)
        self.merge_button.setText(QCoreApplication.translate("CandidatesPage", u"&Merge fields\u2026", None))
#if QT_CONFIG(tooltip)
        self.merge_button.setToolTip(QCoreApplication.translate("CandidatesPage", u"Compare the profile with the new resume and take the fields you choose", None))
#endif // QT_CONFIG(tooltip)
        self.separate_button.setText(QCoreApplication.translate("CandidatesPage", u"Not the same person: separate", None))
#if QT_CONFIG(tooltip)
        self.separate_button.setToolTip(QCoreApplication.translate("CandidatesPage", u"Make this resume a new candidate of its own instead of a version of this person's resume", None))
#endif // QT_CONFIG(tooltip)
        self.previous_button.setText(QCoreApplication.translate("CandidatesPage", u"\u2039 Pre&vious", None))
        self.skip_button.setText(QCoreApplication.translate("CandidatesPage", u"S&kip", None))
        self.confirm_button.setText(QCoreApplication.translate("CandidatesPage", u"&Confirm and next", None))
#if QT_CONFIG(tooltip)
        self.confirm_button.setToolTip(QCoreApplication.translate("CandidatesPage", u"Ctrl+Enter: save the profile as corrected and go to the next imported resume", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

