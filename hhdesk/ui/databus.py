"""One application-wide notice that data changed, so each view decides whether to reload (Anki's OpChanges)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    #: kind of data that changed: "company", "position", "candidate", "screen", "report", "all"
    changed = Signal(str)
