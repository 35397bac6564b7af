"""The position form's "Matching weights" box: how much each match criterion counts for one position."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QSignalBlocker, Signal

from hhdesk.core.matching import DEFAULT_WEIGHTS
from hhdesk.ui.formatting import criterion_labels
from hhdesk.ui.forms.ui_position_form import Ui_PositionForm


class MatchWeightsBox(QObject):
    """Drives the weight spin boxes, the share each criterion gets and the reset button of the position form.

    Emits ``changed`` when the user changes a weight, not while :meth:`set_overrides` fills them in.
    """

    changed = Signal()

    def __init__(self, ui: Ui_PositionForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._spins = {key: getattr(ui, f"weight_{key}_spin") for key in DEFAULT_WEIGHTS}
        self._shares = {key: getattr(ui, f"weight_{key}_share_label") for key in DEFAULT_WEIGHTS}
        self._loaded = dict(DEFAULT_WEIGHTS)
        labels = criterion_labels()
        # Room for a two-digit share, so the column does not jump as the shares change (only "100 %" is wider).
        share_width = ui.weights_group.fontMetrics().horizontalAdvance(self.tr("%1 %").replace("%1", "99"))
        for key, spin in self._spins.items():
            getattr(ui, f"weight_{key}_label").setText(labels[key].replace("&", "&&"))  # not a shortcut key
            self._shares[key].setMinimumWidth(share_width)
            spin.valueChanged.connect(self._on_spin_valueChanged)
        ui.reset_weights_button.clicked.connect(self.reset)

    def set_overrides(self, overrides: Mapping[str, float]) -> None:
        """Show the default weights overlaid with a position's ``overrides`` (unknown criteria are left out)."""
        self._loaded = {key: float(overrides.get(key, default)) for key, default in DEFAULT_WEIGHTS.items()}
        for key, spin in self._spins.items():
            with QSignalBlocker(spin):
                spin.setValue(round(self._loaded[key]))
        self._update()

    def overrides(self) -> dict[str, float]:
        """The weights that differ from the defaults; a stored fraction (12.5) left alone is kept as it was."""
        result = {}
        for key, spin in self._spins.items():
            value = self._loaded[key] if spin.value() == round(self._loaded[key]) else float(spin.value())
            if value != DEFAULT_WEIGHTS[key]:
                result[key] = value
        return result

    def reset(self) -> None:
        """Give every criterion its default weight."""
        for key, spin in self._spins.items():
            spin.setValue(round(DEFAULT_WEIGHTS[key]))

    def _update(self) -> None:
        values = {key: float(spin.value()) for key, spin in self._spins.items()}
        self._ui.reset_weights_button.setEnabled(values != DEFAULT_WEIGHTS)
        total = sum(values.values())
        for key, value in values.items():
            share = _share_text(100 * value / total) if total else "—"
            self._shares[key].setText(self.tr("%1 %").replace("%1", share))

    def _on_spin_valueChanged(self, _value: int) -> None:
        self._update()
        self.changed.emit()


def _share_text(share: float) -> str:
    """A percentage for the share line: whole numbers, and "<1" rather than a misleading 0 for a tiny share."""
    return "<1" if 0 < share < 0.5 else f"{share:.0f}"
