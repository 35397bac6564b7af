# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_preview.ui'
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
    QDialog, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

from hhdesk.ui.pdf_pages import PageStack

class Ui_ReportPreviewDialog(object):
    def setupUi(self, ReportPreviewDialog):
        if not ReportPreviewDialog.objectName():
            ReportPreviewDialog.setObjectName(u"ReportPreviewDialog")
        ReportPreviewDialog.resize(1180, 840)
        self.dialog_layout = QVBoxLayout(ReportPreviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.splitter = QSplitter(ReportPreviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.options_panel = QWidget(self.splitter)
        self.options_panel.setObjectName(u"options_panel")
        self.options_panel.setMinimumSize(QSize(260, 0))
        self.options_panel.setMaximumSize(QSize(420, 16777215))
        self.options_layout = QVBoxLayout(self.options_panel)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setContentsMargins(0, 0, 6, 0)
        self.subject_label = QLabel(self.options_panel)
        self.subject_label.setObjectName(u"subject_label")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.options_layout.addWidget(self.subject_label)

        self.report_group = QGroupBox(self.options_panel)
        self.report_group.setObjectName(u"report_group")
        self.report_layout = QVBoxLayout(self.report_group)
        self.report_layout.setObjectName(u"report_layout")
        self.language_layout = QHBoxLayout()
        self.language_layout.setObjectName(u"language_layout")
        self.language_label = QLabel(self.report_group)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(self.report_group)
        self.language_combo.setObjectName(u"language_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.language_combo.sizePolicy().hasHeightForWidth())
        self.language_combo.setSizePolicy(sizePolicy)

        self.language_layout.addWidget(self.language_combo)


        self.report_layout.addLayout(self.language_layout)

        self.anonymous_check = QCheckBox(self.report_group)
        self.anonymous_check.setObjectName(u"anonymous_check")

        self.report_layout.addWidget(self.anonymous_check)

        self.employer_check = QCheckBox(self.report_group)
        self.employer_check.setObjectName(u"employer_check")
        self.employer_check.setChecked(True)

        self.report_layout.addWidget(self.employer_check)

        self.employer_label = QLabel(self.report_group)
        self.employer_label.setObjectName(u"employer_label")

        self.report_layout.addWidget(self.employer_label)

        self.employer_edit = QLineEdit(self.report_group)
        self.employer_edit.setObjectName(u"employer_edit")
        self.employer_edit.setMaxLength(120)
        self.employer_edit.setClearButtonEnabled(True)

        self.report_layout.addWidget(self.employer_edit)


        self.options_layout.addWidget(self.report_group)

        self.sections_group = QGroupBox(self.options_panel)
        self.sections_group.setObjectName(u"sections_group")
        self.sections_layout = QVBoxLayout(self.sections_group)
        self.sections_layout.setObjectName(u"sections_layout")
        self.snapshot_check = QCheckBox(self.sections_group)
        self.snapshot_check.setObjectName(u"snapshot_check")
        self.snapshot_check.setChecked(True)

        self.sections_layout.addWidget(self.snapshot_check)

        self.assessment_check = QCheckBox(self.sections_group)
        self.assessment_check.setObjectName(u"assessment_check")
        self.assessment_check.setChecked(True)

        self.sections_layout.addWidget(self.assessment_check)

        self.match_check = QCheckBox(self.sections_group)
        self.match_check.setObjectName(u"match_check")
        self.match_check.setChecked(True)

        self.sections_layout.addWidget(self.match_check)

        self.career_check = QCheckBox(self.sections_group)
        self.career_check.setObjectName(u"career_check")
        self.career_check.setChecked(True)

        self.sections_layout.addWidget(self.career_check)

        self.education_check = QCheckBox(self.sections_group)
        self.education_check.setObjectName(u"education_check")
        self.education_check.setChecked(True)

        self.sections_layout.addWidget(self.education_check)


        self.options_layout.addWidget(self.sections_group)

        self.history_group = QGroupBox(self.options_panel)
        self.history_group.setObjectName(u"history_group")
        self.history_layout = QVBoxLayout(self.history_group)
        self.history_layout.setObjectName(u"history_layout")
        self.history_label = QLabel(self.history_group)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)

        self.history_layout.addWidget(self.history_label)

        self.history_list = QListWidget(self.history_group)
        self.history_list.setObjectName(u"history_list")
        self.history_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history_list.setSelectionMode(QAbstractItemView.NoSelection)
        self.history_list.setWordWrap(True)
        self.history_list.setAlternatingRowColors(True)
        self.history_list.setSpacing(2)
        self.history_list.setTextElideMode(Qt.ElideMiddle)

        self.history_layout.addWidget(self.history_list)


        self.options_layout.addWidget(self.history_group)

        self.options_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.options_layout.addItem(self.options_spacer)

        self.splitter.addWidget(self.options_panel)
        self.preview_panel = QWidget(self.splitter)
        self.preview_panel.setObjectName(u"preview_panel")
        self.preview_layout = QVBoxLayout(self.preview_panel)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_header_layout = QHBoxLayout()
        self.preview_header_layout.setObjectName(u"preview_header_layout")
        self.preview_label = QLabel(self.preview_panel)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setStyleSheet(u"font-weight: 600;")

        self.preview_header_layout.addWidget(self.preview_label)

        self.preview_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_header_layout.addItem(self.preview_header_spacer)

        self.status_label = QLabel(self.preview_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setStyleSheet(u"color: #5f6b7a;")

        self.preview_header_layout.addWidget(self.status_label)

        self.page_count_label = QLabel(self.preview_panel)
        self.page_count_label.setObjectName(u"page_count_label")

        self.preview_header_layout.addWidget(self.page_count_label)


        self.preview_layout.addLayout(self.preview_header_layout)

        self.pages_scroll = QScrollArea(self.preview_panel)
        self.pages_scroll.setObjectName(u"pages_scroll")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.pages_scroll.sizePolicy().hasHeightForWidth())
        self.pages_scroll.setSizePolicy(sizePolicy1)
        self.pages_scroll.setFrameShape(QFrame.StyledPanel)
        self.pages_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.pages_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.pages_scroll.setWidgetResizable(True)
        self.page_stack = PageStack()
        self.page_stack.setObjectName(u"page_stack")
        self.pages_scroll.setWidget(self.page_stack)

        self.preview_layout.addWidget(self.pages_scroll)

        self.splitter.addWidget(self.preview_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(ReportPreviewDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.print_button = QPushButton(ReportPreviewDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.open_button = QPushButton(ReportPreviewDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.open_button)

        self.saved_label = QLabel(ReportPreviewDialog)
        self.saved_label.setObjectName(u"saved_label")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.saved_label.sizePolicy().hasHeightForWidth())
        self.saved_label.setSizePolicy(sizePolicy2)
        self.saved_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.buttons_layout.addWidget(self.saved_label)

        self.close_button = QPushButton(ReportPreviewDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.employer_label.setBuddy(self.employer_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language_combo, self.anonymous_check)
        QWidget.setTabOrder(self.anonymous_check, self.employer_check)
        QWidget.setTabOrder(self.employer_check, self.employer_edit)
        QWidget.setTabOrder(self.employer_edit, self.snapshot_check)
        QWidget.setTabOrder(self.snapshot_check, self.assessment_check)
        QWidget.setTabOrder(self.assessment_check, self.match_check)
        QWidget.setTabOrder(self.match_check, self.career_check)
        QWidget.setTabOrder(self.career_check, self.education_check)
        QWidget.setTabOrder(self.education_check, self.history_list)
        QWidget.setTabOrder(self.history_list, self.pages_scroll)
        QWidget.setTabOrder(self.pages_scroll, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.close_button)

        self.retranslateUi(ReportPreviewDialog)
    # setupUi

    def retranslateUi(self, ReportPreviewDialog):
        ReportPreviewDialog.setWindowTitle(QCoreApplication.translate("ReportPreviewDialog", u"Recommendation report", None))
        self.report_group.setTitle(QCoreApplication.translate("ReportPreviewDialog", u"Report", None))
        self.language_label.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Language", None))
        self.anonymous_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Anonymous", None))
#if QT_CONFIG(tooltip)
        self.anonymous_check.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Hide the name, phone, e-mail and address: the client sees a reference such as Candidate HH-0042.", None))
#endif // QT_CONFIG(tooltip)
        self.employer_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"Include current &employer", None))
#if QT_CONFIG(tooltip)
        self.employer_check.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Only for anonymous reports: whether the client may see where the candidate works now.", None))
#endif // QT_CONFIG(tooltip)
        self.employer_label.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Describe the employer as", None))
        self.employer_edit.setPlaceholderText(QCoreApplication.translate("ReportPreviewDialog", u"a leading logistics company", None))
        self.sections_group.setTitle(QCoreApplication.translate("ReportPreviewDialog", u"Sections", None))
        self.snapshot_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"Candidate &snapshot", None))
        self.assessment_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"Consultant's assess&ment", None))
        self.match_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"Matc&h", None))
        self.career_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Career history", None))
        self.education_check.setText(QCoreApplication.translate("ReportPreviewDialog", u"Education && s&kills", None))
        self.history_group.setTitle(QCoreApplication.translate("ReportPreviewDialog", u"Sent before", None))
        self.history_label.setText(QCoreApplication.translate("ReportPreviewDialog", u"Not sent to this client before.", None))
        self.preview_label.setText(QCoreApplication.translate("ReportPreviewDialog", u"Preview", None))
        self.save_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Save\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Save the PDF and record that it was sent to this client (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Print the pages shown (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Open in viewer", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Open a temporary copy in the system's PDF viewer; nothing is recorded", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"Close", None))
    # retranslateUi

