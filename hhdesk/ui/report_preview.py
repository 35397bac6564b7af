"""The recommendation report before it goes out: the options, the pages as the client will see them, and
Save / Print / Open in viewer.

Making the PDF reads the database, so it runs on the database thread; rasterising the pages is CPU work
on the global pool. Every option change bumps a generation number and re-renders after a short pause; a
result from an older generation is dropped. Saving records the submission (ledger, pipeline, timeline);
sending the same person to the same client again asks first.
"""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from hhdesk.core.records import REPORT_SECTIONS, ReportOptions, Submission
from hhdesk.ui.dialogs import MessageBox, SaveFileDialog
from hhdesk.ui.formatting import core_text, count_text, local_text, local_time, ui_language
from hhdesk.ui.forms.ui_report_preview import Ui_ReportPreviewDialog
from hhdesk.ui.pdf_pages import print_images, rasterise

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from hhdesk.core.services import Services
    from hhdesk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)
DEBOUNCE_MS = 300
PRINT_MAX_DPI = 300


def print_support() -> bool:
    """QtPrintSupport ships with PySide6-Essentials today; a trimmed build may lack it."""
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def _sent_before(services: Services, ids: list[int], position_id: int) -> list[tuple[int, Submission]]:
    """(candidate id, submission) of reports already sent to this position's client, newest first."""
    pairs = [(cid, s) for cid in ids for s in services.reports.earlier_submissions(cid, position_id)]
    return sorted(pairs, key=lambda pair: pair[1].at, reverse=True)


class PrintSetup:
    """The printer dialog behind a class method that tests replace."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, page_count))
        return dialog.exec() == QDialog.DialogCode.Accepted


class SystemViewer:
    """The desktop's PDF viewer, behind a class method that tests replace."""

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class _Context:
    """What the dialog knows besides the PDF, loaded on the database thread."""

    client: str
    position_title: str
    names: dict[int, str]
    history: list[tuple[int, Submission]]  # (candidate id, an earlier submission to this client), newest first
    file_names: dict[tuple[str, bool], str]  # (language, anonymous) → the suggested file name
    default_lang: str


