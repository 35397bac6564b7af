"""The position form's "Matching weights" box: how much each match criterion counts for one position."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Signal

from hhdesk.ui.formatting import criterion_labels
from hhdesk.ui.forms.ui_position_form import Ui_PositionForm


def default_weights() -> Mapping[str, float]:
    """The match engine's default weights. Imported when first needed: the engine (rapidfuzz, the skill and
    culture vocabularies) would add some 40 ms to the window's first paint."""
    from hhdesk.core.matching import DEFAULT_WEIGHTS

    return DEFAULT_WEIGHTS


class MatchWeightsBox(QObject):
    """Drives the weight spin boxes, the share each criterion gets and the reset button of the position form.

    Emits ``changed`` when the user changes a weight, not while :meth:`set_overrides` fills them in. A form
    without overrides is filled in when the box is first shown, so building the window needs no match engine.
    """

    changed = Signal()

    def __init__(self, ui: Ui_PositionForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        labels = criterion_labels()  # by criterion key, in the engine's order
        self._spins = {key: getattr(ui, f"weight_{key}_spin") for key in labels}
        self._shares = {key: getattr(ui, f"weight_{key}_share_label") for key in labels}
        self._given: dict[str, float] = {}
        self._loaded: dict[str, float] | None = None  # None: not filled in yet, and no overrides given
        # Room for a two-digit share, so the column does not jump as the shares change (only "100 %" is wider).
        share_width = ui.weights_group.fontMetrics().horizontalAdvance(self.tr("%1 %").replace("%1", "99"))
        for key, spin in self._spins.items():
            getattr(ui, f"weight_{key}_label").setText(labels[key].replace("&", "&&"))  # not a shortcut key
            self._shares[key].setMinimumWidth(share_width)
            spin.valueChanged.connect(lambda value, key=key: self._on_weight_changed(key, value))
        ui.reset_weights_button.clicked.connect(self.reset)
        ui.weights_group.installEventFilter(self)

    def set_overrides(self, overrides: Mapping[str, float]) -> None:
        """Show the default weights overlaid with a position's ``overrides`` (unknown criteria are left out)."""
        self._given, self._loaded = dict(overrides), None
        if overrides or self._ui.weights_group.isVisible():
            self._fill()

    def overrides(self) -> dict[str, float]:
        """The weights that differ from the defaults; a stored fraction (12.5) left alone is kept as it was."""
        if self._loaded is None:
            return {}  # nothing given, nothing shown yet
        defaults, result = default_weights(), {}
        for key, spin in self._spins.items():
            value = self._loaded[key] if spin.value() == round(self._loaded[key]) else float(spin.value())
            if value != defaults[key]:
                result[key] = value
        return result

    def reset(self) -> None:
        """Give every criterion its default weight."""
        for key, value in default_weights().items():
            self._spins[key].setValue(round(value))

    def _fill(self) -> None:
        defaults = default_weights()
        self._loaded = {key: float(self._given.get(key, default)) for key, default in defaults.items()}
        for key, spin in self._spins.items():
            with QSignalBlocker(spin):
                spin.setValue(round(self._loaded[key]))
        self._update()

    def _update(self) -> None:
        values = {key: float(spin.value()) for key, spin in self._spins.items()}
        self._ui.reset_weights_button.setEnabled(values != default_weights())
        total = sum(values.values())
        for key, value in values.items():
            self._shares[key].setText(self.tr("%1 %").replace("%1", _share_text(100 * value / total)) if total else "—")

    def _on_weight_changed(self, key: str, value: int) -> None:
        if self._loaded is None:  # set before the box was ever shown: the others get their weights first
            self._fill()
            with QSignalBlocker(self._spins[key]):
                self._spins[key].setValue(value)
        self._update()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._ui.weights_group and event.type() == QEvent.Type.Show and self._loaded is None:
            self._fill()
        return super().eventFilter(watched, event)


def _share_text(share: float) -> str:
    """A share in percent: whole numbers, and "<1" rather than a misleading 0 for a tiny share."""
    return "<1" if 0 < share < 0.5 else f"{share:.0f}"
