# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'skill_vocabulary_dialog.ui'
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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SkillVocabularyDialog(object):
    def setupUi(self, SkillVocabularyDialog):
        if not SkillVocabularyDialog.objectName():
            SkillVocabularyDialog.setObjectName(u"SkillVocabularyDialog")
        SkillVocabularyDialog.resize(820, 620)
        self.dialog_layout = QVBoxLayout(SkillVocabularyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SkillVocabularyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.filter_edit = QLineEdit(SkillVocabularyDialog)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.dialog_layout.addWidget(self.filter_edit)

        self.skills_table = QTableWidget(SkillVocabularyDialog)
        if (self.skills_table.columnCount() < 3):
            self.skills_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.skills_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.skills_table.setObjectName(u"skills_table")
        self.skills_table.setColumnCount(3)
        self.skills_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.skills_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skills_table.setAlternatingRowColors(True)
        self.skills_table.setWordWrap(False)
        self.skills_table.horizontalHeader().setStretchLastSection(True)
        self.skills_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.skills_table)

        self.add_group = QGroupBox(SkillVocabularyDialog)
        self.add_group.setObjectName(u"add_group")
        self.add_layout = QHBoxLayout(self.add_group)
        self.add_layout.setObjectName(u"add_layout")
        self.alias_label = QLabel(self.add_group)
        self.alias_label.setObjectName(u"alias_label")

        self.add_layout.addWidget(self.alias_label)

        self.alias_edit = QLineEdit(self.add_group)
        self.alias_edit.setObjectName(u"alias_edit")

        self.add_layout.addWidget(self.alias_edit)

        self.canonical_label = QLabel(self.add_group)
        self.canonical_label.setObjectName(u"canonical_label")

        self.add_layout.addWidget(self.canonical_label)

        self.canonical_edit = QLineEdit(self.add_group)
        self.canonical_edit.setObjectName(u"canonical_edit")

        self.add_layout.addWidget(self.canonical_edit)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_layout.addWidget(self.add_button)


        self.dialog_layout.addWidget(self.add_group)

        self.error_label = QLabel(SkillVocabularyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SkillVocabularyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.alias_label.setBuddy(self.alias_edit)
        self.canonical_label.setBuddy(self.canonical_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.skills_table)
        QWidget.setTabOrder(self.skills_table, self.alias_edit)
        QWidget.setTabOrder(self.alias_edit, self.canonical_edit)
        QWidget.setTabOrder(self.canonical_edit, self.add_button)

        self.retranslateUi(SkillVocabularyDialog)
    # setupUi

    def retranslateUi(self, SkillVocabularyDialog):
        SkillVocabularyDialog.setWindowTitle(QCoreApplication.translate("SkillVocabularyDialog", u"Skill vocabulary", None))
        self.intro_label.setText(QCoreApplication.translate("SkillVocabularyDialog", u"The skills hhdesk recognises in resumes, positions and phone screens, with the other ways people write them. Add your own spellings or new skills below; they are kept in your database.", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("SkillVocabularyDialog", u"Find a skill or spelling\u2026", None))
        ___qtablewidgetitem = self.skills_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SkillVocabularyDialog", u"Skill", None))
        ___qtablewidgetitem1 = self.skills_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SkillVocabularyDialog", u"Category", None))
        ___qtablewidgetitem2 = self.skills_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SkillVocabularyDialog", u"Other spellings", None))
        self.add_group.setTitle(QCoreApplication.translate("SkillVocabularyDialog", u"Add a spelling or a new skill", None))
        self.alias_label.setText(QCoreApplication.translate("SkillVocabularyDialog", u"&Written as", None))
        self.alias_edit.setPlaceholderText(QCoreApplication.translate("SkillVocabularyDialog", u"e.g. \u5927\u6a21\u578b", None))
        self.canonical_label.setText(QCoreApplication.translate("SkillVocabularyDialog", u"&means the skill", None))
        self.canonical_edit.setPlaceholderText(QCoreApplication.translate("SkillVocabularyDialog", u"e.g. Large Language Models (or a new skill)", None))
        self.add_button.setText(QCoreApplication.translate("SkillVocabularyDialog", u"&Add", None))
    # retranslateUi

