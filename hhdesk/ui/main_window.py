"""The main window: three tabs (Companies, Candidates, Match), resume drops anywhere, File menu.

Imports only PySide6 and the generated forms, so it paints before the database layer is loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from hhdesk.core.resume_files import expand_resume_paths
from hhdesk.ui.candidates_page import CandidatesPage
from hhdesk.ui.companies_page import CompaniesPage
from hhdesk.ui.dialogs import MessageBox, OpenFilesDialog, SaveFileDialog
from hhdesk.ui.formatting import core_text
from hhdesk.ui.forms.ui_main_window import Ui_MainWindow
from hhdesk.ui.import_progress import ImportProgress
from hhdesk.ui.match_page import MatchPage
from hhdesk.ui.reminders import ReminderButton, RemindersDialog

if TYPE_CHECKING:
    from hhdesk.core.records import ImportOutcome, ScreenRecord
    from hhdesk.core.services import Services
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner

class MainWindow(QMainWindow):
    """Emits ``resumes_dropped(list[Path])`` for files dropped anywhere on it."""

    resumes_dropped = Signal(list)
    import_finished = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.companies_page = CompaniesPage()
        self.candidates_page = CandidatesPage()
        self.match_page = MatchPage()
        self.ui.main_tabs.addTab(self.companies_page, self.tr("&Companies && positions"))
        self.ui.main_tabs.addTab(self.candidates_page, self.tr("Ca&ndidates"))
        self.ui.main_tabs.addTab(self.match_page, self.tr("&Match"))
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._bus: DataBus | None = None
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.import_resumes_action.triggered.connect(self._on_import_resumes_action_triggered)
        self.ui.export_data_action.triggered.connect(self._on_export_data_action_triggered)
        self.ui.about_action.triggered.connect(self._on_about_action_triggered)
        self.ui.skill_vocabulary_action.triggered.connect(self._on_skill_vocabulary_action_triggered)
        self.ui.agency_settings_action.triggered.connect(self.open_agency_settings)
        self.ui.reminders_action.triggered.connect(self.open_reminders)
        self.resumes_dropped.connect(self._on_resumes_dropped)
        self.candidates_page.resumes_dropped_on_candidate.connect(self._on_resumes_dropped)
        self.candidates_page.screen_saved.connect(self._on_candidates_page_screen_saved)
        self.candidates_page.call_restored.connect(self._on_candidates_page_call_restored)
        self.candidates_page.match_requested.connect(self._on_candidates_page_match_requested)
        self.import_progress = ImportProgress(self)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.reminder_button = ReminderButton(self)
        self.reminder_button.open_requested.connect(self.open_reminders)
        self.statusBar().addPermanentWidget(self.reminder_button)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self._set_enabled(False)

    def attach(self, services: Services, tasks: TaskRunner, bus: DataBus) -> None:
        """Hand the window its services once the database is open (after the first paint)."""
        self._services, self._tasks, self._bus = services, tasks, bus
        for page in (self.companies_page, self.candidates_page, self.match_page):
            page.attach(services, tasks, bus)
        self.reminder_button.attach(services, tasks)
        bus.changed.connect(lambda kind: kind in ("screen", "all") and self.reminder_button.refresh())
        self._set_enabled(True)
        from hhdesk.core.warmup import warm_up

        # Once the first screen is filled in: only a head start, an import would load them anyway.
        QTimer.singleShot(1500, self, lambda: tasks.submit(warm_up, on_error=lambda _exc: None))
        # Then what the first report preview would wait for (reportlab, the embedded font).
        QTimer.singleShot(4000, self, lambda: tasks.submit(services.reports.warm_up, on_error=lambda _exc: None))
        self.statusBar().showMessage(self.tr("Data folder: %1").replace("%1", str(services.data_dir)), 6000)

    def _set_enabled(self, enabled: bool) -> None:
        self.ui.main_tabs.setEnabled(enabled)
        self.ui.import_resumes_action.setEnabled(enabled)
        self.ui.export_data_action.setEnabled(enabled)
        self.ui.skill_vocabulary_action.setEnabled(enabled)

    # drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # an external drop is always a copy
        event.accept()
        self.resumes_dropped.emit(paths)  # returns at once; the import runs off the GUI thread

    # import ----------------------------------------------------------------------------------
    def _on_import_resumes_action_triggered(self) -> None:
        paths = OpenFilesDialog.ask(self, self.tr("Import resumes"),
                                    self.tr("Resumes (*.pdf *.docx *.doc *.txt *.rtf)"))
        if paths:
            self.resumes_dropped.emit([Path(p) for p in paths])

    def _on_resumes_dropped(self, paths: list[Path], attach_to: int | None = None) -> None:
        if not self._services or not self._tasks:
            self.statusBar().showMessage(self.tr("Still opening the database — drop the files again in a moment."))
            return
        files = expand_resume_paths(paths)
        if not files:
            self.statusBar().showMessage(self.tr("No resume files (PDF, DOCX, TXT) in what was dropped."), 6000)
            return
        progress = self.import_progress
        progress.start(len(files))
        services = self._services
        handle = self._tasks.submit(
            lambda report, cancelled: services.candidates.import_resumes(files, report, cancelled, attach_to),
            lambda outcomes: self._on_import_done(outcomes, progress),
            lambda exc: self._on_import_failed(exc, progress),
            with_progress=True,
        )
        handle.on_progress(progress.report)
        progress.cancel_requested.connect(handle.cancel)

    def _on_import_done(self, outcomes: list[ImportOutcome], progress: ImportProgress) -> None:
        progress.finish()
        known = [o for o in outcomes if o.candidate_id]
        failed = [o for o in outcomes if o.status == "failed"]
        self.statusBar().showMessage(self.tr("%1 of %2 files imported, %3 failed.").replace(
            "%1", str(len(known))).replace("%2", str(len(outcomes))).replace("%3", str(len(failed))), 8000)
        if self._bus:
            self._bus.changed.emit("candidate")
        if known:
            self.ui.main_tabs.setCurrentWidget(self.candidates_page)
            if any(o.status in ("created", "attached") for o in outcomes):
                self.candidates_page.start_review(outcomes)
            else:
                self.candidates_page.select_candidate(known[-1].candidate_id)
        if len(outcomes) > 1 or failed:
            from hhdesk.ui.import_summary_dialog import ImportSummaryDialog

            ImportSummaryDialog.show_for(self, outcomes)
        self.import_finished.emit(outcomes)

    def _on_import_failed(self, exc: BaseException, progress: ImportProgress) -> None:
        progress.finish()
        MessageBox.error(self, self.tr("The import stopped: %1").replace("%1", core_text(exc)),
                         getattr(exc, "formatted_traceback", ""))

    # other actions ---------------------------------------------------------------------------
    def _on_candidates_page_match_requested(self, candidate_id: int, name: str) -> None:
        self.ui.main_tabs.setCurrentWidget(self.match_page)
        self.match_page.show_positions_for(candidate_id, name)

    def _on_candidates_page_call_restored(self, message: str) -> None:
        self.ui.main_tabs.setCurrentWidget(self.candidates_page)
        self.statusBar().showMessage(message, 15000)

    def _on_candidates_page_screen_saved(self, record: ScreenRecord) -> None:
        if record.position_id:
            self.match_page.show_candidate(record.position_id, record.candidate_id)

    def _on_export_data_action_triggered(self) -> None:
        if not self._services or not self._tasks:
            return
        path = SaveFileDialog.ask(self, self.tr("Export data"), str(Path.home() / "hhdesk-export.json"),
                                  self.tr("hhdesk data (*.json)"))
        if not path:
            return
        from hhdesk.core.interchange import export_data

        engine = self._services.engine
        self._tasks.submit(lambda: export_data(engine, Path(path)),
                           lambda _: self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000))

    def open_skill_vocabulary(self):  # noqa: ANN201
        """The vocabulary dialog, non-modal so the position form stays usable beside it."""
        if not self._services or not self._tasks or not self._bus:
            return None
        from hhdesk.ui.skill_vocabulary_dialog import SkillVocabularyDialog

        dialog = SkillVocabularyDialog(self._services.skills, self._tasks, self._bus, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_reminders(self):  # noqa: ANN201
        """Tools → Reminders… (non-modal; returns the dialog)."""
        if not self._services or not self._tasks:
            return None
        dialog = RemindersDialog(self._services, self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.candidate_requested.connect(self._open_candidate)
        dialog.changed.connect(self.reminder_button.refresh)
        dialog.show()
        return dialog

    def _open_candidate(self, candidate_id: int) -> None:
        self.ui.main_tabs.setCurrentWidget(self.candidates_page)
        self.candidates_page.select_candidate(candidate_id)

    def open_agency_settings(self):  # noqa: ANN201
        """Tools → Agency settings… (non-modal; returns the dialog)."""
        if not self._services or not self._tasks:
            return None
        from hhdesk.ui.agency_settings_dialog import AgencySettingsDialog

        dialog = AgencySettingsDialog(self._services, self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_skill_vocabulary_action_triggered(self) -> None:
        self.open_skill_vocabulary()

    def _on_about_action_triggered(self) -> None:
        from hhdesk import __version__

        QMessageBox.about(self, self.tr("About hhdesk"), self.tr(
            "hhdesk %1 — job orders, resumes, phone screens, matching and recommendation reports "
            "for headhunters.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.companies_page.has_unsaved_changes():
            event.ignore()  # ask first; after a save or a discard the window closes by itself
            self.ui.main_tabs.setCurrentWidget(self.companies_page)
            self.companies_page.confirm_leave(lambda: QTimer.singleShot(0, self.close))
            return
        self.candidates_page.save_call_draft_now()  # a call in progress: its last keystrokes too
        if self._tasks is not None:
            self._tasks.wait_for_done(10000)  # let a running save finish: nothing typed is lost
        event.accept()
