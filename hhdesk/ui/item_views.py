"""Helpers for item views used as small editors inside forms."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def commit_pending_edit(view: QAbstractItemView) -> None:
    """Write an open cell editor's text into its item, so Ctrl+S in the middle of a cell loses nothing.

    Moving the current index commits and closes the editor (QAbstractItemView::currentChanged).
    """
    if view.state() != QAbstractItemView.State.EditingState:
        return
    current = view.currentIndex()
    view.setCurrentIndex(QModelIndex())
    view.setCurrentIndex(current)
