"""Run work off the GUI thread and deliver results back on it (after Anki's QueryOp and Picard's run_task)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there queued."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)


class TaskHandle:
    """What the caller holds: cancel a running task, connect to its progress."""

    def __init__(self, relay: _Relay) -> None:
        self._cancelled = threading.Event()
        self.progressed = relay.progressed

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure reaches the GUI as a message, never a dead thread
            exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskRunner(QObject):
    """Two pools: one thread for all database work (serialised writes), the global pool for CPU work."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.cpu_pool = QThreadPool.globalInstance()
        self._live: set[_Relay] = set()

    def submit(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *, pool: QThreadPool | None = None,
               with_progress: bool = False) -> TaskHandle:
        """Run ``fn`` on ``pool`` (the database pool by default); callbacks run on the GUI thread.

        With ``with_progress`` the function is called as ``fn(progress, is_cancelled)``.
        """
        relay = _Relay()
        handle = TaskHandle(relay)
        self._live.add(relay)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._live.discard(relay)
            try:
                if callback is not None:
                    callback(value)
            finally:
                if not self._live:
                    self.idle.emit()

        # Connect before starting, so a fast task cannot finish unheard.
        relay.finished.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_error or self._unhandled, exc))
        if with_progress:
            work = lambda: fn(relay.progressed.emit, handle.is_cancelled)  # noqa: E731
        else:
            work = fn
        (pool or self.db_pool).start(_Runnable(work, relay))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait_for_done(self, msecs: int = 30000) -> None:
        """Block until queued work finished (used at shutdown)."""
        self.db_pool.waitForDone(msecs)

    @staticmethod
    def _unhandled(exc: BaseException) -> None:
        from hhdesk.ui.dialogs import MessageBox

        MessageBox.error(None, str(exc) or exc.__class__.__name__,
                         getattr(exc, "formatted_traceback", ""))
