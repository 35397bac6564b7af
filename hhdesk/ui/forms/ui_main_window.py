# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setAcceptDrops(True)
        self.import_resumes_action = QAction(MainWindow)
        self.import_resumes_action.setObjectName(u"import_resumes_action")
        self.export_data_action = QAction(MainWindow)
        self.export_data_action.setObjectName(u"export_data_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.skill_vocabulary_action = QAction(MainWindow)
        self.skill_vocabulary_action.setObjectName(u"skill_vocabulary_action")
        self.reminders_action = QAction(MainWindow)
        self.reminders_action.setObjectName(u"reminders_action")
        self.agency_settings_action = QAction(MainWindow)
        self.agency_settings_action.setObjectName(u"agency_settings_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 0)
        self.main_tabs = QTabWidget(self.central_widget)
        self.main_tabs.setObjectName(u"main_tabs")
        self.main_tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.main_tabs)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.tools_menu = QMenu(self.menu_bar)
        self.tools_menu.setObjectName(u"tools_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.tools_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.import_resumes_action)
        self.file_menu.addAction(self.export_data_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.tools_menu.addAction(self.reminders_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.skill_vocabulary_action)
        self.tools_menu.addAction(self.agency_settings_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"hhdesk", None))
        self.import_resumes_action.setText(QCoreApplication.translate("MainWindow", u"&Import resumes\u2026", None))
#if QT_CONFIG(shortcut)
        self.import_resumes_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.export_data_action.setText(QCoreApplication.translate("MainWindow", u"&Export data\u2026", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.skill_vocabulary_action.setText(QCoreApplication.translate("MainWindow", u"&Skill vocabulary\u2026", None))
        self.reminders_action.setText(QCoreApplication.translate("MainWindow", u"&Reminders\u2026", None))
#if QT_CONFIG(shortcut)
        self.reminders_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.agency_settings_action.setText(QCoreApplication.translate("MainWindow", u"&Agency settings\u2026", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About hhdesk", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.tools_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

