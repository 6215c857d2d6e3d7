"""Running work off the GUI thread and getting results back to it through signals.

Store work goes through one serial lane (SQLite has one writer, and ordering keeps autosaves in
sequence); network work goes through a small pool. Callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is delivered here, queued."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, packet: tuple[Callback | None, ErrorCallback | None, Future]) -> None:
        on_done, on_error, future = packet
        exc = future.exception()
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)
        elif on_done is not None:
            on_done(future.result())


class Lane(QObject):
    """A pool of worker threads whose results come back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, name: str, workers: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._bridge = _Bridge()
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        **kwargs: Any,
    ) -> Future:
        if self._closed:
            raise RuntimeError("lane is shut down")
        with self._lock:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)
        future = self._pool.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._finish(on_done, on_error, f))
        return future

    def _finish(self, on_done: Callback | None, on_error: ErrorCallback | None, future: Future) -> None:
        self._bridge.finished.emit((on_done, on_error, future))
        with self._lock:
            self._pending -= 1
            idle = self._pending == 0
        if idle:
            self.busy_changed.emit(False)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every submitted task has finished and reported (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        app = QCoreApplication.instance()
        while self.pending and not deadline.hasExpired():
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if app is not None:
            app.processEvents()
        return self.pending == 0

    def shutdown(self) -> None:
        """Finish queued work (autosaves must land) and stop the threads."""
        self._closed = True
        self._pool.shutdown(wait=True)
        app = QCoreApplication.instance()
        if app is not None:
            app.processEvents()


def store_lane(parent: QObject | None = None) -> Lane:
    return Lane("store", workers=1, parent=parent)


def network_pool(parent: QObject | None = None) -> Lane:
    return Lane("net", workers=4, parent=parent)
