"""The composition root: paths, database, services, thread pools, translators and the main window.

Only PySide6 and the window module are imported before the window is shown; the database layer
(SQLAlchemy, Alembic) is imported on the GUI thread after the first paint, as measured fastest.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

LAUNCHED_AT = time.perf_counter()


UI_LANGUAGE_ENV = "HHDESK_UI_LANGUAGE"


def _chosen_locale():  # noqa: ANN202 - QLocale | None
    """The locale ``HHDESK_UI_LANGUAGE`` asks for (``zh``, ``zh_CN``, ``en``, ``en_US``…), or None to follow the
    system."""
    from PySide6.QtCore import QLocale

    choice = os.environ.get(UI_LANGUAGE_ENV, "").strip().replace("-", "_").lower()
    if choice.startswith("zh"):
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)  # the only Chinese translation: zh_CN
    if choice.startswith("en"):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if choice:
        print(f"hhdesk: {UI_LANGUAGE_ENV}={choice!r} is not zh or en; using the system language", file=sys.stderr)
    return None


def _install_translators(app) -> list:  # noqa: ANN001
    """Install Qt's own translations and hhdesk's for the UI language; return the translators installed.

    The language is ``HHDESK_UI_LANGUAGE`` when set (it then also becomes the default QLocale, so the core
    writes its sentences in it: see ``hhdesk.ui.formatting.ui_language``), else the system locale's. Any
    Chinese locale gets the Simplified Chinese window, as the core writes Chinese for it. Call it before the
    first widget is created: widgets translate their texts when they are built.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    chosen = _chosen_locale()
    if chosen is not None:
        QLocale.setDefault(chosen)
    # Not the system locale itself: its list of preferred UI languages could load a language other than the one
    # ui_language() reports. A locale built from the name follows that one language only.
    locale = QLocale(chosen.name() if chosen is not None else QLocale.system().name())
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    resources = Path(__file__).resolve().parent.parent / "resources" / "translations"
    if own.load(locale, "hhdesk", "_", str(resources)) or (
            locale.language() == QLocale.Language.Chinese and own.load("hhdesk_zh_CN", str(resources))):
        app.installTranslator(own)
        installed.append(own)
    return installed


def open_services(data_dir: Path, demo: bool):  # noqa: ANN201
    """Open the database (migrating it) and load the demo agency into it when asked and empty."""
    from hhdesk.core.services import build_services

    services = build_services(data_dir)
    if demo and services.candidates.count() == 0 and not services.companies.list_companies():
        load_demo(services)
    return services


def load_demo(services) -> dict[str, int]:  # noqa: ANN001
    """Load the shipped demo agency through the ordinary import."""
    from hhdesk.core.interchange import import_data

    counts = import_data(services.engine, demo_document_path(), replace=True)
    services.matches.reset()  # the import bypasses the ORM the match index listens to
    return counts


def demo_document_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-agency.json"


def is_empty(services) -> bool:  # noqa: ANN001
    return services.candidates.count() == 0 and not services.companies.list_companies()


def _after_first_paint(window, callback) -> None:  # noqa: ANN001
    """Run ``callback`` once, right after the window first painted (or after 300 ms if it never paints)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    fired = {"done": False}

    def fire() -> None:
        if not fired["done"]:
            fired["done"] = True
            window.removeEventFilter(watcher)
            callback()

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, fire)  # after this paint reaches the screen
            return False

    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(300, fire)


def run_gui(data_dir: Path, demo: bool = False, first_run_prompt: bool = True) -> int:
    """Show the window at once, then open the database and hand the window its services."""
    from PySide6.QtWidgets import QApplication

    from hhdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("hhdesk")
    app.setOrganizationName("hhdesk")
    _install_translators(app)
    window = MainWindow()
    window.resize(1320, 820)
    window.show()
    state: dict[str, object] = {}

    def attach() -> None:
        from PySide6.QtCore import QCoreApplication

        from hhdesk.ui.databus import DataBus
        from hhdesk.ui.dialogs import FirstRunDialog, MessageBox
        from hhdesk.ui.tasks import TaskRunner

        try:
            services = open_services(data_dir, demo)
            if first_run_prompt and not demo and is_empty(services) and FirstRunDialog.ask(window):
                load_demo(services)
        except Exception as exc:  # a broken database file must say so, not crash
            message = QCoreApplication.translate("MainWindow", "The database in %1 could not be opened: %2")
            MessageBox.error(window, message.replace("%1", str(data_dir)).replace("%2", str(exc)))
            return
        tasks = TaskRunner(window)
        bus = DataBus(window)
        state.update(services=services, tasks=tasks, bus=bus)
        window.attach(services, tasks, bus)

    _after_first_paint(window, attach)
    code = app.exec()
    if "services" in state:
        state["tasks"].wait_for_done()  # type: ignore[attr-defined]
        state["services"].close()  # type: ignore[attr-defined]
    return code
