"""Running work off the GUI thread and getting results back to it through signals.

Store work goes through one serial lane (SQLite has one writer, and ordering keeps autosaves in
sequence); network work goes through a small pool. Callbacks always run on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, Signal, Slot

from editor_app.core.threads import mark_network_thread

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Task:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_done: Callback | None
    on_error: ErrorCallback | None
    result: Any = None
    error: BaseException | None = None


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is delivered here, queued."""

    finished = Signal(int)


class Lane(QObject):
    """A pool of worker threads whose results come back on the GUI thread.

    Workers never hold the last reference to a task: its function, arguments and callbacks
    (which often belong to widgets) are handed back to the GUI thread before the worker says it
    is done, so nothing of Qt's is ever freed on a worker thread.
    """

    busy_changed = Signal(bool)

    def __init__(
        self, name: str, workers: int = 1, parent: QObject | None = None, initializer: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name, initializer=initializer)
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._tasks: dict[int, _Task] = {}
        self._keys = itertools.count(1)
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False

    def call(self, fn: Callable[[], Any]) -> Any:
        """From a worker of another lane: run `fn` on this lane, wait, and return its result (or
        raise its error). A sync's network workers hand their store writes over this way."""
        box: Future[Any] = Future()

        def run() -> None:
            try:
                box.set_result(fn())
            except BaseException as exc:  # raised again in the waiting worker
                box.set_exception(exc)

        self.submit(run)
        return box.result()

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
        key = next(self._keys)
        with self._lock:
            self._tasks[key] = _Task(fn, args, kwargs, on_done, on_error)
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)
        return self._pool.submit(self._run, key)

    def _run(self, key: int) -> None:
        """On a worker: run the task, keep its outcome in the table, then let go of it."""
        with self._lock:
            task = self._tasks[key]
        try:
            task.result = task.fn(*task.args, **task.kwargs)
        except BaseException as exc:  # reported to on_error on the GUI thread
            task.error = exc
        del task
        self._bridge.finished.emit(key)

    @Slot(int)
    def _deliver(self, key: int) -> None:
        with self._lock:
            task = self._tasks.pop(key)
            self._pending -= 1
            idle = self._pending == 0
        try:
            if receiver_gone(task.on_done) or receiver_gone(task.on_error):
                # The widget that asked closed before the answer came (a window shut during start-up).
                log.debug("dropped the result of a task whose receiver was deleted")
            elif task.error is not None:
                if task.on_error is not None:
                    task.on_error(task.error)
                else:
                    log.error("background task failed", exc_info=task.error)
            elif task.on_done is not None:
                task.on_done(task.result)
        finally:
            if idle:
                self.busy_changed.emit(False)

    @property
    def closed(self) -> bool:
        return self._closed

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


def receiver_gone(callback: Callable[..., None] | None) -> bool:
    """True when ``callback`` is a method of a Qt object whose C++ side was already deleted."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def store_lane(parent: QObject | None = None) -> Lane:
    return Lane("store", workers=1, parent=parent)


def network_pool(parent: QObject | None = None) -> Lane:
    # Network threads: a store write from one raises; syncs hand their writes to the store lane.
    return Lane("net", workers=4, parent=parent, initializer=mark_network_thread)
