# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'companies_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_CompaniesPage(object):
    def setupUi(self, CompaniesPage):
        if not CompaniesPage.objectName():
            CompaniesPage.setObjectName(u"CompaniesPage")
        self.page_layout = QHBoxLayout(CompaniesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.splitter = QSplitter(CompaniesPage)
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

        self.company_table = QTableView(self.list_panel)
        self.company_table.setObjectName(u"company_table")
        self.company_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.company_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.company_table.setAlternatingRowColors(True)
        self.company_table.setSortingEnabled(True)
        self.company_table.setWordWrap(False)
        self.company_table.horizontalHeader().setStretchLastSection(True)
        self.company_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.company_table)

        self.company_buttons_layout = QHBoxLayout()
        self.company_buttons_layout.setObjectName(u"company_buttons_layout")
        self.new_company_button = QPushButton(self.list_panel)
        self.new_company_button.setObjectName(u"new_company_button")

        self.company_buttons_layout.addWidget(self.new_company_button)

        self.delete_company_button = QPushButton(self.list_panel)
        self.delete_company_button.setObjectName(u"delete_company_button")

        self.company_buttons_layout.addWidget(self.delete_company_button)

        self.company_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.company_buttons_layout.addItem(self.company_buttons_spacer)


        self.list_layout.addLayout(self.company_buttons_layout)

        self.positions_label = QLabel(self.list_panel)
        self.positions_label.setObjectName(u"positions_label")

        self.list_layout.addWidget(self.positions_label)

        self.position_list = QListWidget(self.list_panel)
        self.position_list.setObjectName(u"position_list")
        self.position_list.setMaximumSize(QSize(16777215, 180))

        self.list_layout.addWidget(self.position_list)

        self.position_buttons_layout = QHBoxLayout()
        self.position_buttons_layout.setObjectName(u"position_buttons_layout")
        self.new_position_button = QPushButton(self.list_panel)
        self.new_position_button.setObjectName(u"new_position_button")

        self.position_buttons_layout.addWidget(self.new_position_button)

        self.delete_position_button = QPushButton(self.list_panel)
        self.delete_position_button.setObjectName(u"delete_position_button")

        self.position_buttons_layout.addWidget(self.delete_position_button)

        self.position_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.position_buttons_layout.addItem(self.position_buttons_spacer)


        self.list_layout.addLayout(self.position_buttons_layout)

        self.splitter.addWidget(self.list_panel)
        self.editor_stack = QStackedWidget(self.splitter)
        self.editor_stack.setObjectName(u"editor_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.editor_stack.addWidget(self.empty_page)
        self.splitter.addWidget(self.editor_stack)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.positions_label.setBuddy(self.position_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.company_table)
        QWidget.setTabOrder(self.company_table, self.new_company_button)
        QWidget.setTabOrder(self.new_company_button, self.delete_company_button)
        QWidget.setTabOrder(self.delete_company_button, self.position_list)
        QWidget.setTabOrder(self.position_list, self.new_position_button)
        QWidget.setTabOrder(self.new_position_button, self.delete_position_button)

        self.retranslateUi(CompaniesPage)
    # setupUi

    def retranslateUi(self, CompaniesPage):
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("CompaniesPage", u"Filter companies by name, industry or city (Ctrl+F)", None))
        self.new_company_button.setText(QCoreApplication.translate("CompaniesPage", u"New &company", None))
#if QT_CONFIG(tooltip)
        self.new_company_button.setToolTip(QCoreApplication.translate("CompaniesPage", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.delete_company_button.setText(QCoreApplication.translate("CompaniesPage", u"Delete company", None))
        self.positions_label.setText(QCoreApplication.translate("CompaniesPage", u"&Positions of the selected company", None))
        self.new_position_button.setText(QCoreApplication.translate("CompaniesPage", u"New p&osition", None))
        self.delete_position_button.setText(QCoreApplication.translate("CompaniesPage", u"Delete position", None))
        self.empty_label.setText(QCoreApplication.translate("CompaniesPage", u"No company selected.\n"
"\n"
"Press Ctrl+N to record a new client, or pick one from the list.", None))
        pass
    # retranslateUi

