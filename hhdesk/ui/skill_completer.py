"""Completion of the last skill in a comma-separated list ("Python, Kub" → "Python, Kubernetes")."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

_SEPARATOR = re.compile(r"[,，;；、]")


class SkillListCompleter(QCompleter):
    """A completer for a line edit holding several skills; only the skill being typed is completed."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._model = QStringListModel()
        super().__init__(self._model, parent)
        self._model.setParent(self)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_skills(self, names: list[str]) -> None:
        self._model.setStringList(names)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [_SEPARATOR.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 - Qt override
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole))
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        done = [p.strip() for p in _SEPARATOR.split(text)[:-1] if p.strip()]
        return ", ".join([*done, chosen])
