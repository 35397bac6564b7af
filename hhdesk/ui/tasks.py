"""Run work off the GUI thread and deliver results back on it (after Anki's QueryOp and Picard's run_task)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Dispatcher(QObject):
    """One long-lived object on the GUI thread that every task reports through, by task number.

    A per-task QObject would be deleted on the GUI thread while its worker might still be returning from
    ``emit()``: that race crashed the process. This one lives as long as the runner.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, float, str)


class TaskHandle:
    """What the caller holds: cancel a running task, follow its progress."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._progress: list[Callable[[float, str], None]] = []

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def on_progress(self, callback: Callable[[float, str], None]) -> None:
        """Call ``callback(fraction, message)`` on the GUI thread as the task reports progress."""
        self._progress.append(callback)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], dispatcher: _Dispatcher, task_id: int) -> None:
        super().__init__()
        self._fn, self._dispatcher, self._task_id = fn, dispatcher, task_id

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure reaches the GUI as a message, never a dead thread
            exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self._dispatcher.failed.emit(self._task_id, exc)
        else:
            self._dispatcher.finished.emit(self._task_id, result)


class TaskRunner(QObject):
    """Two pools: one thread for all database work (serialised writes), the global pool for CPU work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.cpu_pool = QThreadPool.globalInstance()
        self._dispatcher = _Dispatcher(self)
        self._dispatcher.finished.connect(self._on_finished)
        self._dispatcher.failed.connect(self._on_failed)
        self._dispatcher.progressed.connect(self._on_progressed)
        self._live: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None], TaskHandle]] = {}
        self._next_id = 0

    def submit(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *, pool: QThreadPool | None = None,
               with_progress: bool = False) -> TaskHandle:
        """Run ``fn`` on ``pool`` (the database pool by default); callbacks run on the GUI thread.

        With ``with_progress`` the function is called as ``fn(progress, is_cancelled)``.
        """
        self._next_id += 1
        task_id, handle, dispatcher = self._next_id, TaskHandle(), self._dispatcher
        self._live[task_id] = (on_done, on_error or self._unhandled, handle)
        if with_progress:
            def work() -> Any:
                return fn(lambda fraction, text: dispatcher.progressed.emit(task_id, fraction, text),
                          handle.is_cancelled)
        else:
            work = fn
        (pool or self.db_pool).start(_Runnable(work, dispatcher, task_id))
        return handle

    def _on_finished(self, task_id: int, result: Any) -> None:
        on_done, _on_error, _handle = self._live.pop(task_id, (None, None, None))
        self._call(on_done, result)

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        _on_done, on_error, _handle = self._live.pop(task_id, (None, None, None))
        self._call(on_error, exc)

    def _on_progressed(self, task_id: int, fraction: float, text: str) -> None:
        entry = self._live.get(task_id)
        if entry is not None:
            for callback in entry[2]._progress:
                callback(fraction, text)

    @staticmethod
    def _call(callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is not None:
            callback(value)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait_for_done(self, msecs: int = 30000) -> None:
        """Block until queued work finished (used at shutdown)."""
        self.db_pool.waitForDone(msecs)

    @staticmethod
    def _unhandled(exc: BaseException) -> None:
        from hhdesk.ui.dialogs import MessageBox
        from hhdesk.ui.formatting import core_text

        MessageBox.error(None, core_text(exc) or exc.__class__.__name__,
                         getattr(exc, "formatted_traceback", ""))
