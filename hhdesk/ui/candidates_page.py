"""The Candidates tab: the list, the profile read from the resume, and the phone screen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from hhdesk.core.records import (
    PIPELINE_STAGES,
    CandidateFilter,
    CandidateRecord,
    ImportOutcome,
    PositionRecord,
    ScreenDraftRecord,
    ScreenInput,
    ScreenRecord,
    ValidationError,
)
from hhdesk.core.skill_text import split_skills
from hhdesk.ui.candidate_form import CandidateForm
from hhdesk.ui.candidate_history import CandidateHistory
from hhdesk.ui.candidate_list_model import CandidateListModel
from hhdesk.ui.dialogs import MessageBox, form_error_handler, show_status
from hhdesk.ui.formatting import core_text, count_text, local_text, ui_language
from hhdesk.ui.forms.ui_candidates_page import Ui_CandidatesPage
from hhdesk.ui.match_models import stage_text
from hhdesk.ui.phone_screen import PhoneScreenForm

if TYPE_CHECKING:
    from hhdesk.core.matching import MatchResult
    from hhdesk.core.services import Services
    from hhdesk.ui.databus import DataBus
    from hhdesk.ui.tasks import TaskRunner


class CandidatesPage(QWidget):
    """Emits ``screen_saved(record)`` after a phone screen was stored, ``call_restored(message)`` when an
    unfinished call is reopened at start-up."""

    screen_saved = Signal(object)
    match_requested = Signal(int, str)  # rank the open positions for this candidate (id, name)
    call_restored = Signal(str)  # an unfinished call was opened again at start-up; the message says whose
    resumes_dropped_on_candidate = Signal(list, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidatesPage()
        self.ui.setupUi(self)
        self.model = CandidateListModel(self._fetch_rows, parent=self)
        self.ui.candidate_table.setModel(self.model)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.reload)
        self.ui.city_combo.addItem(self.tr("Any city"), "")
        self.ui.stage_combo.addItem(self.tr("Any stage"), "")
        for stage in PIPELINE_STAGES:
            self.ui.stage_combo.addItem(stage_text(stage), stage)
        self.ui.detail_page.installEventFilter(self)
        self.ui.candidate_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.candidate_table.verticalHeader().setDefaultSectionSize(24)
        self.ui.candidate_table.setWordWrap(False)
        self.profile_form = CandidateForm()
        self.screen_form = PhoneScreenForm()
        self.ui.detail_tabs.addTab(self.profile_form, self.tr("&Profile"))
        self.ui.detail_tabs.addTab(self.screen_form, self.tr("P&hone screen"))
        self.history = CandidateHistory()
        self.ui.detail_tabs.addTab(self.history, self.tr("Histor&y"))
        self.ui.splitter.setSizes([520, 700])
        self._services: Services | None = None
        self._tasks: TaskRunner | None = None
        self._bus: DataBus | None = None
        self._current: CandidateRecord | None = None
        self._positions: list[PositionRecord] = []
        self._pending_select = 0
        self.ui.filter_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.skill_filter_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.min_years_spin.valueChanged.connect(lambda _value: self._search_timer.start())
        self.ui.city_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.ui.stage_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.ui.candidate_table.selectionModel().selectionChanged.connect(self._on_candidate_table_selection_changed)
        self.profile_form.save_requested.connect(self._on_profile_form_save_requested)
        self.screen_form.save_requested.connect(self._on_screen_form_save_requested)
        self.screen_form.position_changed.connect(self._on_screen_form_position_changed)
        self.screen_form.facts_changed.connect(self._on_screen_form_facts_changed)
        self.screen_form.draft_changed.connect(self._on_screen_form_draft_changed)
        self.screen_form.discard_requested.connect(self._on_screen_form_discard_requested)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.filter_edit.setFocus)
        self._review: list[int] = []
        self._review_index = 0
        self.ui.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.ui.skip_button.clicked.connect(lambda: self._review_step(+1))
        self.ui.previous_button.clicked.connect(lambda: self._review_step(-1))
        self.ui.separate_button.clicked.connect(self._on_separate_button_clicked)
        self.ui.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.ui.recommend_button.clicked.connect(self._on_recommend_button_clicked)
        self.ui.match_button.clicked.connect(
            lambda: self._current and self.match_requested.emit(self._current.id, self._current.full_name))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.profile_form, self._on_confirm_button_clicked,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def attach(self, services: Services, tasks: TaskRunner, bus: DataBus) -> None:
        self._services, self._tasks, self._bus = services, tasks, bus
        bus.changed.connect(self._on_bus_changed)
        self.reload()
        self._reload_positions()
        self._load_vocabulary()
        self._tasks.submit(services.drafts.all, self._on_drafts_found)

    def _on_drafts_found(self, drafts: list[ScreenDraftRecord]) -> None:
        """A call was left unfinished (a crash, a closed window): open it again where it stopped."""
        if not drafts:
            return
        newest = drafts[0]
        self.select_candidate(newest.candidate_id)
        self.open_screen()
        text = self.tr("Unfinished call with %1 restored (started %2).").replace("%1", newest.candidate_name) \
            .replace("%2", local_text(newest.started_at))
        if len(drafts) > 1:
            text += " " + self.tr("%1 more unfinished calls are kept with their candidates.").replace(
                "%1", str(len(drafts) - 1))
        self.call_restored.emit(text)

    def _load_vocabulary(self) -> None:
        if self._services and self._tasks:
            self._tasks.submit(self._services.skills.vocabulary,
                               lambda vocabulary: self.screen_form.set_skill_completions(vocabulary.completions()))

    def current_filter(self) -> CandidateFilter:
        ui = self.ui
        return CandidateFilter(
            text=ui.filter_edit.text().strip(), city=ui.city_combo.currentData() or "",
            min_years=float(ui.min_years_spin.value()) or None,
            skills=tuple(split_skills(ui.skill_filter_edit.text())), stage=ui.stage_combo.currentData() or "")

    def reload(self) -> None:
        """Run the search and filters in the database; the list then shows the ids, a page at a time."""
        if self._services and self._tasks:
            listing, filters, page = self._services.candidate_list, self.current_filter(), self.model.page_size

            def query() -> tuple[list[int], list[str], list]:
                ids = listing.query(filters)
                return ids, listing.cities(), listing.rows(ids[:page])  # the first page with the ids

            self._tasks.submit(query, self._on_ids_loaded)

    def _fetch_rows(self, ids: list[int]) -> list:
        # Further pages of 200 light rows (≈2 ms each) as the user scrolls: read here so scrolling never
        # waits behind a queued import; the first page comes with the ids from the database thread.
        return self._services.candidate_list.rows(ids) if self._services else []

    def select_candidate(self, candidate_id: int) -> None:
        """Select ``candidate_id`` in the list (now, or when the list has reloaded)."""
        row = self.model.row_of(candidate_id)
        if row < 0:
            self._pending_select = candidate_id
            return
        self.ui.candidate_table.selectRow(row)

    # reviewing a batch of imported resumes -----------------------------------------------------------
    def start_review(self, outcomes: list[ImportOutcome]) -> None:
        """Walk the imported resumes one by one, fields beside the resume text: new candidates to confirm,
        and resumes added to a known person, which the consultant may separate."""
        self._review = [o for o in outcomes if o.status in ("created", "attached") and o.candidate_id]
        self._review_index = 0
        if self._review:
            self._show_review_item()

    def reviewing(self) -> bool:
        return self.ui.review_frame.isVisible()

    def _show_review_item(self) -> None:
        total, outcome = len(self._review), self._review[self._review_index]
        self.ui.review_frame.setVisible(True)
        text = self.tr("Review of imported resumes: %1 of %2. Check the fields against the highlighted resume "
                       "text, correct them, then confirm.")
        if outcome.status == "attached":
            text = self.tr("Review of imported resumes: %1 of %2. %3: %4. Correct or complete the fields "
                           "from it (or merge them), then confirm.").replace(
                "%3", Path(outcome.path).name).replace("%4", core_text(outcome.message))
        self.ui.review_label.setText(text.replace("%1", str(self._review_index + 1)).replace("%2", str(total)))
        self.ui.previous_button.setEnabled(self._review_index > 0)
        self.ui.separate_button.setVisible(outcome.status == "attached")
        self.ui.merge_button.setVisible(outcome.status == "attached")
        self.ui.detail_tabs.setCurrentWidget(self.profile_form)
        self.select_candidate(outcome.candidate_id)
        if self._services and self._tasks:  # load it even when the row was already selected
            services, candidate_id = self._services, outcome.candidate_id
            self._tasks.submit(lambda: services.candidates.get(candidate_id), self._show_candidate)
        self.profile_form.ui.name_edit.setFocus()

    def _review_step(self, step: int) -> None:
        if not self._review:
            return
        index = self._review_index + step
        if index >= len(self._review):
            self._review = []
            self.ui.review_frame.setVisible(False)
            show_status(self, self.tr("Review finished."))
            return
        self._review_index = max(0, index)
        self._show_review_item()

    def _on_confirm_button_clicked(self) -> None:
        if not self._review or not self._services or not self._tasks or not self._current:
            return
        services, candidate_id, data = self._services, self._current.id, self.profile_form.data()
        self._tasks.submit(lambda: services.candidates.save(data, candidate_id),
                           lambda record: (self._on_profile_saved(record), self._review_step(+1)),
                           form_error_handler(self, self.profile_form))

    def _reviewed_resume(self):  # noqa: ANN202 - ResumeFileRecord | None
        """The stored resume of the outcome under review, on the candidate shown."""
        if not self._review or not self._current:
            return None
        name = Path(self._review[self._review_index].path).name
        return next((r for r in reversed(self._current.resumes) if r.original_name == name), None)

    def _on_merge_button_clicked(self) -> None:
        resume = self._reviewed_resume()
        if resume is None or not self._services or not self._tasks or not self._current:
            return
        services, candidate_id = self._services, self._current.id
        self._tasks.submit(lambda: services.candidates.resume_fields(candidate_id, resume.id), self._offer_merge,
                           form_error_handler(self, self.profile_form))

    def _offer_merge(self, new: dict[str, str]) -> None:
        from hhdesk.ui.merge_fields_dialog import MergeFieldsDialog

        form = self.profile_form
        chosen = MergeFieldsDialog.ask(self, form.field_texts(), new)
        if chosen:
            form.set_field_texts(chosen)  # on the form, unsaved: "Confirm and next" stores the merge
            show_status(self, self.tr("Fields taken from the new resume; confirm to save them."))

    def _on_separate_button_clicked(self) -> None:
        if not self._review or not self._services or not self._tasks or not self._current:
            return
        outcome = self._review[self._review_index]
        resume = self._reviewed_resume()
        if resume is None:
            return
        services, candidate_id = self._services, self._current.id

        def separated(new: ImportOutcome) -> None:
            self._review[self._review_index] = replace(new, path=outcome.path)
            if self._bus:
                self._bus.changed.emit("candidate")
            self._show_review_item()

        self._tasks.submit(lambda: services.candidates.separate_resume(candidate_id, resume.id), separated,
                           form_error_handler(self, self.profile_form))

    def _on_recommend_button_clicked(self) -> None:
        """The report preview for one of the positions the candidate is in the pipeline for (or the one on
        the phone screen); with none, the Match tab ranks the open positions for them."""
        if not self._current or not self._services or not self._tasks:
            return
        candidate, pipeline = self._current, self._services.pipeline
        self._tasks.submit(lambda: pipeline.positions_of(candidate.id),
                           lambda positions: self._recommend_for(candidate, positions))

    def _recommend_for(self, candidate: CandidateRecord, positions: list[tuple[int, str, str, str]]) -> None:
        from hhdesk.ui.dialogs import ChoiceDialog
        from hhdesk.ui.report_preview import ReportPreviewDialog

        screen_position = self.screen_form.position_id()
        if not positions and screen_position:
            position = next((p for p in self._positions if p.id == screen_position), None)
            positions = [(position.id, position.title, position.company_name, "")] if position else []
        if not positions:
            show_status(self, self.tr("Not in any position's pipeline yet: pick a position on the Match tab."), 8000)
            self.match_requested.emit(candidate.id, candidate.full_name)
            return
        index = 0
        if len(positions) > 1:
            chosen = ChoiceDialog.ask(self, self.tr("Recommend %1").replace("%1", candidate.full_name),
                                      self.tr("For which position?"), [f"{t} — {c}" for _i, t, c, _s in positions])
            if chosen is None:
                return
            index = chosen
        if self._services and self._tasks:
            ReportPreviewDialog.open_for(self, self._services, self._tasks, candidate.id, positions[index][0],
                                         candidate.full_name)

    def open_screen(self) -> None:
        self.ui.detail_tabs.setCurrentWidget(self.screen_form)

    # slots ---------------------------------------------------------------------------------
    def _on_bus_changed(self, kind: str) -> None:
        if kind in ("candidate", "screen", "pipeline", "all"):
            self.reload()
        if kind in ("pipeline", "report") and self._current is not None:
            self._load_history(self._current)  # a stage move or a report sent shows on the open timeline
        if kind in ("position", "company", "all"):
            self._reload_positions()
        if kind in ("skills", "all"):
            self._load_vocabulary()

    def _reload_positions(self) -> None:
        if self._services and self._tasks:
            self._tasks.submit(lambda: self._services.companies.list_positions(open_only=True),
                               self._on_positions_loaded)

    def _on_positions_loaded(self, positions: list[PositionRecord]) -> None:
        self._positions = positions
        self.screen_form.set_positions(positions)

    def _on_ids_loaded(self, result: tuple[list[int], list[str], list]) -> None:
        ids, cities, first_rows = result
        self._fill_cities(cities)
        selected = self._current.id if self._current else 0
        self.ui.candidate_table.selectionModel().blockSignals(True)
        self.model.set_ids(ids, first_rows)
        self.ui.candidate_table.selectionModel().blockSignals(False)
        self.ui.results_label.setText(count_text(len(ids), self.tr("1 candidate"), self.tr("%1 candidates")))
        target = self._pending_select or selected
        self._pending_select = 0
        if target and self.model.row_of(target) >= 0:
            self.ui.candidate_table.selectRow(self.model.row_of(target))
        table = self.ui.candidate_table
        for column in range(self.model.columnCount()):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), 180))

    def _fill_cities(self, cities: list[str]) -> None:
        combo = self.ui.city_combo
        if [combo.itemData(i) for i in range(1, combo.count())] == cities:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for city in cities:
            combo.addItem(city, city)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # drops on an open candidate -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.detail_page and self._current is not None:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and event.mimeData().hasUrls():
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
            if event.type() == QEvent.Type.Drop and event.mimeData().hasUrls():
                paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                if paths:
                    self.resumes_dropped_on_candidate.emit(paths, self._current.id)
                return True
        return super().eventFilter(watched, event)

    def _on_candidate_table_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.candidate_at(indexes[0].row()) if indexes else None
        if row is None or not self._services or not self._tasks:
            return
        if self._current and self._current.id == row.id:
            return
        services = self._services
        self._tasks.submit(lambda: services.candidates.get(row.id), self._show_candidate)

    def _show_candidate(self, record: CandidateRecord) -> None:
        self._current = record
        self.ui.name_heading_label.setText(record.full_name)
        self.profile_form.load(record)
        form = self.screen_form
        if not (form.candidate_id() == record.id and form.started()):  # never wipe a call in progress
            form.load(record)
            if self._services and self._tasks:
                drafts, candidate_id = self._services.drafts, record.id
                self._tasks.submit(lambda: drafts.get(candidate_id), lambda d: self._restore_draft(record, d))
        self._load_history(record)
        self.ui.detail_stack.setCurrentWidget(self.ui.detail_page)

    def _load_history(self, record: CandidateRecord) -> None:
        """The timeline and every screen with its facts then, read on the database thread."""
        if not self._services or not self._tasks:
            return
        services, candidate_id = self._services, record.id

        def show(result: tuple[list, list]) -> None:
            if self._current is not None and self._current.id == candidate_id:
                self.history.show_history(self._current, *result)

        self._tasks.submit(lambda: (services.timeline.timeline(candidate_id), services.screens.history(candidate_id)),
                           show)

    def _restore_draft(self, record: CandidateRecord, draft: ScreenDraftRecord | None) -> None:
        form = self.screen_form
        if draft is not None and form.candidate_id() == record.id and not form.started():
            form.load(record, draft)

    def save_call_draft_now(self) -> None:
        """Store the call in progress at once (the window is closing), not after the typing pause."""
        self.screen_form.flush_draft()

    def _on_screen_form_draft_changed(self) -> None:
        form = self.screen_form
        if not form.started() or not form.candidate_id() or not self._services or not self._tasks:
            return
        drafts, candidate_id, position_id = self._services.drafts, form.candidate_id(), form.position_id() or None
        started, state = form.started_at(), form.state()
        # A failed draft save must not interrupt the call: the next keystroke tries again.
        self._tasks.submit(lambda: drafts.save(candidate_id, position_id, started, state), lambda _r: None,
                           lambda _exc: show_status(self, self.tr("The call could not be saved as a draft.")))

    def _on_screen_form_discard_requested(self) -> None:
        form = self.screen_form
        if not self._current or not self._services or not self._tasks:
            return
        if form.started() and not MessageBox.confirm(self, self.tr("Throw away everything typed for this call?")):
            return
        form.stop_call()
        record, drafts = self._current, self._services.drafts
        form.load(record)
        self._tasks.submit(lambda: drafts.discard(record.id),
                           lambda _found: show_status(self, self.tr("Call discarded.")))

    def _on_profile_form_save_requested(self, candidate_id: int, data: object) -> None:
        if not self._services or not self._tasks:
            return
        services = self._services
        self._tasks.submit(lambda: services.candidates.save(data, candidate_id or None), self._on_profile_saved,
                           form_error_handler(self, self.profile_form))

    def _on_profile_saved(self, record: CandidateRecord) -> None:
        self._show_candidate(record)
        show_status(self, self.tr("Profile saved."))
        if self._bus:
            self._bus.changed.emit("candidate")

    def _on_screen_form_save_requested(self, data: ScreenInput) -> None:
        if not self._services or not self._tasks:
            return
        if data.convenient is not False:
            missing = self.screen_form.missing_facts()
            if missing and not MessageBox.confirm(self, self.tr(
                    "These key facts were not captured: %1.\n\nSave and end the call anyway?").replace(
                    "%1", self.tr(", ", "list separator").join(missing))):
                return
        services = self._services
        self._tasks.submit(lambda: services.screens.record(data), self._on_screen_saved,
                           form_error_handler(self, self.screen_form))

    def _on_screen_saved(self, record: ScreenRecord) -> None:
        self.screen_form.stop_call()
        if record.convenient is False and record.callback_at is not None:
            when = local_text(record.callback_at)
            show_status(self, self.tr("Call ended: a reminder to call back at %1 was set.").replace("%1", when))
        else:
            show_status(self, self.tr("Phone screen saved."))
        self._current = None  # reload the profile with the new facts
        if self._services and self._tasks:
            services = self._services
            self._tasks.submit(lambda: services.candidates.get(record.candidate_id), self._show_candidate)
        if self._bus:
            self._bus.changed.emit("screen")
        self.screen_saved.emit(record)

    def _on_screen_form_position_changed(self, position_id: int) -> None:
        position = next((p for p in self._positions if p.id == position_id), None)
        if position is None or not self._services or not self._tasks:
            self.screen_form.show_pitch(None, None)
            return
        services = self._services
        self._tasks.submit(lambda: services.companies.get_company(position.company_id),
                           lambda company: self.screen_form.show_pitch(position, company))

    def _on_screen_form_facts_changed(self) -> None:
        position_id = self.screen_form.position_id()
        if not position_id or not self._current or not self._services or not self._tasks:
            return
        try:
            facts = self.screen_form.facts()
        except ValidationError as exc:
            self.screen_form.show_match(None, core_text(exc.message))
            return
        services, candidate_id, lang = self._services, self._current.id, ui_language()
        self._tasks.submit(lambda: services.matches.score(candidate_id, position_id, lang, facts=facts),
                           self._on_live_match)

    def _on_live_match(self, result: MatchResult) -> None:
        """The degree with one reason: about what was just typed (the bottom line…), else the weakest point."""
        from hhdesk.ui.match_models import key_reason

        topic = next((c for c in result.criteria if c.key == self.screen_form.last_topic), None)
        self.screen_form.show_match(result.total, topic.explanation if topic else key_reason(result))