class ReportPreviewDialog(QDialog):
    """Preview, then save, print or open one candidate's recommendation — or a shortlist (several ids)."""

    preview_ready = Signal()  # the pages shown now match the options
    saved = Signal(list)  # the submissions just recorded (list[Submission])

    _last_folder: Path | None = None  # where the user saved last, for this session

    def __init__(self, services: Services, tasks: TaskRunner, candidate_id: int | Sequence[int], position_id: int,
                 candidate_name: str = "", parent: QWidget | None = None, *, anonymous: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportPreviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._services, self._tasks = services, tasks
        self.candidate_ids = [candidate_id] if isinstance(candidate_id, int) else [int(i) for i in candidate_id]
        self.position_id = position_id
        self.shortlist = not isinstance(candidate_id, int)
        self._name = candidate_name
        #: the PDF shown in the preview (what Print and Open use) and the options it was made with
        self.pdf_bytes = b""
        self.preview_options: ReportOptions | None = None
        self._context: _Context | None = None
        self._generation = 0  # bumped by every option change
        self._shown_generation = -1  # the generation whose pages are on screen
        self._render_handle: TaskHandle | None = None
        self._saving = self._printing = self._closed = False
        self._printer: QPrinter | None = None
        self._section_checks = {"snapshot": ui.snapshot_check, "assessment": ui.assessment_check,
                                "match": ui.match_check, "career": ui.career_check,
                                "education": ui.education_check}
        assert set(self._section_checks) == set(REPORT_SECTIONS)

        ui.language_combo.addItem("English", "en")
        ui.language_combo.addItem("中文", "zh")
        ui.anonymous_check.setChecked(anonymous)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([290, 890])
        ui.history_list.setVisible(False)
        ui.page_stack.set_placeholder(self.tr("Rendering…"))
        if self.shortlist:
            self.setWindowTitle(self.tr("Shortlist report"))
        elif candidate_name:
            self.setWindowTitle(self.tr("Recommendation report — %1").replace("%1", candidate_name))
        self._print_supported = print_support()
        ui.print_button.setVisible(self._print_supported)

        self._render_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._render_timer.timeout.connect(self._render)
        ui.language_combo.currentIndexChanged.connect(lambda _i: self._on_option_changed())
        for check in (ui.anonymous_check, ui.employer_check, *self._section_checks.values()):
            check.toggled.connect(lambda _checked: self._on_option_changed())
        ui.employer_edit.textChanged.connect(lambda _text: self._on_option_changed())
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.open_button.clicked.connect(self._on_open_button_clicked)
        ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._on_save_button_clicked)
        if self._print_supported:
            QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self._on_print_button_clicked)
        self._update_enabling()
        self._load_context(first=True)

    @classmethod
    def open_for(cls, parent: QWidget | None, services: Services, tasks: TaskRunner,
                 candidate_id: int | Sequence[int], position_id: int, candidate_name: str = "", *,
                 anonymous: bool = False, on_saved: Callable[[list[Submission]], Any] | None = None,
                 ) -> ReportPreviewDialog:
        """Show the preview without blocking the window (raising the one already open for the same people and
        position). The dialog deletes itself when closed; ``on_saved`` hears of every save."""
        ids = (candidate_id,) if isinstance(candidate_id, int) else tuple(int(i) for i in candidate_id)
        for existing in parent.findChildren(cls) if parent is not None else []:
            if not existing._closed and tuple(existing.candidate_ids) == ids and existing.position_id == position_id:
                existing.raise_()
                existing.activateWindow()
                return existing
        dialog = cls(services, tasks, candidate_id, position_id, candidate_name, parent, anonymous=anonymous)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.saved.connect(on_saved)
        dialog.show()
        return dialog

    # -- what tests and callers read ---------------------------------------------------------------------
    def current_options(self) -> ReportOptions:
        ui = self.ui
        anonymous = ui.anonymous_check.isChecked()
        include = ui.employer_check.isChecked() or not anonymous
        return ReportOptions(
            lang=ui.language_combo.currentData() or "en", anonymous=anonymous, include_employer=include,
            employer_description=ui.employer_edit.text().strip() if not include else "",
            sections=frozenset(key for key, check in self._section_checks.items() if check.isChecked()))

    def is_rendering(self) -> bool:
        """True until the pages shown match the current options."""
        return self._shown_generation != self._generation

    def page_images(self) -> list[QImage]:
        return self.ui.page_stack.images()

    # -- the context: names, the client, earlier submissions, file names --------------------------------
    def _load_context(self, first: bool = False) -> None:
        services, ids, position_id, shortlist = self._services, list(self.candidate_ids), self.position_id, \
            self.shortlist

        window_language = ui_language()  # the agency's report language, else the window's

        def load() -> _Context:
            position = services.companies.get_position(position_id)
            names = {cid: services.candidates.get(cid).full_name for cid in ids}
            history = _sent_before(services, ids, position_id)
            file_names = {}
            for lang in ("en", "zh"):
                for anonymous in (False, True):
                    options = ReportOptions(lang=lang, anonymous=anonymous)
                    file_names[(lang, anonymous)] = (
                        services.reports.suggested_shortlist_name(position_id, options) if shortlist
                        else services.reports.suggested_file_name(ids[0], position_id, options))
            return _Context(position.company_name, position.title, names, history, file_names,
                            services.settings.get("report_language") or window_language)

        self._tasks.submit(load, lambda context: self._on_context_loaded(context, first), self._on_context_failed)

    def _on_context_loaded(self, context: _Context, first: bool) -> None:
        if self._closed:
            return
        self._context = context
        ui = self.ui
        if first:
            combo = ui.language_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(context.default_lang)))
            combo.blockSignals(False)
            if not self._name and not self.shortlist:
                self._name = context.names.get(self.candidate_ids[0], "")
                self.setWindowTitle(self.tr("Recommendation report — %1").replace("%1", self._name))
        who = (count_text(len(self.candidate_ids), self.tr("1 candidate"), self.tr("%1 candidates"))
               if self.shortlist else self._name)
        ui.subject_label.setText(f"<b>{html.escape(who)}</b><br>{html.escape(context.position_title)} — "
                                 f"{html.escape(context.client)}")
        self._show_history(context)
        self._update_enabling()
        if first:
            self._on_option_changed(delay=False)

    def _on_context_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._report_error(self.tr("The report cannot be prepared: %1"), exc)
        self.ui.page_stack.set_placeholder(self.tr("Nothing to preview."))

    def _show_history(self, context: _Context) -> None:
        ui = self.ui
        ui.history_list.clear()
        if not context.history:
            ui.history_label.setText(self.tr("Not sent to this client before."))
            ui.history_list.setVisible(False)
            return
        ui.history_label.setText(self.tr("Already sent to %1:").replace("%1", context.client))
        for candidate_id, submission in context.history:
            when = local_text(submission.at)
            lines = [f"{when} · {submission.position_title}"]
            if self.shortlist:
                lines[0] = f"{context.names.get(candidate_id, '')} · {lines[0]}"
            lines.append(Path(submission.file_name).name + (self.tr(" (anonymous)") if submission.anonymous else ""))
            item = QListWidgetItem("\n".join(lines), ui.history_list)
            item.setToolTip(submission.file_name)
        ui.history_list.setVisible(True)

    # -- the preview -------------------------------------------------------------------------------------
    def _on_option_changed(self, delay: bool = True) -> None:
        if self._context is None:
            self._update_enabling()
            return  # the first render starts when the context is in
        self._generation += 1
        if self._render_handle is not None:
            self._render_handle.cancel()  # an older render still queued need not run at all
        self.ui.status_label.setText(self.tr("Rendering…"))
        self.ui.page_stack.set_dimmed(True)
        self._update_enabling()
        if delay:
            self._render_timer.start()
        else:
            self._render_timer.stop()
            self._render()

    def _render(self) -> None:
        if self._closed or self._context is None:
            return
        generation, options = self._generation, self.current_options()
        services, ids, position_id, shortlist = self._services, list(self.candidate_ids), self.position_id, \
            self.shortlist

        def make(_progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> bytes | None:
            if cancelled():
                return None
            if shortlist:
                return services.reports.render_shortlist_bytes(position_id, ids, options)
            return services.reports.render_bytes(ids[0], position_id, options)

        self._render_handle = self._tasks.submit(
            make, lambda pdf: self._on_pdf_made(generation, options, pdf),
            lambda exc: self._on_render_failed(generation, exc), with_progress=True)

    def _on_pdf_made(self, generation: int, options: ReportOptions, pdf: bytes | None) -> None:
        if self._closed or pdf is None or generation != self._generation:
            return
        self._tasks.submit(lambda: rasterise(pdf), lambda images: self._on_pages_made(generation, options, pdf, images),
                           lambda exc: self._on_render_failed(generation, exc), pool=self._tasks.cpu_pool)

    def _on_pages_made(self, generation: int, options: ReportOptions, pdf: bytes, images: list[QImage]) -> None:
        if self._closed or generation != self._generation:
            return
        self.pdf_bytes, self.preview_options, self._shown_generation = pdf, options, generation
        ui = self.ui
        ui.page_stack.set_pages(images)
        ui.page_count_label.setText(count_text(len(images), self.tr("1 page"), self.tr("%1 pages")))
        ui.status_label.clear()
        self._update_enabling()
        self.preview_ready.emit()

    def _on_render_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self._shown_generation = generation  # not rendering any more; Print/Open stay off (no current PDF)
        self.pdf_bytes, self.preview_options = b"", None
        self.ui.status_label.setText(self.tr("The preview could not be made."))
        self.ui.page_stack.set_pages([])
        self.ui.page_stack.set_placeholder(self.tr("Nothing to preview."))
        self.ui.page_count_label.clear()
        self._update_enabling()
        self._report_error(self.tr("The report could not be made: %1"), exc)

    def _preview_current(self) -> bool:
        return bool(self.pdf_bytes) and not self.is_rendering()

    def _update_enabling(self) -> None:
        ui = self.ui
        anonymous = ui.anonymous_check.isChecked()
        ui.employer_check.setEnabled(anonymous)
        describe = anonymous and not ui.employer_check.isChecked()
        ui.employer_label.setEnabled(describe)
        ui.employer_edit.setEnabled(describe)
        ui.save_button.setEnabled(self._context is not None and not self._saving)
        current = self._preview_current()
        ui.print_button.setEnabled(current and not self._printing)
        ui.open_button.setEnabled(current)

    # -- save ----------------------------------------------------------------------------------------------
    def _suggested_path(self, options: ReportOptions) -> Path:
        assert self._context is not None
        name = self._context.file_names.get((options.lang, options.anonymous), "Recommendation.pdf")
        folder = ReportPreviewDialog._last_folder
        if folder is None or not folder.is_dir():
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / name

    def _on_save_button_clicked(self) -> None:
        if self._closed or self._context is None or self._saving:
            return
        options = self.current_options()
        title = self.tr("Save shortlist report") if self.shortlist else self.tr("Save recommendation report")
        path = SaveFileDialog.ask(self, title, str(self._suggested_path(options)), self.tr("PDF (*.pdf)"))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self._set_saving(True, self.tr("Saving…"))
        services, ids, position_id = self._services, list(self.candidate_ids), self.position_id
        # Asked again now: another window may have sent it meanwhile.
        self._tasks.submit(lambda: _sent_before(services, ids, position_id),
                           lambda history: self._on_history_checked(out, options, history), self._on_save_failed)

    def _on_history_checked(self, out: Path, options: ReportOptions, history: list[tuple[int, Submission]]) -> None:
        if self._closed:
            return
        if history and not MessageBox.confirm(self, self._send_again_question(history)):
            self._set_saving(False, "")
            return
        services, ids, position_id, shortlist = self._services, list(self.candidate_ids), self.position_id, \
            self.shortlist

        # What was previewed is what is saved (no second rendering), unless the options changed since.
        pdf = self.pdf_bytes if options == self.preview_options else None

        def save() -> list[Submission]:
            if shortlist:
                return list(services.reports.save_shortlist(position_id, ids, out, options, pdf))
            return [services.reports.save(ids[0], position_id, out, options, pdf)]

        self._tasks.submit(save, lambda submissions: self._on_saved(out, submissions), self._on_save_failed)

    def _send_again_question(self, history: list[tuple[int, Submission]]) -> str:
        names = self._context.names if self._context else {}
        latest = history[0][1]
        client, when = latest.company_name, local_time(latest.at).strftime("%Y-%m-%d")
        if self.shortlist:
            people = sorted({names.get(cid, "") for cid, _s in history if names.get(cid)})
            return (self.tr("Already sent to %1: %2 (last on %3). Send again?")
                    .replace("%1", client).replace("%2", ", ".join(people)).replace("%3", when))
        question = (self.tr("Already sent to %1 on %2 (position %3). Send again?")
                    .replace("%1", client).replace("%2", when).replace("%3", latest.position_title))
        if len(history) > 1:
            question += " " + self.tr("That makes %1 times.").replace("%1", str(len(history) + 1))
        return question

    def _on_saved(self, out: Path, submissions: list[Submission]) -> None:
        ReportPreviewDialog._last_folder = out.parent
        if shiboken6.isValid(self):
            self.saved.emit(submissions)  # the pipeline changed even if the dialog was closed meanwhile
        if self._closed:
            return
        self._set_saving(False, self.tr("Saved to %1").replace("%1", str(out)))
        self.ui.saved_label.setToolTip(str(out))
        self._load_context()

    def _on_save_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._set_saving(False, "")
        self._report_error(self.tr("The report could not be saved: %1"), exc)

    def _set_saving(self, saving: bool, message: str) -> None:
        self._saving = saving
        self.ui.saved_label.setText(message)
        self._update_enabling()

    # -- print and open ------------------------------------------------------------------------------------
    def _on_print_button_clicked(self) -> None:
        if self._closed or not self._print_supported or not self._preview_current() or self._printing:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF pages carry their own margins
        printer.setDocName(self._suggested_path(self.preview_options or self.current_options()).stem)
        pages = self.ui.page_stack.page_count()
        if not PrintSetup.ask(self, printer, pages):
            return
        first, last = 0, pages - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, max(printer.fromPage(), printer.toPage()) - 1
        scale = min(printer.resolution(), PRINT_MAX_DPI) / 72
        pdf = self.pdf_bytes
        self._printer, self._printing = printer, True
        self.ui.saved_label.setText(self.tr("Preparing the pages for the printer…"))
        self._update_enabling()
        self._tasks.submit(lambda: rasterise(pdf, scale, first, last), self._on_print_pages_made,
                           self._on_print_failed, pool=self._tasks.cpu_pool)

    def _on_print_pages_made(self, images: list[QImage]) -> None:
        printer, self._printer, self._printing = self._printer, None, False
        if self._closed or printer is None:
            return
        try:
            print_images(printer, images)
        except Exception as exc:  # a printer gone away: a message, not a traceback
            self._on_print_failed(exc)
            return
        self.ui.saved_label.setText(count_text(len(images), self.tr("1 page sent to the printer."),
                                               self.tr("%1 pages sent to the printer.")))
        self._update_enabling()

    def _on_print_failed(self, exc: BaseException) -> None:
        self._printer, self._printing = None, False
        if self._closed:
            return
        self.ui.saved_label.clear()
        self._update_enabling()
        self._report_error(self.tr("The report could not be printed: %1"), exc)

    def _on_open_button_clicked(self) -> None:
        if self._closed or not self._preview_current():
            return
        # A fresh folder each time: a viewer may still hold the previous copy open (and locked, on Windows).
        name = self._suggested_path(self.preview_options or self.current_options()).name
        try:
            path = Path(tempfile.mkdtemp(prefix="hhdesk-preview-")) / name
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            self._report_error(self.tr("The preview could not be written to a temporary file: %1"), exc)
            return
        if not SystemViewer.open(path):
            MessageBox.error(self, self.tr("No application to show PDF files was found. The copy is at %1")
                             .replace("%1", str(path)))

    # -- closing and errors -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Esc, Close or the window's close button: later task results are ignored."""
        self._closed = True
        self._render_timer.stop()
        if self._render_handle is not None:
            self._render_handle.cancel()
        super().done(result)

    def _report_error(self, template: str, exc: BaseException) -> None:
        """The message for the user; the traceback goes to the log only."""
        log.error("%s", getattr(exc, "formatted_traceback", "") or repr(exc))
        MessageBox.error(self, template.replace("%1", core_text(exc) or exc.__class__.__name__))
