"""Browse the skill vocabulary and add the agency's own spellings and skills."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QTableWidgetItem, QWidget

from hhdesk.core.records import ValidationError
from hhdesk.ui.formatting import core_text
from hhdesk.ui.forms.ui_skill_vocabulary_dialog import Ui_SkillVocabularyDialog

if TYPE_CHECKING:
    from hhdesk.core.services.skills import SkillService
    from hhdesk.core.skills import SkillVocabulary
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner

# The categories of resources/skills/vocabulary.tsv, as shown in the dialog (in English "data_ai" reads "data & ai").
CATEGORY_TEXTS = {"tech": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "tech"),
                  "data_ai": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "data & ai"),
                  "cloud_devops": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "cloud & devops"),
                  "design": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "design"),
                  "finance": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "finance"),
                  "hardware": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "hardware"),
                  "hr": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "hr"),
                  "languages": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "languages"),
                  "management": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "management"),
                  "manufacturing": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "manufacturing"),
                  "sales_marketing": QT_TRANSLATE_NOOP("SkillVocabularyDialog", "sales & marketing")}


def category_text(category: str | None) -> str:
    """A vocabulary category in the UI language; one this version does not know as written ("a_b" → "a & b")."""
    if not category:
        return ""
    text = CATEGORY_TEXTS.get(category)
    return QCoreApplication.translate("SkillVocabularyDialog", text) if text else category.replace("_", " & ")


class SkillVocabularyDialog(QDialog):
    def __init__(self, skills: SkillService, tasks: TaskRunner, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SkillVocabularyDialog()
        self.ui.setupUi(self)
        self._skills, self._tasks, self._bus = skills, tasks, bus
        self._rows: list[tuple[str, str, str]] = []
        header = self.ui.skills_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.skills_table.verticalHeader().setDefaultSectionSize(22)
        self.ui.filter_edit.textChanged.connect(self._refill)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.canonical_edit.returnPressed.connect(self._on_add_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.skills_table.itemDoubleClicked.connect(self._on_skills_table_item_double_clicked)
        self.reload()

    def reload(self) -> None:
        skills = self._skills
        self._tasks.submit(skills.vocabulary, self._on_vocabulary_loaded)

    def _on_vocabulary_loaded(self, vocabulary: SkillVocabulary) -> None:
        self._rows = sorted(((e.canonical, category_text(e.category), ", ".join(e.aliases))
                             for e in vocabulary.entries),
                            key=lambda r: r[0].casefold())
        completer = QCompleter([r[0] for r in self._rows], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.canonical_edit.setCompleter(completer)
        self._refill()

    def _refill(self) -> None:
        needle = self.ui.filter_edit.text().strip().casefold()
        rows = [r for r in self._rows if not needle or needle in r[0].casefold() or needle in r[2].casefold()]
        table = self.ui.skills_table
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self.setWindowTitle(self.tr("Skill vocabulary (%1 skills)").replace("%1", str(len(self._rows))))

    def _on_skills_table_item_double_clicked(self, item: QTableWidgetItem) -> None:
        self.ui.canonical_edit.setText(self.ui.skills_table.item(item.row(), 0).text())
        self.ui.alias_edit.setFocus()

    def _on_add_button_clicked(self) -> None:
        alias, canonical = self.ui.alias_edit.text(), self.ui.canonical_edit.text()
        self.ui.error_label.clear()
        skills = self._skills
        self._tasks.submit(lambda: skills.add_alias(alias, canonical), lambda _: self._on_added(alias),
                           self._on_add_failed)

    def _on_added(self, alias: str) -> None:
        self.ui.alias_edit.clear()
        self.ui.canonical_edit.clear()
        self.ui.filter_edit.setText(alias.strip())
        self.ui.alias_edit.setFocus()
        self._bus.changed.emit("skills")
        self.reload()

    def _on_add_failed(self, exc: BaseException) -> None:
        message = core_text(exc.message if isinstance(exc, ValidationError) else exc)
        self.ui.error_label.setText(message)
