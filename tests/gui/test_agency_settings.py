"""Tools → Agency settings…: typed, checked, stored; the logo copied into the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from hhdesk.core.services import Services


def _png(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d9a"))
    assert image.save(str(path))
    return path


def test_branding_is_saved_with_the_logo(qtbot, window, services: Services, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = window.open_agency_settings()
    qtbot.waitUntil(dialog.isEnabled)
    ui = dialog.ui
    ui.agency_name_edit.selectAll()
    qtbot.keyClicks(ui.agency_name_edit, "Talent Bridge Search")
    qtbot.keyClicks(ui.consultant_edit, "Mei Lin")
    qtbot.keyClicks(ui.contact_edit, "+86 21 5555 0000 · hello@tb.cn")
    ui.colour_edit.clear()  # the default colour is there already
    qtbot.keyClicks(ui.colour_edit, "#7A1F3A")
    assert ui.colour_swatch_label.styleSheet() == "background: #7a1f3a;"
    ui.language_combo.setCurrentIndex(ui.language_combo.findData("zh"))
    dialog.choose_logo(_png(tmp_path / "logo.png"))
    assert not ui.logo_preview_label.pixmap().isNull()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(ui.button_box.button(ui.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
    values = services.settings.all()
    assert (values["agency_name"], values["consultant_name"], values["brand_colour"], values["report_language"]) == (
        "Talent Bridge Search", "Mei Lin", "#7a1f3a", "zh")
    assert values["agency_contact"] == "+86 21 5555 0000 · hello@tb.cn"
    assert values["agency_logo"] == "branding/logo.png"
    assert (services.data_dir / "branding" / "logo.png").read_bytes() == (tmp_path / "logo.png").read_bytes()


def test_bad_values_are_explained_and_nothing_is_stored(qtbot, window, services: Services,  # noqa: ANN001
                                                        tmp_path: Path) -> None:
    before = services.settings.all()
    dialog = window.open_agency_settings()
    qtbot.waitUntil(dialog.isEnabled)
    ui = dialog.ui
    ui.colour_edit.setText("navy")
    ui.consultant_edit.setText("Someone New")
    qtbot.mouseClick(ui.button_box.button(ui.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "#RRGGBB" in ui.error_label.text())
    assert dialog.isVisible() and ui.colour_edit.hasFocus()
    assert services.settings.all() == before
    bad = tmp_path / "fake.png"
    bad.write_bytes(b"not an image at all")
    ui.colour_edit.setText("#123456")
    dialog.choose_logo(bad)
    assert ui.logo_preview_label.text() == "Not an image"
    qtbot.mouseClick(ui.button_box.button(ui.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PNG or JPEG" in ui.error_label.text())
    assert services.settings.all() == before
