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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSplitter,
    QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

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

        self.company_tree = QTreeWidget(self.list_panel)
        self.company_tree.setObjectName(u"company_tree")
        self.company_tree.setHeaderHidden(True)

        self.list_layout.addWidget(self.company_tree)

        self.list_buttons_layout = QHBoxLayout()
        self.list_buttons_layout.setObjectName(u"list_buttons_layout")
        self.new_company_button = QPushButton(self.list_panel)
        self.new_company_button.setObjectName(u"new_company_button")

        self.list_buttons_layout.addWidget(self.new_company_button)

        self.new_position_button = QPushButton(self.list_panel)
        self.new_position_button.setObjectName(u"new_position_button")

        self.list_buttons_layout.addWidget(self.new_position_button)

        self.delete_button = QPushButton(self.list_panel)
        self.delete_button.setObjectName(u"delete_button")

        self.list_buttons_layout.addWidget(self.delete_button)


        self.list_layout.addLayout(self.list_buttons_layout)

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


        self.retranslateUi(CompaniesPage)
    # setupUi

    def retranslateUi(self, CompaniesPage):
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("CompaniesPage", u"Filter companies and positions\u2026", None))
        ___qtreewidgetitem = self.company_tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CompaniesPage", u"Companies", None))
        self.new_company_button.setText(QCoreApplication.translate("CompaniesPage", u"New &company", None))
        self.new_position_button.setText(QCoreApplication.translate("CompaniesPage", u"New &position", None))
        self.delete_button.setText(QCoreApplication.translate("CompaniesPage", u"&Delete", None))
        self.empty_label.setText(QCoreApplication.translate("CompaniesPage", u"Select a company or position on the left, or create a new company.", None))
        pass
    # retranslateUi

